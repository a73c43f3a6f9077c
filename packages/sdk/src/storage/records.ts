/**
 * How a review maps onto records, shared by every adapter: a header (everything but the
 * entity collections) and one record per entity, in its collection's order.
 */
import type * as z from 'zod/mini';
import type { Locale } from '../locale.js';
import { checkEntityIntegrity, type ExistsIn } from '../model/integrity.js';
import { toValidationErrors } from '../model/issues.js';
import { DOCUMENT_SCHEMAS, ENTITY_COLLECTIONS, ENTITY_SCHEMAS, type EntityCollection, type EntityOf, type Review } from '../model/schemas.js';
import { parseDocument, parseReview } from '../model/validate.js';
import { StoreValidationError, type StoredDocumentKind } from './store.js';

/** A review without its entity collections. */
export type ReviewHeader = Omit<Review, EntityCollection>;

export interface EntityRecord {
  readonly collection: EntityCollection;
  readonly id: string;
  /** Order within the collection. */
  readonly position: number;
  readonly value: unknown;
}

export function splitReview(review: Review): { header: ReviewHeader; entities: EntityRecord[] } {
  const header: Record<string, unknown> = { ...review };
  const entities: EntityRecord[] = [];
  for (const collection of ENTITY_COLLECTIONS) {
    delete header[collection];
    (review[collection] as ReadonlyArray<{ id: string }>).forEach((value, position) => entities.push({ collection, id: value.id, position, value }));
  }
  return { header: header as ReviewHeader, entities };
}

/** Puts a review back together from its header and records, in each collection's order. */
export function assembleReview(header: ReviewHeader, entities: Iterable<EntityRecord>): Record<string, unknown> {
  const review: Record<string, unknown> = { ...header };
  const byCollection = new Map<EntityCollection, EntityRecord[]>();
  for (const record of entities) {
    const list = byCollection.get(record.collection);
    if (list) list.push(record);
    else byCollection.set(record.collection, [record]);
  }
  for (const collection of ENTITY_COLLECTIONS) {
    review[collection] = (byCollection.get(collection) ?? []).sort((a, b) => a.position - b.position).map((r) => r.value);
  }
  return review;
}

/** Validates a whole review for writing; returns it parsed (defaults filled in). */
export function validReview(review: unknown, locale: Locale = 'en-GB'): Review {
  const result = parseReview(review, { locale });
  if (!result.ok) throw new StoreValidationError(result.errors);
  return result.review;
}

/** Checks one entity against its schema; returns it parsed (defaults filled in). */
export function parseEntity<C extends EntityCollection>(collection: C, entity: unknown, locale: Locale = 'en-GB'): EntityOf<C> {
  const schema = ENTITY_SCHEMAS[collection] as unknown as z.ZodMiniType<EntityOf<C>>;
  const parsed = schema.safeParse(entity);
  if (!parsed.success) throw new StoreValidationError(toValidationErrors(schema, parsed.error.issues, entity, locale));
  return parsed.data;
}

/** The records a parsed entity refers to, so a store can look them up before checking. */
export function referencedRecords<C extends EntityCollection>(collection: C, entity: EntityOf<C>): Array<{ collection: EntityCollection; id: string }> {
  const asked: Array<{ collection: EntityCollection; id: string }> = [];
  checkEntityIntegrity(collection, entity, (target, id) => {
    asked.push({ collection: target, id });
    return true;
  }, 'en-GB');
  return asked;
}

/** Checks a parsed entity's references and rules; throws with every problem. */
export function checkEntity<C extends EntityCollection>(collection: C, entity: EntityOf<C>, exists: ExistsIn, locale: Locale = 'en-GB'): void {
  const errors = checkEntityIntegrity(collection, entity, exists, locale);
  if (errors.length) throw new StoreValidationError(errors);
}

/**
 * Validates one entity for writing: its schema, its references (through `exists`) and its
 * own rules, so a single write can never leave the review unreadable.
 */
export function validEntity<C extends EntityCollection>(collection: C, entity: unknown, exists: ExistsIn, locale: Locale = 'en-GB'): EntityOf<C> {
  const parsed = parseEntity(collection, entity, locale);
  checkEntity(collection, parsed, exists, locale);
  return parsed;
}

const STORED_KINDS: readonly string[] = ['feedback-form', 'feedback-response', 'loop-worksheet'] satisfies StoredDocumentKind[];

/** Validates a feedback form, response or worksheet for writing. */
export function validDocument(kind: StoredDocumentKind, document: unknown, locale: Locale = 'en-GB'): { id: string } {
  const result = parseDocument(document, { locale });
  if (!result.ok) throw new StoreValidationError(result.errors);
  // Checked at run time too: JavaScript callers are not held to the type, and a pseudonym
  // key must never be stored beside the reviews it unlocks.
  if (!STORED_KINDS.includes(kind) || result.kind !== kind) {
    throw new StoreValidationError([{ path: 'kind', segments: ['kind'], code: 'wrong-document-kind', message: `Expected a ${kind} document.`, text: { 'en-GB': `Expected a ${kind} document.`, cy: `Disgwyl dogfen ${kind}.`, welsh: 'draft' } }]);
  }
  return result.document;
}

export { DOCUMENT_SCHEMAS };

/** The current time as an ISO instant (injectable for tests). */
export type Clock = () => string;
export const systemClock: Clock = () => new Date().toISOString();
