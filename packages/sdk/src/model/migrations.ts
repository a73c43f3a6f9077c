/**
 * Schema versions and migrations. Every document carries `schemaVersion`. When the format
 * changes, the version goes up and a migration from the previous version is registered here;
 * reading an older document applies the migrations in turn. A document from a newer kit is
 * refused with a clear message rather than misread.
 *
 * Format 1 is the first published format, so there are no migrations yet.
 */
import type { DocumentKind } from './schemas.js';

/** Upgrades a document from one version to the next. Must not mutate its input. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** For each kind of document, the migration from version N to N + 1, keyed by N. */
export type MigrationRegistry = Readonly<Partial<Record<DocumentKind, Readonly<Record<number, Migration>>>>>;

export const MIGRATIONS: MigrationRegistry = {};

export type MigrationResult =
  | { readonly ok: true; readonly document: Record<string, unknown> }
  | { readonly ok: false; readonly reason: 'newer' | 'unsupported'; readonly found: number };

/** Brings `document` from its `schemaVersion` up to `current`. */
export function migrate(kind: DocumentKind, document: Record<string, unknown>, current: number, registry: MigrationRegistry = MIGRATIONS): MigrationResult {
  const found = document['schemaVersion'];
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) return { ok: true, document }; // the schema reports it
  if (found > current) return { ok: false, reason: 'newer', found };
  let upgraded = document;
  for (let version = found; version < current; version++) {
    const step = registry[kind]?.[version];
    if (!step) return { ok: false, reason: 'unsupported', found };
    upgraded = { ...step(upgraded), schemaVersion: version + 1 };
  }
  return { ok: true, document: upgraded };
}
