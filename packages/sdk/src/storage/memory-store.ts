/* eslint-disable @typescript-eslint/require-await -- every method is async on purpose: a
   validation failure or conflict must reach callers as a rejected promise, as it does from
   the stores that really wait on I/O. */
/**
 * A store in memory: for tests, Storybook and demos, and the base of the file store. Values
 * are copied in and out, so callers can never change what is stored by accident.
 */
import type { Locale } from '../locale.js';
import { referencesTo } from '../model/integrity.js';
import type { ValidationError } from '../model/messages.js';
import type { EntityCollection, EntityOf, Review } from '../model/schemas.js';
import { draftRecord, isExpired, type DraftRecord, type DraftSaveOptions, type DraftStore } from './drafts.js';
import { assembleReview, splitReview, systemClock, validDocument, validEntity, validReview, type Clock, type ReviewHeader } from './records.js';
import {
  NotFoundError,
  StoreValidationError,
  checkRevision,
  type AuditEntry,
  type ReviewListing,
  type ReviewStore,
  type Stored,
  type StoreChange,
  type StoredDocumentKind,
  type WriteOptions,
} from './store.js';

interface StoredEntity {
  position: number;
  value: unknown;
  revision: number;
  updatedAt: string;
}

export interface StoredReview {
  header: ReviewHeader;
  revision: number;
  updatedAt: string;
  entities: Map<string, StoredEntity>; // key: `${collection}/${id}`
}

export interface MemoryStoreOptions {
  readonly clock?: Clock;
  /** Language of validation messages in errors. Default en-GB. */
  readonly locale?: Locale;
}

const copy = <T>(value: T): T => structuredClone(value);
const entityKey = (collection: EntityCollection, id: string) => `${collection}/${id}`;

export class MemoryStore implements ReviewStore, DraftStore {
  protected reviews = new Map<string, StoredReview>();

  protected documents = new Map<string, Stored<unknown>>(); // key: `${kind}/${id}`
  protected drafts = new Map<string, DraftRecord>();
  protected auditEntries: AuditEntry[] = [];
  private listeners = new Set<(change: StoreChange) => void>();
  protected readonly clock: Clock;
  protected readonly locale: Locale;

  constructor(options: MemoryStoreOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.locale = options.locale ?? 'en-GB';
  }

