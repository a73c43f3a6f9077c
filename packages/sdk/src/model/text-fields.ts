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

function step(value: unknown, index: number): string {
  const id = value && typeof value === 'object' ? (value as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' ? id : String(index);
}

function walk(node: Node, value: unknown, path: string, fn: (text: string, path: TextPath) => string): unknown {
  const metas: FieldMeta[] = [];
  let current = unwrap(node, metas);
  if (current._zod.def.type === 'union') {
    const option = unionOption(current._zod.def, value);
    if (!option) return value;
    current = unwrap(option, metas);
  }
  const def = current._zod.def;
  if (typeof value === 'string') return isFreeText(metas) ? fn(value, path) : value;
  if (Array.isArray(value) && def.type === 'array' && def.element) {
    const element = def.element;
    let changed = false;
    const out = value.map((item, i) => {
      const next = walk(element, item, path ? `${path}/${step(item, i)}` : step(item, i), fn);
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
      const next = walk(field, child, path ? `${path}/${key}` : key, fn);
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
  return walk(schema, value, '', fn) as T;
}
