/** Storage: the ReviewStore contract, its adapters, and drafts. */
export {
  ConflictError,
  NotFoundError,
  StorageError,
  StoreValidationError,
  checkRevision,
  storageFailureOf,
  type AuditEntry,
  type DownloadFallback,
  type ReviewListing,
  type ReviewStore,
  type StorageFailure,
  type StoreChange,
  type Stored,
  type StoredDocumentKind,
  type WriteOptions,
} from './store.js';
export { MemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { IndexedDbStore, DATABASE_VERSION, type IndexedDbStoreOptions } from './indexeddb-store.js';
export { FileStore, FileFormatError, FILE_FORMAT, FILE_FORMAT_VERSION } from './file-store.js';
export {
  DEFAULT_DRAFT_TTL_DAYS,
  DraftSaver,
  draftDownload,
  readDraftFile,
  type DraftRecord,
  type DraftSaveOptions,
  type DraftSaverOptions,
  type DraftStore,
} from './drafts.js';
export { splitReview, assembleReview, type Clock, type EntityRecord, type ReviewHeader } from './records.js';
