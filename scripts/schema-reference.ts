// Generates, from the zod schemas (never by hand):
//   packages/sdk/schemas/<kind>.schema.json   JSON Schema for each document, for non-JS systems
//   docs/sdk/schema-reference.md              the field-by-field reference
//   packages/sdk/examples/*.json              the fictional sample documents, as files to try
//                                             `slk validate`, `slk summary` and `slk trace` on
// Run: npm run build:schemas. test/node/schemas.test.ts fails when these are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { CODE_LISTS, CODE_LISTS_VERSION } from '../packages/sdk/src/model/codes.js';
import { DOCUMENT_SCHEMAS, SCHEMA_VERSION, type DocumentKind } from '../packages/sdk/src/model/schemas.js';
import { parseDocument } from '../packages/sdk/src/model/validate.js';
import * as fixtures from '../packages/sdk/src/fixtures/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  maxLength?: number;
  minItems?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  minimum?: number;
  maximum?: number;
  format?: string;
}

const TITLES: Record<string, string> = {
  review: 'Review',
  'feedback-form': 'Feedback form',
  'feedback-response': 'Feedback response',
  'loop-worksheet': 'Loop-learning worksheet',
  'pseudonym-key': 'Pseudonym key',
} satisfies Record<DocumentKind, string>;

export function jsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [kind, schema] of Object.entries(DOCUMENT_SCHEMAS)) {
    const json = z.toJSONSchema(schema as z.ZodMiniType, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    const document = {
      $schema: json['$schema'],
      $id: `https://example.org/safeguarding-learning-kit/schemas/${kind}.schema.json`,
      ...json,
      title: TITLES[kind],
      description: `A Safeguarding Learning Kit ${TITLES[kind]!.toLowerCase()} document, format ${SCHEMA_VERSION}. Generated from @slk/sdk; cross-references and dates are also checked by the SDK (parseReview and its siblings), which JSON Schema cannot express.`,
    };
    files[`packages/sdk/schemas/${kind}.schema.json`] = `${JSON.stringify(document, null, 2)}\n`;
  }
  return files;
}

const esc = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(schema: JsonSchema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.length > 8 ? `one of ${schema.enum.length} codes` : schema.enum.map((v) => `\`${String(v)}\``).join(', ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map(typeOf).join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (schema.type === 'object') return schema.properties ? 'object (below)' : 'map';
  if (schema.type === 'integer') return 'whole number';
  if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date (YYYY-MM-DD)';
  if (schema.pattern?.startsWith('^[0-9X')) return 'partial date (EDTF)';
  if (schema.format === 'uri') return 'web address';
  if (schema.pattern === '^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$') return 'id';
  const limit = schema.maxLength ? `, ≤ ${schema.maxLength} characters` : '';
  return `${Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'value')}${limit}`;
}

function enumCodes(schema: JsonSchema): unknown[] | undefined {
  return schema.enum ?? (schema.type === 'array' ? schema.items?.enum : undefined);
}

/** One table per object, depth-first, with its path as the heading. */
function tables(schema: JsonSchema, path: string, out: string[]): void {
  if (!schema.properties) return;
  out.push(`### \`${path}\``, '');
  if (schema.title) out.push(`${schema.title}.${schema.description ? ` ${schema.description}` : ''}`, '');
  out.push('| Field | Type | Required | Meaning |', '| --- | --- | --- | --- |');
  const nested: Array<[JsonSchema, string]> = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    const required = schema.required?.includes(name) ? 'yes' : property.default !== undefined ? `no (default ${JSON.stringify(property.default)})` : 'no';
    const codes = enumCodes(property);
    const parts = [property.title, property.description, codes && codes.length > 8 ? `Codes: ${codes.map((c) => `\`${String(c)}\``).join(', ')}` : ''];
    const meaning = parts
      .filter((part): part is string => Boolean(part))
      .map((part) => part.replace(/\.$/, ''))
      .join('. ');
    out.push(`| \`${name}\` | ${esc(typeOf(property))} | ${required} | ${esc(meaning)} |`);
    const child = property.type === 'array' ? property.items : property;
    const variants = child?.anyOf ?? child?.oneOf;
    if (variants) variants.forEach((v, i) => nested.push([v, `${path}.${name}${property.type === 'array' ? '[]' : ''} (variant ${i + 1}${typeof v.properties?.['type']?.const === 'string' ? `: ${v.properties['type'].const}` : ''})`]));
    else if (child?.properties) nested.push([child, `${path}.${name}${property.type === 'array' ? '[]' : ''}`]);
  }
  out.push('');
  for (const [child, childPath] of nested) tables(child, childPath, out);
}

