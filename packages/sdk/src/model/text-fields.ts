/**
 * Every piece of free text in a document, found through the schema rather than a list kept
 * by hand: a field made with `text()` (a label and a length limit, no id pattern) is free
 * text. Redaction scans exactly these, so a text field added to the model later is scanned
 * without anyone remembering to add it.
 */
import type * as z from 'zod/mini';
import type { FieldMeta } from './fields.js';
import { unionOption, unwrap, type Node } from './issues.js';

/** Where a value sits in a document, by record id where there is one ("chronology/entry-3/event"). */
export type TextPath = string;

function isFreeText(metas: readonly FieldMeta[]): boolean {
  const meta = metas[0];
  return meta?.input === 'text' && meta.maxLength !== undefined && meta.format === undefined;
}

function step(value: unknown, index: number, byId: boolean): string {
  const id = byId && value && typeof value === 'object' ? (value as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' ? id : String(index);
}

type Visit = (text: string, path: TextPath, meta: FieldMeta | undefined) => string;

function walk(node: Node, value: unknown, path: string, fn: Visit, byId = true): unknown {
  const metas: FieldMeta[] = [];
  let current = unwrap(node, metas);
  if (current._zod.def.type === 'union') {
    const option = unionOption(current._zod.def, value);
    if (!option) return value;
    current = unwrap(option, metas);
  }
  const def = current._zod.def;
  if (typeof value === 'string') return fn(value, path, metas[0]);
  if (Array.isArray(value) && def.type === 'array' && def.element) {
    const element = def.element;
    let changed = false;
    const out = value.map((item, i) => {
      const at = step(item, i, byId);
      const next = walk(element, item, path ? `${path}/${at}` : at, fn, byId);
      changed ||= next !== item;
      return next;
    });
    return changed ? out : value;
  }
  if (value && typeof value === 'object' && def.type === 'object' && def.shape) {
    const record = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const [key, child] of Object.entries(record)) {
      const field = def.shape[key];
      if (!field) continue;
      const next = walk(field, child, path ? `${path}/${key}` : key, fn, byId);
      if (next !== child) (out ??= { ...record })[key] = next;
    }
    return out ?? value;
  }
  return value;
}

/**
 * A copy of `value` with `fn` applied to every free-text field `schema` describes. Objects
 * and arrays that nothing changed are returned as they were, so callers can compare by
 * identity.
 */
export function mapFreeText<T>(schema: z.ZodMiniType, value: T, fn: (text: string, path: TextPath) => string): T {
  return walk(schema, value, '', (text, path, meta) => (isFreeText(meta ? [meta] : []) ? fn(text, path) : text)) as T;
}

/** What a string in a document is, as far as redaction cares. */
export type StringKind = 'free-text' | 'identifier' | 'url' | 'other';

/**
 * Calls `fn` for every string in `value` with what kind it is: free text, an identifier (ids,
 * references, codes) or a web address, and its path by position ("chronology/3/id"). Redaction checks identifiers and addresses against
 * the pseudonym key, since they are copied from agencies' systems and can hold case numbers.
 */
export function forEachString(schema: z.ZodMiniType, value: unknown, fn: (text: string, path: TextPath, kind: StringKind) => void): void {
  walk(schema, value, '', (text, path, meta) => {
    const kind: StringKind = isFreeText(meta ? [meta] : [])
      ? 'free-text'
      : meta?.format === 'id' || meta?.format === 'code' || meta?.input === 'reference'
        ? 'identifier'
        : meta?.input === 'url'
          ? 'url'
          : 'other';
    fn(text, path, kind);
    return text;
    // By position, not id: an id may be the very thing that identifies someone.
  }, false);
}
