/**
 * Where reviews and the kit's other documents live.
 *
 * A review is stored as a header record plus one record per entity (each chronology entry,
 * action, factor…), so editing one action writes one record, not the whole review. Every
 * record has a revision number. A write names the revision it was based on; if the record
 * has moved on since, the write fails with a {@link ConflictError} carrying both versions,
 * and nothing is overwritten.
 *
 * The interface is shaped for an HTTP adapter too: a record's revision is its ETag, the
 * expected revision is `If-Match` (or `If-None-Match: *` for "must not exist yet"), and a
 * conflict is `412 Precondition Failed` with the current version in the body.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { ValidationError } from '../model/messages.js';
import type { Review } from '../model/schemas.js';
import type { DocumentKind } from '../model/schemas.js';

import { ENTITY_COLLECTIONS, type EntityCollection, type EntityOf } from '../model/schemas.js';

export { ENTITY_COLLECTIONS, type EntityCollection, type EntityOf };

/** A value as stored, with its revision. */
export interface Stored<T> {
  readonly value: T;
  /** Starts at 1; every write adds 1. */
  readonly revision: number;
  /** When it was last written (an ISO instant). */
  readonly updatedAt: string;
}

/** What a write is based on: a revision, or `null` for "this must not exist yet". */
export interface WriteOptions {
  readonly expectedRevision: number | null;
}

export interface ReviewListing {
  readonly id: string;
  readonly title: string;
  readonly revision: number;
  readonly updatedAt: string;
}

/**
 * Storage documents other than reviews: forms, responses, worksheets. Never pseudonym keys:
 * a key is kept apart from the reviews it unlocks.
 */
export type StoredDocumentKind = Exclude<DocumentKind, 'review' | 'pseudonym-key'>;

/** Something changed, here or in another tab. */
export interface StoreChange {
  readonly type: 'review' | 'entity' | 'review-deleted' | 'entity-deleted' | 'document' | 'document-deleted';
  readonly reviewId?: string;
  readonly collection?: EntityCollection;
  readonly entityId?: string;
  readonly kind?: StoredDocumentKind;
  readonly documentId?: string;
  /** The new revision of the record (the review header for entity changes too). */
  readonly revision?: number;
  /** `local` for changes made through this store object, `other-tab` for another tab's. */
  readonly source: 'local' | 'other-tab';
}

/** One entry of the audit log: unredacted copies that left the store, with their reason. */
export interface AuditEntry {
  readonly at: string;
  readonly action: 'export-without-redaction' | 'save-working-copy';
  readonly reviewId: string;
  readonly audience: string;
  readonly role: string;
  readonly reason: string;
}

/**
 * The storage interface every adapter implements (MemoryStore, IndexedDbStore, FileStore;
 * an HTTP adapter later) and the components use through the review context.
 */
export interface ReviewStore {
  listReviews(): Promise<ReviewListing[]>;
  /** The review assembled from its records and validated, or undefined. */
  getReview(id: string): Promise<Stored<Review> | undefined>;
  /** Creates or replaces a whole review (all its records) in one transaction. */
  putReview(review: Review, options: WriteOptions): Promise<Stored<Review>>;
  deleteReview(id: string, options: WriteOptions): Promise<void>;

  getEntity<C extends EntityCollection>(reviewId: string, collection: C, id: string): Promise<Stored<EntityOf<C>> | undefined>;
  /** Creates or updates one entity: one record and the review's revision, nothing else. */
  putEntity<C extends EntityCollection>(reviewId: string, collection: C, entity: EntityOf<C>, options: WriteOptions): Promise<Stored<EntityOf<C>>>;
  deleteEntity(reviewId: string, collection: EntityCollection, id: string, options: WriteOptions): Promise<void>;

  listDocuments(kind: StoredDocumentKind): Promise<Array<Stored<unknown>>>;
  getDocument(kind: StoredDocumentKind, id: string): Promise<Stored<unknown> | undefined>;
  putDocument(kind: StoredDocumentKind, document: { id: string }, options: WriteOptions): Promise<Stored<unknown>>;
  deleteDocument(kind: StoredDocumentKind, id: string, options: WriteOptions): Promise<void>;

  /** Appends to the audit log (kept with the store, never with a review). */
  audit(entry: AuditEntry): Promise<void>;
  auditLog(): Promise<AuditEntry[]>;