export function reference(): string {
  const out = [
    '# Schema reference',
    '',
    '<!-- Generated by scripts/schema-reference.ts from the zod schemas in packages/sdk. Do not edit: run `npm run build:schemas`. -->',
    '',
    `Document format ${SCHEMA_VERSION}; code lists ${CODE_LISTS_VERSION}. The same schemas are published as JSON Schema in`,
    '`@slk/sdk/schemas/<kind>.schema.json`, so systems in any language can check documents. JSON Schema cannot',
    'express cross-references (an action\'s recommendation exists), real dates (no 30 February) or the status rules',
    '(an evidenced action has accepted evidence): the SDK\'s `parseReview` and its siblings check those too, with',
    'messages people can act on. See the [agency developer guide](agency-developers.md).',
    '',
  ];
  for (const [kind, content] of Object.entries(jsonSchemas())) {
    const schema = JSON.parse(content) as JsonSchema;
    const name = kind.replace(/^.*\/(.*)\.schema\.json$/, '$1');
    out.push(`## ${TITLES[name]} (\`kind: "${name}"\`)`, '');
    tables(schema, name, out);
  }
  out.push('## Code lists', '');
  for (const list of CODE_LISTS) {
    out.push(`### ${list.title['en-GB']} (\`${list.id}\`)`, '', '| Code | English | Welsh (draft) |', '| --- | --- | --- |');
    for (const entry of list.entries) out.push(`| \`${entry.code}\` | ${esc(entry.label['en-GB'])} | ${esc(entry.label.cy)} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The sample documents as they would be stored: parsed, so defaults are filled in. */
export function examples(): Record<string, string> {
  const documents: Record<string, unknown> = {
    'child-j.review.json': fixtures.childJReview,
    'event-evaluation.form.json': fixtures.eventEvaluationForm,
    'follow-up.form.json': fixtures.followUpForm,
    'child-j.response-1.json': fixtures.childJResponses[0],
    'physical-intervention.worksheet.json': fixtures.physicalInterventionWorksheet,
    // Invented, like every fixture; a real key is never shipped or stored with its review.
    'child-j.key.json': fixtures.childJKey,
  };
  const files: Record<string, string> = {};
  for (const [name, document] of Object.entries(documents)) {
    const parsed = parseDocument(document);
    if (!parsed.ok) throw new Error(`${name} is not valid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    files[`packages/sdk/examples/${name}`] = `${JSON.stringify(parsed.document, null, 2)}\n`;
  }
  // Every sample response, as a list: what the demo intranet seeds its store with.
  const responses = fixtures.childJResponses.map((response) => {
    const parsed = parseDocument(response);
    if (!parsed.ok) throw new Error(`Response ${response.id} is not valid.`);
    return parsed.document;
  });
  files['packages/sdk/examples/child-j.responses.json'] = `${JSON.stringify(responses, null, 2)}\n`;
  return files;
}

export function generatedFiles(): Record<string, string> {
  return { ...jsonSchemas(), 'docs/sdk/schema-reference.md': reference(), ...examples() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, content] of Object.entries(generatedFiles())) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), content);
    console.log(`wrote ${path}`);
  }
}