  protected emit(change: Omit<StoreChange, 'source'>): void {
    for (const listener of this.listeners) listener({ ...change, source: 'local' });
  }

  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
  }

  async listReviews(): Promise<ReviewListing[]> {
    return [...this.reviews.entries()].map(([id, r]) => ({ id, title: r.header.title, revision: r.revision, updatedAt: r.updatedAt }));
  }

  private assemble(stored: StoredReview): Review {
    const records = [...stored.entities.entries()].map(([key, e]) => {
      const [collection, ...id] = key.split('/');
      return { collection: collection as EntityCollection, id: id.join('/'), position: e.position, value: e.value };
    });
    return validReview(assembleReview(stored.header, records), this.locale);
  }

  /** The stored review as a conflict reports it. */
  private current(stored: StoredReview): Stored<Review> {
    return { value: copy(this.assemble(stored)), revision: stored.revision, updatedAt: stored.updatedAt };
  }

  async getReview(id: string): Promise<Stored<Review> | undefined> {
    const stored = this.reviews.get(id);
    if (!stored) return undefined;
    return { value: copy(this.assemble(stored)), revision: stored.revision, updatedAt: stored.updatedAt };
  }

  async putReview(review: Review, options: WriteOptions): Promise<Stored<Review>> {
    const valid = validReview(copy(review), this.locale);
    const existing = this.reviews.get(valid.id);
    checkRevision(existing ? this.current(existing) : undefined, options, valid);
    const revision = (existing?.revision ?? 0) + 1;
    const updatedAt = this.clock();
    const { header, entities } = splitReview(valid);
    const map = new Map<string, StoredEntity>();
    for (const record of entities) {
      const previous = existing?.entities.get(entityKey(record.collection, record.id));
      const unchanged = previous && JSON.stringify(previous.value) === JSON.stringify(record.value);
      map.set(entityKey(record.collection, record.id), {
        position: record.position,
        value: record.value,
        revision: unchanged ? previous.revision : (previous?.revision ?? 0) + 1,
        updatedAt: unchanged ? previous.updatedAt : updatedAt,
      });
    }
    this.reviews.set(valid.id, { header, revision, updatedAt, entities: map });
    this.emit({ type: 'review', reviewId: valid.id, revision });
    return { value: copy(valid), revision, updatedAt };
  }

  async deleteReview(id: string, options: WriteOptions): Promise<void> {
    const existing = this.reviews.get(id);
    checkRevision(existing ? this.current(existing) : undefined, options, undefined);
    this.reviews.delete(id);
    this.emit({ type: 'review-deleted', reviewId: id });
  }

  private required(reviewId: string): StoredReview {
    const stored = this.reviews.get(reviewId);
    if (!stored) throw new NotFoundError('There is no review with that id in this store.');
    return stored;
  }

  async getEntity<C extends EntityCollection>(reviewId: string, collection: C, id: string): Promise<Stored<EntityOf<C>> | undefined> {
    const entity = this.reviews.get(reviewId)?.entities.get(entityKey(collection, id));
    return entity ? { value: copy(entity.value) as EntityOf<C>, revision: entity.revision, updatedAt: entity.updatedAt } : undefined;
  }

  async putEntity<C extends EntityCollection>(reviewId: string, collection: C, entity: EntityOf<C>, options: WriteOptions): Promise<Stored<EntityOf<C>>> {
    const stored = this.required(reviewId);
    const valid = validEntity(collection, copy(entity), (c, id) => stored.entities.has(entityKey(c, id)), this.locale);
    const key = entityKey(collection, valid.id);
    const existing = stored.entities.get(key);
    checkRevision(existing ? { value: copy(existing.value), revision: existing.revision, updatedAt: existing.updatedAt } : undefined, options, valid);
    const position = existing?.position ?? Math.max(-1, ...[...stored.entities.entries()].filter(([k]) => k.startsWith(`${collection}/`)).map(([, e]) => e.position)) + 1;
    const updatedAt = this.clock();
    const record = { position, value: valid, revision: (existing?.revision ?? 0) + 1, updatedAt };
    stored.entities.set(key, record);
    stored.revision++;
    stored.updatedAt = updatedAt;
    this.emit({ type: 'entity', reviewId, collection, entityId: valid.id, revision: stored.revision });
    return { value: copy(valid), revision: record.revision, updatedAt };
  }

  async deleteEntity(reviewId: string, collection: EntityCollection, id: string, options: WriteOptions): Promise<void> {
    const stored = this.required(reviewId);
    const key = entityKey(collection, id);
    const existing = stored.entities.get(key);
    checkRevision(existing ? { value: copy(existing.value), revision: existing.revision, updatedAt: existing.updatedAt } : undefined, options, undefined);
    const review = this.assemble(stored);
    const referrers = referencesTo(review, collection, id);
    if (referrers.length) throw new StoreValidationError([referencedError(this.locale, referrers.length)]);
    stored.entities.delete(key);
    stored.revision++;
    stored.updatedAt = this.clock();
    this.emit({ type: 'entity-deleted', reviewId, collection, entityId: id, revision: stored.revision });
  }

  async listDocuments(kind: StoredDocumentKind): Promise<Array<Stored<unknown>>> {
    return [...this.documents.entries()].filter(([key]) => key.startsWith(`${kind}/`)).map(([, d]) => copy(d));
  }

  async getDocument(kind: StoredDocumentKind, id: string): Promise<Stored<unknown> | undefined> {
    const stored = this.documents.get(`${kind}/${id}`);
    return stored ? copy(stored) : undefined;
  }

  async putDocument(kind: StoredDocumentKind, document: { id: string }, options: WriteOptions): Promise<Stored<unknown>> {
    const valid = validDocument(kind, copy(document), this.locale);
    const key = `${kind}/${valid.id}`;
    checkRevision(this.documents.get(key), options, valid);
    const stored = { value: valid, revision: (this.documents.get(key)?.revision ?? 0) + 1, updatedAt: this.clock() };
    this.documents.set(key, stored);
    this.emit({ type: 'document', kind, documentId: valid.id, revision: stored.revision });
    return copy(stored);
  }

  async deleteDocument(kind: StoredDocumentKind, id: string, options: WriteOptions): Promise<void> {
    const key = `${kind}/${id}`;
    checkRevision(this.documents.get(key), options, undefined);
    this.documents.delete(key);
    this.emit({ type: 'document-deleted', kind, documentId: id });
  }

  async audit(entry: AuditEntry): Promise<void> {
    this.auditEntries.push(copy(entry));
  }

  async auditLog(): Promise<AuditEntry[]> {
    return copy(this.auditEntries);
  }

  // --- Drafts ---

  async saveDraft<T>(key: string, value: T, options: DraftSaveOptions = {}): Promise<DraftRecord<T>> {
    const record = draftRecord(key, copy(value), options, this.clock);
    this.drafts.set(key, record);
    return copy(record);
  }

  async loadDraft<T = unknown>(key: string): Promise<DraftRecord<T> | undefined> {
    const record = this.drafts.get(key);
    if (!record) return undefined;
    if (isExpired(record, this.clock)) {
      this.drafts.delete(key);
      return undefined;
    }
    return copy(record) as DraftRecord<T>;
  }

  async discardDraft(key: string): Promise<void> {
    this.drafts.delete(key);
  }

  async listDrafts(): Promise<DraftRecord[]> {
    return [...this.drafts.values()].filter((d) => !isExpired(d, this.clock)).map(copy);
  }

  async purgeDrafts(): Promise<void> {
    this.drafts.clear();
  }

  async purgeExpiredDrafts(): Promise<number> {
    let removed = 0;
    for (const [key, record] of this.drafts) {
      if (isExpired(record, this.clock)) {
        this.drafts.delete(key);
        removed++;
      }
    }
    return removed;
  }
}

/** The error for deleting something other records still refer to. */
export function referencedError(locale: Locale, count: number): ValidationError {
  const text = {
    'en-GB': `Other records still refer to this one (${count}): change or remove them first.`,
    cy: `Mae cofnodion eraill yn dal i gyfeirio at yr un hwn (${count}): newidiwch neu dynnwch nhw yn gyntaf.`,
    welsh: 'draft' as const,
  };
  return { path: '', segments: [], code: 'unknown-reference', message: text[locale], text };
}

