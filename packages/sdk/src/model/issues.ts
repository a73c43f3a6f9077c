/**
 * Turns zod's issues into {@link ValidationError}s people can act on. For each issue it
 * walks the schema along the issue's path to the field's label ("the source of the entry")
 * and picks the template its input kind needs ("Enter …", "Select …", "Add …").
 */
import type * as z from 'zod/mini';
import type { Locale } from '../locale.js';
import type { LocalisedText } from '../localised-text.js';
import { safeParsePartialDate } from '../time/edtf.js';
import { fieldMeta, type FieldMeta } from './fields.js';
import { EXPECTED, message, validationError, type ValidationCode, type ValidationError } from './messages.js';

// zod's internal definition, as far as the walk needs it.
export interface Def {
  readonly type: string;
  readonly shape?: Record<string, Node>;
  readonly element?: Node;
  readonly innerType?: Node;
  readonly valueType?: Node;
  readonly options?: readonly Node[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
  readonly in?: Node;
}
export interface Node {
  readonly _zod: { readonly def: Def; readonly values?: ReadonlySet<unknown> };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

export function metaOf(node: Node): FieldMeta | undefined {
  return fieldMeta.get(node as unknown as z.ZodMiniType);
}

/** Unwraps optional/default wrappers, collecting any labels met on the way. */
export function unwrap(node: Node, metas: FieldMeta[]): Node {
  let current = node;
  for (;;) {
    const meta = metaOf(current);
    if (meta) metas.push(meta);
    const def = current._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The option of a union that fits `data`, by discriminator when there is one. */
export function unionOption(def: Def, data: unknown): Node | undefined {
  const options = def.options ?? [];
  if (def.discriminator && data && typeof data === 'object') {
    const value = (data as Record<string, unknown>)[def.discriminator];
    return options.find((option) => {
      const shape = option._zod.def.shape;
      const disc = shape?.[def.discriminator!];
      return disc?._zod.values?.has(value) ?? false;
    });
  }
  return undefined;
}

interface Located {
  /** Label of the field itself (nearest). */
  readonly field?: FieldMeta;
  /** Label of the nearest enclosing entity (object). */
  readonly entity?: FieldMeta;
  /** The schema at the path, unwrapped. */
  readonly node?: Node;
  /** Label of the list items, when the path ends at a list. */
  readonly item?: FieldMeta;
}

/** Walks `root` along `path`, following `data` through unions. */
export function locate(root: Node, path: readonly PropertyKey[], data: unknown): Located {
  let node: Node | undefined = root;
  let value = data;
  let entity: FieldMeta | undefined;
  let metas: FieldMeta[] = [];
  for (let i = 0; i <= path.length && node; i++) {
    metas = [];
    node = unwrap(node, metas);
    const def: Def = node._zod.def;
    if (def.type === 'union') {
      const option = unionOption(def, value);
      if (option) node = unwrap(option, metas);
    }
    if (node._zod.def.type === 'object' && metas.length) entity = metas.find((m) => m.input === 'object') ?? entity;
    if (i === path.length) break;
    const key = path[i];
    const d: Def = node._zod.def;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key as string] : undefined;
    if (d.type === 'object') node = d.shape?.[String(key)];
    else if (d.type === 'array') node = d.element;
    else if (d.type === 'record') node = d.valueType;
    else node = undefined;
  }
  let item: FieldMeta | undefined;
  if (node?._zod.def.type === 'array' && node._zod.def.element) {
    const itemMetas: FieldMeta[] = [];
    unwrap(node._zod.def.element, itemMetas);
    item = itemMetas[0];
  }
  const ownEntity = node?._zod.def.type === 'object' ? metas.find((m) => m.input === 'object') : undefined;
  return { field: metas[0], entity: ownEntity ?? entity, ...(node ? { node } : {}), ...(item ? { item } : {}) };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

const FALLBACK_LABEL: LocalisedText = { 'en-GB': 'this field', cy: 'y maes hwn', welsh: 'draft' };

function verbFor(meta: FieldMeta | undefined): 'enter' | 'select' | 'add' | 'give' {
  switch (meta?.input) {
    case 'choice':
    case 'boolean':
    case 'reference':
      return 'select';
    case 'list':
      return 'add';
    case 'object':
      return 'give';
    default:
      return 'enter';
  }
}

// A key shown in a message must look like a camelCase field name ("childName"); anything
// else ("Jane-Doe", "Flat 2") might be typed data and is never echoed.
const SHOWABLE_KEY = /^[a-z][a-zA-Z0-9]{0,30}$/;
const NAME_KEY = /^(full|first|last|given|family|sur|real|birth|maiden)?_?name$|^(forename|surname|dob|dateOfBirth)$/i;

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly format?: string;
  readonly params?: Record<string, unknown>;
  readonly options?: readonly unknown[];
  readonly discriminator?: string;
}

/** Converts zod issues to validation errors. Never reads a value into a message. */
export function toValidationErrors(root: unknown, issues: readonly unknown[], data: unknown, locale: Locale): ValidationError[] {
  const errors: ValidationError[] = [];
  const blank = new Set<string>();
  for (const raw of issues) {
    const issue = raw as Issue;
    const path = issue.path.map<string | number>((k) => (typeof k === 'symbol' ? String(k.description) : k));
    const located = locate(root as Node, path, data);
    const label = located.field?.label ?? located.entity?.label ?? FALLBACK_LABEL;
    const push = (code: ValidationCode, text: LocalisedText, at = path) => errors.push(validationError(at, code, text, locale));
    const value = valueAt(data, path);

    // A field left blank (forms send '') is missing, whatever else '' breaks (an id pattern,
    // the date format): one message per field, "Enter …" or "Select …", never "must use only…".
    if (typeof value === 'string' && !value.trim() && located.field) {
      const key = path.join('.');
      if (!blank.has(key)) {
        blank.add(key);
        push('required', message(verbFor(located.field), { label }));
      }
      continue;
    }

    switch (issue.code) {
      case 'invalid_type': {
        if (value === undefined) {
          push('required', message(verbFor(located.field), { label }));
        } else {
          const expected = EXPECTED[issue.expected === 'int' ? 'int' : (issue.expected ?? 'other')] ?? EXPECTED['other']!;
          push('invalid-type', message('invalid-type', { label, expected }));
        }
        break;
      }
      case 'too_small': {
        if (issue.origin === 'string') push('required', message(verbFor(located.field), { label }));
        else if (issue.origin === 'array') push('too-few', message(issue.minimum === 1 && located.item ? 'add' : 'too-few', { label: issue.minimum === 1 && located.item ? located.item.label : label, minimum: Number(issue.minimum) }));
        else push('out-of-range', message('too-small-number', { label, minimum: Number(issue.minimum) }));
        break;
      }
      case 'too_big': {
        if (issue.origin === 'string') push('too-long', message('too-long', { label, maximum: Number(issue.maximum) }));
        else if (issue.origin === 'array') push('too-many', message('too-many', { label, maximum: Number(issue.maximum) }));
        else push('out-of-range', message('too-big-number', { label, maximum: Number(issue.maximum) }));
        break;
      }
      case 'invalid_value': {
        // A choice that was never made is missing ("Select …"), not a wrong choice.
        if (value === undefined && located.field) {
          push('required', message(verbFor(located.field), { label }));
          break;
        }
        const values = (issue.values ?? []).filter((v): v is string => typeof v === 'string');
        const options = values.length && values.length <= 20 ? values.join(', ') : '';
        push('invalid-choice', message('invalid-choice', { label, ...(options ? { options } : {}) }));
        break;
      }
      case 'invalid_format': {
        if (located.field?.input === 'partial-date') push('invalid-partial-date', message('invalid-partial-date', { label }));
        else if (issue.format === 'url') push('invalid-format', message('invalid-url', { label }));
        else if (located.field?.input === 'date') push('invalid-date', message('invalid-date', { label }));
        else if (located.field?.format === 'code') push('invalid-format', message('invalid-code', { label }));
        else if (located.field?.format === 'kebab') push('invalid-format', message('invalid-kebab', { label }));
        else push('invalid-format', message('invalid-id', { label }));
        break;
      }
      case 'custom': {
        const format = issue.params?.['format'];
        if (format === 'date') push('invalid-date', message('invalid-date', { label }));
        else if (format === 'partial-date') {
          const parsed = safeParsePartialDate(value);
          // "2023-02-30" is the right shape but not a real day: say so.
          const real = !parsed.ok && (parsed.error.code === 'day' || parsed.error.code === 'month');
          push('invalid-partial-date', message(real ? 'invalid-date' : 'invalid-partial-date', { label }));
        } else push('invalid-format', message('invalid-id', { label }));
        break;
      }
      case 'unrecognized_keys': {
        const entity = located.entity?.label ?? label;
        for (const key of issue.keys ?? []) {
          const showable = SHOWABLE_KEY.test(key);
          if (showable && NAME_KEY.test(key)) push('name-field', message('name-field', { key }), [...path, key]);
          else push('unknown-field', message('unknown-field', { label: entity, ...(showable ? { key } : {}) }), showable ? [...path, key] : path);
        }
        break;
      }
      case 'invalid_union': {
        if (issue.discriminator) {
          const options = (issue.options ?? []).filter((v): v is string => typeof v === 'string').join(', ');
          push('invalid-choice', message('invalid-choice', { label: { 'en-GB': 'the type', cy: 'y math', welsh: 'draft' }, options }), [...path]);
        } else {
          push('invalid-type', message('invalid-type', { label, expected: EXPECTED['other']! }));
        }
        break;
      }
      case 'invalid_key':
        // The path ends with the offending key, which could be anything: report the record.
        push('invalid-format', message('invalid-kebab', { label: { 'en-GB': 'each name in the list', cy: 'pob enw yn y rhestr', welsh: 'draft' } }), path.slice(0, -1));
        break;
      default:
        push('invalid-type', message('invalid-type', { label, expected: EXPECTED['other']! }));
    }
  }
  return dedupe(errors);
}

function dedupe(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
