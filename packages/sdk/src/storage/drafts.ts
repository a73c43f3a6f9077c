/**
 * Drafts that are never lost: forms and worksheets save what has been typed on every change
 * (debounced), restore it after a reload or a crashed tab, and discard it only when told to.
 * Drafts expire after a set time (30 days by default) and `purgeDrafts()` clears them all,
 * for sign-out on a shared computer.
 *
 * When saving fails (storage full, private browsing, the browser evicted the data), the
 * caller gets a {@link StorageError} it can show, carrying a download of the latest input:
 * nothing is swallowed, and the last thing typed can always be kept.
 */
import { StorageError, type DownloadFallback } from './store.js';
import { systemClock, type Clock } from './records.js';

export const DEFAULT_DRAFT_TTL_DAYS = 30;

export interface DraftRecord<T = unknown> {
  readonly key: string;
  /** What the draft is of, such as `feedback-response` or `loop-worksheet`. */
  readonly kind: string;
  readonly value: T;
  /** ISO instants. */
  readonly savedAt: string;
  readonly expiresAt: string;
}

export interface DraftSaveOptions {
  readonly kind?: string;
  /** Days until the draft expires. Default 30. */
  readonly ttlDays?: number;
}

/** Draft storage; every adapter implements it beside {@link ReviewStore}. */
export interface DraftStore {
  saveDraft<T>(key: string, value: T, options?: DraftSaveOptions): Promise<DraftRecord<T>>;
  /** The draft, or undefined when there is none or it has expired (expired drafts are removed). */
  loadDraft<T = unknown>(key: string): Promise<DraftRecord<T> | undefined>;
  discardDraft(key: string): Promise<void>;
  listDrafts(): Promise<DraftRecord[]>;
  /** Removes every draft, as at sign-out. */
  purgeDrafts(): Promise<void>;
  /** Removes expired drafts; resolves to how many. */
  purgeExpiredDrafts(): Promise<number>;
}

const DAY = 86_400_000;

/** The record a store keeps for a draft saved now. */
export function draftRecord<T>(key: string, value: T, options: DraftSaveOptions, clock: Clock = systemClock): DraftRecord<T> {
  const savedAt = clock();
  const ttl = options.ttlDays ?? DEFAULT_DRAFT_TTL_DAYS;
  return {
    key,
    kind: options.kind ?? 'draft',
    value,
    savedAt,
    expiresAt: new Date(Date.parse(savedAt) + ttl * DAY).toISOString(),
  };
}

export function isExpired(record: DraftRecord, clock: Clock = systemClock): boolean {
  return Date.parse(record.expiresAt) <= Date.parse(clock());
}

/** A draft as a file to download: the fallback when it cannot be saved in the browser. */
export function draftDownload(key: string, kind: string, value: unknown, clock: Clock = systemClock): DownloadFallback {
  const savedAt = clock();
  return {
    filename: `${kind}-draft-${savedAt.slice(0, 10)}.json`,
    mimeType: 'application/json',
    contents: `${JSON.stringify({ format: 'slk-draft', key, kind, savedAt, value }, null, 2)}\n`,
  };
}

/** Reads a draft file made by {@link draftDownload}, to resume from it. */
export function readDraftFile(text: string): { key: string; kind: string; value: unknown } | undefined {
  try {
    const file = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    if (file['format'] !== 'slk-draft' || typeof file['key'] !== 'string' || typeof file['kind'] !== 'string') return undefined;
    return { key: file['key'], kind: file['kind'], value: file['value'] };
  } catch {
    return undefined;
  }
}

export interface DraftSaverOptions extends DraftSaveOptions {
  /** Wait this long after the last change before saving. Default 400 ms. */
  readonly debounceMs?: number;
  /** Called when a save fails, with the error and a download of the latest input. */
  readonly onError?: (error: StorageError) => void;
  /** Called after each successful save. */
  readonly onSaved?: (record: DraftRecord) => void;
  readonly clock?: Clock;
}

/**
 * Saves one draft as it changes. Call `update` on every change; it saves after a pause.
 * `flush` saves now and resolves once the latest value is stored (or rejects with a
 * {@link StorageError} that carries it as a download).
 */
export class DraftSaver<T> {
  private latest: { value: T } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DraftStore,
    readonly key: string,
    private readonly options: DraftSaverOptions = {},
  ) {}

  /** Whether there is input not yet confirmed as saved. */
  get pending(): boolean {
    return this.latest !== undefined;
  }

  /** Records a change; it is saved after a short pause. */
  update(value: T): void {
    this.latest = { value };
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(() => {
        // Already reported through onError; the value stays pending for the next attempt.
      });
    }, this.options.debounceMs ?? 400);
  }

  /** Saves the latest value now. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    // Saves run one after another, so an older value can never overwrite a newer one.
    this.saving = this.saving.catch(() => undefined).then(() => this.saveLatest());
    return this.saving;
  }

  private async saveLatest(): Promise<void> {
    const pending = this.latest;
    if (!pending) return;
    try {
      const record = await this.store.saveDraft(this.key, pending.value, this.options);
      // Only clear what was saved: a newer change made meanwhile stays pending.
      if (this.latest === pending) this.latest = undefined;
      this.options.onSaved?.(record);
    } catch (cause) {
      const kind = this.options.kind ?? 'draft';
      const base = cause instanceof StorageError ? cause : new StorageError('unknown', undefined, { cause });
      const error = base.withFallback(draftDownload(this.key, kind, pending.value, this.options.clock));
      this.options.onError?.(error);
      throw error;
    }
  }

  /** The saved draft, if there is one and it has not expired. */
  async restore(): Promise<T | undefined> {
    const record = await this.store.loadDraft<T>(this.key);
    return record?.value;
  }

  /** Forgets the draft, saved and unsaved. */
  async discard(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.latest = undefined;
    await this.saving.catch(() => undefined);
    await this.store.discardDraft(this.key);
  }

  /** Stops the pending timer (for components that disconnect); call flush first to keep input. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