  /** Calls `listener` for every change; returns a function that stops it. */
  subscribe(listener: (change: StoreChange) => void): () => void;
  close(): void;
}

// --- Errors ------------------------------------------------------------------------------

/** A write was based on a revision that is no longer current. Carries both versions. */
export class ConflictError<T = unknown> extends Error {
  override readonly name = 'ConflictError';
  readonly text: LocalisedText = draft(
    'Someone else saved a change to this while you were editing. Compare the two versions and save again.',
    'Cadwodd rhywun arall newid i hwn tra oeddech chi’n golygu. Cymharwch y ddwy fersiwn a chadw eto.',
  );

  constructor(
    /** The version now stored (undefined if it was deleted). */
    readonly current: Stored<T> | undefined,
    /** The value that was not written. */
    readonly attempted: T | undefined,
    /** The revision the write was based on. */
    readonly expectedRevision: number | null,
  ) {
    super('The record has changed since it was read: compare the versions and save again.');
  }
}

/** A record that should exist does not. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** A value to be written, or one read back, does not match the schemas. */
export class StoreValidationError extends Error {
  override readonly name = 'StoreValidationError';
  constructor(readonly errors: readonly ValidationError[]) {
    super(`The record is not valid: ${errors.map((e) => `${e.path || '(record)'}: ${e.message}`).join('; ')}`);
  }
}

export type StorageFailure = 'quota-exceeded' | 'unavailable' | 'evicted' | 'unknown';

const FAILURE_TEXT: Record<StorageFailure, LocalisedText> = {
  'quota-exceeded': draft(
    'Your browser has run out of space to save your work. Download a copy now so nothing is lost, then free some space.',
    'Mae eich porwr wedi rhedeg allan o le i gadw eich gwaith. Lawrlwythwch gopi nawr fel na chollir dim, yna rhyddhewch rywfaint o le.',
  ),
  unavailable: draft(
    'Your browser is not letting this page save your work (private browsing or a policy may block it). Download a copy so nothing is lost.',
    'Nid yw eich porwr yn gadael i’r dudalen hon gadw eich gwaith (gall pori preifat neu bolisi ei rwystro). Lawrlwythwch gopi fel na chollir dim.',
  ),
  evicted: draft(
    'Work saved in this browser was removed by the browser. Download a copy of what is on screen so nothing is lost.',
    'Tynnwyd gwaith a gadwyd yn y porwr hwn gan y porwr. Lawrlwythwch gopi o’r hyn sydd ar y sgrin fel na chollir dim.',
  ),
  unknown: draft(
    'Your work could not be saved in this browser. Download a copy so nothing is lost, and try again.',
    'Nid oedd modd cadw eich gwaith yn y porwr hwn. Lawrlwythwch gopi fel na chollir dim, a rhowch gynnig arall arni.',
  ),
};

/** A file the user can download instead, when saving in the browser failed. */
export interface DownloadFallback {
  readonly filename: string;
  readonly mimeType: string;
  readonly contents: string;
}

/**
 * Saving failed for a reason outside the kit's control. It says what happened in words a
 * practitioner understands and, where there is unsaved work, carries a download of it.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly text: LocalisedText;

  constructor(
    readonly failure: StorageFailure,
    readonly fallback?: DownloadFallback,
    options?: { cause?: unknown },
  ) {
    super(FAILURE_TEXT[failure]['en-GB'], options);
    this.text = FAILURE_TEXT[failure];
  }

  /** The same error, now carrying a download of the work that could not be saved. */
  withFallback(fallback: DownloadFallback): StorageError {
    return new StorageError(this.failure, fallback, { cause: this.cause });
  }
}

/** Classifies an error from browser storage (IndexedDB, localStorage). */
export function storageFailureOf(error: unknown): StorageFailure {
  const name = error && typeof error === 'object' && 'name' in error ? String((error).name) : '';
  if (name === 'QuotaExceededError') return 'quota-exceeded';
  if (name === 'SecurityError' || name === 'InvalidStateError') return 'unavailable';
  if (name === 'NotFoundError' || name === 'UnknownError') return 'evicted';
  return 'unknown';
}

/** Checks a write's expected revision against what is stored. */
export function checkRevision<T>(current: Stored<T> | undefined, options: WriteOptions, attempted: T | undefined): void {
  const expected = options.expectedRevision;
  if (expected === null ? current !== undefined : current?.revision !== expected) {
    throw new ConflictError(current, attempted, expected);
  }
}
