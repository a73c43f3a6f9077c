/**
 * The embedded default store in browsers: IndexedDB, so a partnership's intranet needs no
 * back end. Each logical change is one transaction; reads are validated against the schemas;
 * other tabs on the same store hear about changes through a BroadcastChannel.
 *
 * Object stores (database version 1):
 * - `reviews`   { id, header, revision, updatedAt, nextPosition }
 * - `entities`  { reviewId, collection, id, position, value, revision, updatedAt },
 *               keyed [reviewId, collection, id], so one review's records are one key range
 * - `documents` { kind, id, value, revision, updatedAt }, keyed [kind, id]
 * - `drafts`    draft records, keyed by their key
 * - `audit`     audit entries
 * A later version adds an entry to UPGRADES; opening a database of an older version runs
 * every step in between.
 */
import type { Locale } from '../locale.js';
import { referencesTo } from '../model/integrity.js';
import type { EntityCollection, EntityOf, Review } from '../model/schemas.js';
import { draftRecord, isExpired, type DraftRecord, type DraftSaveOptions, type DraftStore } from './drafts.js';
import { referencedError } from './memory-store.js';
import { assembleReview, checkEntity, parseEntity, referencedRecords, splitReview, systemClock, validDocument, validReview, type Clock, type EntityRecord, type ReviewHeader } from './records.js';
import {
  ConflictError,
  NotFoundError,
  StorageError,
  StoreValidationError,
  checkRevision,
  storageFailureOf,
  type AuditEntry,
  type ReviewListing,
  type ReviewStore,
  type Stored,
  type StoreChange,
  type StoredDocumentKind,
  type WriteOptions,
} from './store.js';

interface ReviewRow {
  id: string;
  header: ReviewHeader;
  revision: number;
  updatedAt: string;
  /** The next position in each collection, so new entities go at the end without a scan. */
  nextPosition: Partial<Record<EntityCollection, number>>;
}

interface EntityRow {
  reviewId: string;
  collection: EntityCollection;
  id: string;
  position: number;
  value: unknown;
  revision: number;
  updatedAt: string;
}

interface DocumentRow {
  kind: StoredDocumentKind;
  id: string;
  value: unknown;
  revision: number;
  updatedAt: string;
}

export const DATABASE_VERSION = 1;

/** Schema upgrades, by the version they produce. */
const UPGRADES: Record<number, (db: IDBDatabase) => void> = {
  1: (db) => {
    db.createObjectStore('reviews', { keyPath: 'id' });
    db.createObjectStore('entities', { keyPath: ['reviewId', 'collection', 'id'] });
    const documents = db.createObjectStore('documents', { keyPath: ['kind', 'id'] });
    documents.createIndex('byKind', 'kind');
    db.createObjectStore('drafts', { keyPath: 'key' });
    db.createObjectStore('audit', { autoIncrement: true });
  },
};

export interface IndexedDbStoreOptions {
  /** Database name; one per kit installation on an origin. Default `slk`. */
  readonly name?: string;
  readonly clock?: Clock;
  readonly locale?: Locale;
  /** Tell other tabs about changes (and hear theirs). Default true. */
  readonly broadcast?: boolean;
  /** For tests and unusual hosts; defaults to the global indexedDB. */
  readonly indexedDB?: IDBFactory;
}

/** IndexedDB reports errors as a nullable DOMException; reject with a real one. */
function failure(error: DOMException | null): DOMException {
  return error ?? new DOMException('The browser’s database reported an error.', 'UnknownError');
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(failure(req.error));
  });
}

/** Every record of one review, as a key range over the entities' compound keys. */
function reviewRange(reviewId: string): IDBKeyRange {
  return IDBKeyRange.bound([reviewId], [reviewId, []]);
}

function asStorageError(error: unknown): Error {
  if (error instanceof ConflictError || error instanceof StoreValidationError || error instanceof NotFoundError || error instanceof StorageError) return error;
  // Anything else comes from the browser's storage and is reported as a storage failure.
  return new StorageError(storageFailureOf(error), undefined, { cause: error });
}

export class IndexedDbStore implements ReviewStore, DraftStore {
  private listeners = new Set<(change: StoreChange) => void>();
  private channel: BroadcastChannel | undefined;
  private readonly clock: Clock;
  private readonly locale: Locale;

