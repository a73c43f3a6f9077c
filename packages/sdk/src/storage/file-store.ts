/**
 * Save to a file and resume from it: for locked-down intranets with no back end, and for
 * moving work between computers. A FileStore is a MemoryStore that can be written out as one
 * JSON file and read back, keeping every record's revision, so a resumed session conflicts
 * correctly with anything saved since.
 *
 * The file is the partnership's working copy, unredacted, like the browser's own storage:
 * saving it is recorded in the audit log. To share a review, export it for an audience
 * (`exportReview`), which redacts.
 */
import { parseDocument } from '../model/validate.js';
import type { EntityCollection } from '../model/schemas.js';
import type { DraftRecord } from './drafts.js';
import { MemoryStore, type MemoryStoreOptions } from './memory-store.js';
import { assembleReview, validReview, type ReviewHeader } from './records.js';
import { StoreValidationError, type AuditEntry, type DownloadFallback, type Stored, type StoredDocumentKind } from './store.js';

/** A review as its records, so every record's revision survives the round trip. */
interface FileReview {
  header: ReviewHeader;
  revision: number;
  updatedAt: string;
  entities: Array<{ collection: EntityCollection; id: string; position: number; value: unknown; revision: number; updatedAt: string }>;
}

export const FILE_FORMAT = 'slk-file';
export const FILE_FORMAT_VERSION = 1;

interface FileEnvelope {
  format: typeof FILE_FORMAT;
  formatVersion: number;
  savedAt: string;
  reviews: FileReview[];
  documents: Array<{ kind: StoredDocumentKind; record: Stored<unknown> }>;
  drafts: DraftRecord[];
  audit: AuditEntry[];
}

/** Why a file could not be resumed from; the message says what to do. */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';
}

export class FileStore extends MemoryStore {
  constructor(options: MemoryStoreOptions = {}) {
    super(options);
  }

  /**
   * Resumes from a file made by {@link toFile}. Every document is validated; a file from a
   * newer kit is refused with a clear message rather than misread.
   */
  // Async like every store operation, so a bad file reaches callers as a rejection.
  // eslint-disable-next-line @typescript-eslint/require-await
  static async fromFile(text: string, options: MemoryStoreOptions = {}): Promise<FileStore> {
    let file: Partial<FileEnvelope>;
    try {
      file = JSON.parse(text.replace(/^\uFEFF/, '')) as Partial<FileEnvelope>;
    } catch {
      throw new FileFormatError('This is not a Safeguarding Learning Kit file: it is not valid JSON.');
    }
    if (file.format !== FILE_FORMAT) throw new FileFormatError('This is not a Safeguarding Learning Kit save file.');
    if (typeof file.formatVersion !== 'number' || file.formatVersion > FILE_FORMAT_VERSION) {
      throw new FileFormatError('This file was saved by a newer version of the kit. Update the kit to open it.');
    }
    const store = new FileStore(options);
    for (const review of file.reviews ?? []) {
      // Validate the review as a whole before taking its records in.
      validReview(assembleReview(review.header, review.entities), options.locale ?? 'en-GB');
      store.reviews.set(review.header.id, {
        header: structuredClone(review.header),
        revision: review.revision,
        updatedAt: review.updatedAt,
        entities: new Map(review.entities.map((e) => [`${e.collection}/${e.id}`, { position: e.position, value: structuredClone(e.value), revision: e.revision, updatedAt: e.updatedAt }])),
      });
    }
    for (const { kind, record } of file.documents ?? []) {
      const parsed = parseDocument(record.value);
      if (!parsed.ok) throw new StoreValidationError(parsed.errors);
      store.documents.set(`${kind}/${(record.value as { id: string }).id}`, structuredClone(record));
    }
    for (const draft of file.drafts ?? []) store.drafts.set(draft.key, structuredClone(draft));
    store.auditEntries = structuredClone(file.audit ?? []);
    return store;
  }

  /** Everything in the store as a file to download; the save is recorded in the audit log. */
  async toFile(options: { role: string }): Promise<DownloadFallback> {
    const savedAt = this.clock();
    const reviews: FileReview[] = [...this.reviews.values()].map((r) => ({
      header: r.header,
      revision: r.revision,
      updatedAt: r.updatedAt,
      entities: [...r.entities.entries()].map(([key, e]) => {
        const [collection, ...id] = key.split('/');
        return { collection: collection as EntityCollection, id: id.join('/'), position: e.position, value: e.value, revision: e.revision, updatedAt: e.updatedAt };
      }),
    }));
    for (const review of reviews) {
      await this.audit({ at: savedAt, action: 'save-working-copy', reviewId: review.header.id, audience: 'internal', role: options.role, reason: 'Working copy saved to a file to resume later.' });
    }
    const documents = [...this.documents.entries()].map(([key, record]) => ({ kind: key.split('/')[0] as StoredDocumentKind, record }));
    const envelope: FileEnvelope = {
      format: FILE_FORMAT,
      formatVersion: FILE_FORMAT_VERSION,
      savedAt,
      reviews,
      documents,
      drafts: [...this.drafts.values()],
      audit: await this.auditLog(),
    };
    return {
      filename: `safeguarding-learning-kit-${savedAt.slice(0, 10)}.json`,
      mimeType: 'application/json',
      contents: `${JSON.stringify(envelope, null, 2)}\n`,
    };
  }
}
