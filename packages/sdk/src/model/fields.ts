/**
 * Building blocks for the schemas. Every field is made here so it carries a label in English
 * and Welsh ("the source of the entry"), which validation uses to write messages people can
 * act on ("Enter the source of the entry"), and a description for the JSON Schema reference.
 *
 * Each helper returns a new schema instance: labels are metadata on the instance, so sharing
 * one instance between fields would give them all the last label.
 */
import * as z from 'zod/mini';
import { draft, type LocalisedText } from '../localised-text.js';
import { balanceBidi } from './bidi.js';
import { isIsoDate } from '../time/calendar-date.js';
import { isPartialDate } from '../time/edtf.js';
import type { CodeList } from './codes.js';

/** What a message needs to know about a field or an entity. */
export interface FieldMeta {
  readonly label: LocalisedText;
  /** How the field is filled in: decides "Enter …", "Select …" or "Add …". */
  readonly input: 'text' | 'choice' | 'date' | 'partial-date' | 'number' | 'list' | 'boolean' | 'reference' | 'object' | 'url';
  readonly maxLength?: number;
  /** For patterned text: which pattern, so the message can describe it. */
  readonly format?: 'id' | 'code' | 'kebab';
}

/** Labels of every field and entity, looked up when turning issues into messages. */
export const fieldMeta = z.registry<FieldMeta>();

type Schema = z.ZodMiniType;

/** Gives a schema its label and description. */
export function field<T extends Schema>(
  schema: T,
  input: FieldMeta['input'],
  en: string,
  cy: string,
  description?: string,
  extra: Partial<FieldMeta> = {},
): T {
  const base = schema as z.ZodMiniType;
  fieldMeta.add(base, { label: draft(en, cy), input, ...extra });
  // The label doubles as the JSON Schema title, so the published schemas use the same words.
  const title = en.replace(/^(the|a|an) /, '');
  z.globalRegistry.add(base, { title: title.charAt(0).toUpperCase() + title.slice(1), ...(description ? { description } : {}) });
  return schema;
}

/**
 * Text with a length limit. `min` is 1 unless given: empty text is treated as missing. Direction
 * controls are balanced ({@link balanceBidi}), so no text can reorder what is drawn after it.
 */
export function text(en: string, cy: string, maxLength: number, description?: string) {
  return field(z.string().check(z.trim(), z.overwrite(balanceBidi), z.minLength(1), z.maxLength(maxLength)), 'text', en, cy, description, { maxLength });
}

/** Record identifiers: letters, digits, hyphens and underscores. Never names. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;

export function id(en: string, cy: string, description = 'An identifier: letters, digits, hyphens and underscores; never a name.') {
  return field(z.string().check(z.regex(ID_PATTERN)), 'text', en, cy, description, { format: 'id' });
}

/** The id of another record in the same document; integrity checks that it exists. */
export function ref(en: string, cy: string, description?: string) {
  return field(z.string().check(z.regex(ID_PATTERN)), 'reference', en, cy, description, { format: 'id' });
}

export function choice<const C extends string>(list: CodeList<C>, en: string, cy: string, description?: string) {
  return field(z.enum(list.codes), 'choice', en, cy, description ?? `One of the ${list.id} codes (code list ${list.version}).`);
}

export function isoDate(en: string, cy: string, description = 'A calendar date, YYYY-MM-DD.') {
  return field(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isIsoDate, { params: { format: 'date' } })),
    'date',
    en,
    cy,
    description,
  );
}

export function partialDate(en: string, cy: string, description = 'A date or range in EDTF: 2023-04-12, 2023-04, 2023-04-12~, 2023-04/2023-06, ../2023-06.') {
  return field(
    // The pattern only lets JSON Schema validators in other languages reject obvious junk;
    // the refinement is the real EDTF check.
    z.string().check(z.minLength(1), z.maxLength(60), z.regex(/^[0-9X./~?%T:+Z-]+$/), z.refine(isPartialDate, { params: { format: 'partial-date' } })),
    'partial-date',
    en,
    cy,
    description,
  );
}

export function url(en: string, cy: string) {
  return field(z.url({ protocol: /^https?$/ }).check(z.maxLength(2000)), 'url', en, cy, 'A web address starting https:// or http://.');
}

export function list<T extends Schema>(item: T, en: string, cy: string, options: { min?: number; description?: string } = {}) {
  const schema = options.min ? z.array(item).check(z.minLength(options.min)) : z.array(item);
  return field(z._default(schema, []), 'list', en, cy, options.description);
}

/** A required list: at least `min` items. */
export function requiredList<T extends Schema>(item: T, en: string, cy: string, min = 1, description?: string) {
  return field(z.array(item).check(z.minLength(min)), 'list', en, cy, description);
}

export function entity<T extends Schema>(schema: T, en: string, cy: string, description?: string): T {
  return field(schema, 'object', en, cy, description);
}

/** Text a partnership writes in English and, where it publishes bilingually, Welsh. */
export function bilingual(en: string, cy: string, maxLength: number) {
  return entity(
    z.strictObject({
      'en-GB': text(`${en} in English`, `${cy} yn Saesneg`, maxLength),
      cy: z.optional(text(`${en} in Welsh`, `${cy} yn Gymraeg`, maxLength)),
    }),
    en,
    cy,
  );
}