  private constructor(
    private readonly db: IDBDatabase,
    readonly name: string,
    options: IndexedDbStoreOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.locale = options.locale ?? 'en-GB';
    // Another tab opening a newer version of the kit asks this one to let go.
    db.onversionchange = () => db.close();
    if ((options.broadcast ?? true) && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`slk-store:${name}`);
      this.channel.onmessage = (event: MessageEvent<Omit<StoreChange, 'source'>>) => {
        for (const listener of this.listeners) listener({ ...event.data, source: 'other-tab' });
      };
    }
  }

  /** Opens (creating or upgrading) the database. */
  static open(options: IndexedDbStoreOptions = {}): Promise<IndexedDbStore> {
    const name = options.name ?? 'slk';
    const factory = options.indexedDB ?? globalThis.indexedDB;
    if (!factory) return Promise.reject(new StorageError('unavailable'));
    return new Promise((resolve, reject) => {
      let req: IDBOpenDBRequest;
      try {
        req = factory.open(name, DATABASE_VERSION);
      } catch (error) {
        reject(asStorageError(error));
        return;
      }
      req.onupgradeneeded = (event) => {
        for (let version = event.oldVersion + 1; version <= DATABASE_VERSION; version++) UPGRADES[version]?.(req.result);
      };
      req.onsuccess = () => resolve(new IndexedDbStore(req.result, name, options));
      req.onerror = () => reject(asStorageError(failure(req.error)));
      req.onblocked = () => {
        // An older tab holds the database open; it closes on versionchange, and then this
        // request succeeds. Nothing to do but wait.
      };
    });
  }

  /** Deletes a whole database (tests, and a "remove all data" control). */
  static delete(name = 'slk', factory: IDBFactory = globalThis.indexedDB): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = factory.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(asStorageError(failure(req.error)));
      req.onblocked = () => resolve();
    });
  }

  /**
   * Asks the browser to keep this origin's data even under storage pressure. Resolves to
   * whether it agreed; browsers may refuse silently, so the kit still offers downloads.
   */
  async requestPersistence(): Promise<boolean> {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return false;
    try {
      return (await storage.persisted()) || (await storage.persist());
    } catch {
      return false;
    }
  }

  private emit(change: Omit<StoreChange, 'source'>): void {
    for (const listener of this.listeners) listener({ ...change, source: 'local' });
    this.channel?.postMessage(change);
  }

  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
    this.db.close();
  }

  /** Runs `body` in one transaction and resolves once it has committed. */
  private async run<T>(names: string[], mode: IDBTransactionMode, body: (t: IDBTransaction) => Promise<T>): Promise<T> {
    let t: IDBTransaction;
    try {
      t = this.db.transaction(names, mode);
    } catch (error) {
      throw asStorageError(error);
    }
    const committed = new Promise<void>((resolve, reject) => {
      t.oncomplete = () => resolve();
      t.onerror = () => reject(failure(t.error));
      t.onabort = () => reject(t.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    });
    let result: T;
    try {
      result = await body(t);
    } catch (error) {
      try {
        t.abort();
      } catch {
        // Already finished.
      }
      await committed.catch(() => undefined);
      throw asStorageError(error);
    }
    try {
      await committed;
    } catch (error) {
      throw asStorageError(error);
    }
    return result;
  }

  async listReviews(): Promise<ReviewListing[]> {
    const rows = await this.run(['reviews'], 'readonly', (t) => request(t.objectStore('reviews').getAll() as IDBRequest<ReviewRow[]>));
    return rows.map((r) => ({ id: r.id, title: r.header.title, revision: r.revision, updatedAt: r.updatedAt }));
  }

  private readReview(t: IDBTransaction, id: string): Promise<[ReviewRow | undefined, EntityRow[]]> {
    return Promise.all([
      request(t.objectStore('reviews').get(id) as IDBRequest<ReviewRow | undefined>),
      request(t.objectStore('entities').getAll(reviewRange(id)) as IDBRequest<EntityRow[]>),
    ]);
  }

  private assemble(row: ReviewRow, entities: EntityRow[]): Stored<Review> {
    const records: EntityRecord[] = entities.map((e) => ({ collection: e.collection, id: e.id, position: e.position, value: e.value }));
    return { value: validReview(assembleReview(row.header, records), this.locale), revision: row.revision, updatedAt: row.updatedAt };
  }

  async getReview(id: string): Promise<Stored<Review> | undefined> {
    const [row, entities] = await this.run(['reviews', 'entities'], 'readonly', (t) => this.readReview(t, id));
    return row ? this.assemble(row, entities) : undefined;
  }

  async putReview(review: Review, options: WriteOptions): Promise<Stored<Review>> {
    const valid = validReview(review, this.locale);
    const updatedAt = this.clock();
    const { header, entities } = splitReview(valid);
    const revision = await this.run(['reviews', 'entities'], 'readwrite', async (t) => {
      const [row, previous] = await this.readReview(t, valid.id);
      checkRevision(row ? this.assemble(row, previous) : undefined, options, valid);
      const before = new Map(previous.map((e) => [`${e.collection}/${e.id}`, e]));
      const store = t.objectStore('entities');
      store.delete(reviewRange(valid.id));
      const nextPosition: Partial<Record<EntityCollection, number>> = {};
      for (const record of entities) {
        const old = before.get(`${record.collection}/${record.id}`);
        const unchanged = old && JSON.stringify(old.value) === JSON.stringify(record.value);
        store.put({
          reviewId: valid.id,
          collection: record.collection,
          id: record.id,
          position: record.position,
          value: record.value,
          revision: unchanged ? old.revision : (old?.revision ?? 0) + 1,
          updatedAt: unchanged ? old.updatedAt : updatedAt,
        } satisfies EntityRow);
        nextPosition[record.collection] = record.position + 1;
      }
      const next = (row?.revision ?? 0) + 1;
      t.objectStore('reviews').put({ id: valid.id, header, revision: next, updatedAt, nextPosition } satisfies ReviewRow);
      return next;
    });
    this.emit({ type: 'review', reviewId: valid.id, revision });
    return { value: valid, revision, updatedAt };
  }

  async deleteReview(id: string, options: WriteOptions): Promise<void> {
    await this.run(['reviews', 'entities'], 'readwrite', async (t) => {
      const [row, entities] = await this.readReview(t, id);
      checkRevision(row ? this.assemble(row, entities) : undefined, options, undefined);
      t.objectStore('entities').delete(reviewRange(id));
      t.objectStore('reviews').delete(id);
    });
    this.emit({ type: 'review-deleted', reviewId: id });
  }

  async getEntity<C extends EntityCollection>(reviewId: string, collection: C, id: string): Promise<Stored<EntityOf<C>> | undefined> {
    const row = await this.run(['entities'], 'readonly', (t) => request(t.objectStore('entities').get([reviewId, collection, id]) as IDBRequest<EntityRow | undefined>));
    return row ? { value: parseEntity(collection, row.value, this.locale), revision: row.revision, updatedAt: row.updatedAt } : undefined;
  }

  async putEntity<C extends EntityCollection>(reviewId: string, collection: C, entity: EntityOf<C>, options: WriteOptions): Promise<Stored<EntityOf<C>>> {
    // Schema first, outside the transaction; the reference lookups go inside it.
    const valid = parseEntity(collection, entity, this.locale);
    const needed = referencedRecords(collection, valid);
    const updatedAt = this.clock();
    const result = await this.run(['reviews', 'entities'], 'readwrite', async (t) => {
      const reviews = t.objectStore('reviews');
      const entities = t.objectStore('entities');
      const [row, existing, ...found] = await Promise.all([
        request(reviews.get(reviewId) as IDBRequest<ReviewRow | undefined>),
        request(entities.get([reviewId, collection, valid.id]) as IDBRequest<EntityRow | undefined>),
        ...needed.map((n) => request(entities.count([reviewId, n.collection, n.id]))),
      ]);
      if (!row) throw new NotFoundError('There is no review with that id in this store.');
      const exists = new Set(needed.filter((_, i) => found[i]! > 0).map((n) => `${n.collection}/${n.id}`));
      checkEntity(collection, valid, (c, id) => exists.has(`${c}/${id}`), this.locale);
      const current = existing ? { value: parseEntity(collection, existing.value, this.locale), revision: existing.revision, updatedAt: existing.updatedAt } : undefined;
      checkRevision(current, options, valid);
      const position = existing?.position ?? row.nextPosition[collection] ?? 0;
      const entityRevision = (existing?.revision ?? 0) + 1;
      entities.put({ reviewId, collection, id: valid.id, position, value: valid, revision: entityRevision, updatedAt } satisfies EntityRow);
      const reviewRevision = row.revision + 1;
      reviews.put({
        ...row,
        revision: reviewRevision,
        updatedAt,
        nextPosition: existing ? row.nextPosition : { ...row.nextPosition, [collection]: position + 1 },
      } satisfies ReviewRow);
      return { entityRevision, reviewRevision };
    });
    this.emit({ type: 'entity', reviewId, collection, entityId: valid.id, revision: result.reviewRevision });
    return { value: valid, revision: result.entityRevision, updatedAt };
  }

  async deleteEntity(reviewId: string, collection: EntityCollection, id: string, options: WriteOptions): Promise<void> {
    const revision = await this.run(['reviews', 'entities'], 'readwrite', async (t) => {
      const [row, entities] = await this.readReview(t, reviewId);
      if (!row) throw new NotFoundError('There is no review with that id in this store.');
      const existing = entities.find((e) => e.collection === collection && e.id === id);
      checkRevision(existing ? { value: existing.value, revision: existing.revision, updatedAt: existing.updatedAt } : undefined, options, undefined);
      const referrers = referencesTo(this.assemble(row, entities).value, collection, id);
      if (referrers.length) throw new StoreValidationError([referencedError(this.locale, referrers.length)]);
      t.objectStore('entities').delete([reviewId, collection, id]);
      const next = row.revision + 1;
      t.objectStore('reviews').put({ ...row, revision: next, updatedAt: this.clock() } satisfies ReviewRow);
      return next;
    });
    this.emit({ type: 'entity-deleted', reviewId, collection, entityId: id, revision });
  }

  async listDocuments(kind: StoredDocumentKind): Promise<Array<Stored<unknown>>> {
    const rows = await this.run(['documents'], 'readonly', (t) => request(t.objectStore('documents').index('byKind').getAll(kind) as IDBRequest<DocumentRow[]>));
    return rows.map((r) => ({ value: validDocument(kind, r.value, this.locale), revision: r.revision, updatedAt: r.updatedAt }));
  }

  async getDocument(kind: StoredDocumentKind, id: string): Promise<Stored<unknown> | undefined> {
    const row = await this.run(['documents'], 'readonly', (t) => request(t.objectStore('documents').get([kind, id]) as IDBRequest<DocumentRow | undefined>));
    return row ? { value: validDocument(kind, row.value, this.locale), revision: row.revision, updatedAt: row.updatedAt } : undefined;
  }

  async putDocument(kind: StoredDocumentKind, document: { id: string }, options: WriteOptions): Promise<Stored<unknown>> {
    const valid = validDocument(kind, document, this.locale);
    const updatedAt = this.clock();
    const revision = await this.run(['documents'], 'readwrite', async (t) => {
      const store = t.objectStore('documents');
      const row = await request(store.get([kind, valid.id]) as IDBRequest<DocumentRow | undefined>);
      checkRevision(row ? { value: row.value, revision: row.revision, updatedAt: row.updatedAt } : undefined, options, valid);
      const next = (row?.revision ?? 0) + 1;
      store.put({ kind, id: valid.id, value: valid, revision: next, updatedAt } satisfies DocumentRow);
      return next;
    });
    this.emit({ type: 'document', kind, documentId: valid.id, revision });
    return { value: valid, revision, updatedAt };
  }

  async deleteDocument(kind: StoredDocumentKind, id: string, options: WriteOptions): Promise<void> {
    await this.run(['documents'], 'readwrite', async (t) => {
      const store = t.objectStore('documents');
      const row = await request(store.get([kind, id]) as IDBRequest<DocumentRow | undefined>);
      checkRevision(row ? { value: row.value, revision: row.revision, updatedAt: row.updatedAt } : undefined, options, undefined);
      store.delete([kind, id]);
    });
    this.emit({ type: 'document-deleted', kind, documentId: id });
  }

  async audit(entry: AuditEntry): Promise<void> {
    await this.run(['audit'], 'readwrite', (t) => request(t.objectStore('audit').add(entry)));
  }

  auditLog(): Promise<AuditEntry[]> {
    return this.run(['audit'], 'readonly', (t) => request(t.objectStore('audit').getAll() as IDBRequest<AuditEntry[]>));
  }

  // --- Drafts ---

  async saveDraft<T>(key: string, value: T, options: DraftSaveOptions = {}): Promise<DraftRecord<T>> {
    const record = draftRecord(key, value, options, this.clock);
    await this.run(['drafts'], 'readwrite', (t) => request(t.objectStore('drafts').put(record)));
    return record;
  }

  async loadDraft<T = unknown>(key: string): Promise<DraftRecord<T> | undefined> {
    return this.run(['drafts'], 'readwrite', async (t) => {
      const store = t.objectStore('drafts');
      const record = await request(store.get(key) as IDBRequest<DraftRecord<T> | undefined>);
      if (!record) return undefined;
      if (isExpired(record, this.clock)) {
        store.delete(key);
        return undefined;
      }
      return record;
    });
  }

  async discardDraft(key: string): Promise<void> {
    await this.run(['drafts'], 'readwrite', (t) => request(t.objectStore('drafts').delete(key)));
  }

  async listDrafts(): Promise<DraftRecord[]> {
    const all = await this.run(['drafts'], 'readonly', (t) => request(t.objectStore('drafts').getAll() as IDBRequest<DraftRecord[]>));
    return all.filter((d) => !isExpired(d, this.clock));
  }

  async purgeDrafts(): Promise<void> {
    await this.run(['drafts'], 'readwrite', (t) => request(t.objectStore('drafts').clear()));
  }

  async purgeExpiredDrafts(): Promise<number> {
    return this.run(['drafts'], 'readwrite', async (t) => {
      const store = t.objectStore('drafts');
      const all = await request(store.getAll() as IDBRequest<DraftRecord[]>);
      const expired = all.filter((d) => isExpired(d, this.clock));
      for (const record of expired) store.delete(record.key);
      return expired.length;
    });
  }
}
