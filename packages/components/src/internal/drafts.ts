import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DraftSaver, IndexedDbStore, type DraftRecord, type DraftStore, type Locale, type ReviewStore, type StorageError } from '@slk/sdk';
import { downloadFile } from './review-view.js';

/** Where a draft is, as shown to the person typing. */
export type DraftState = 'checking' | 'idle' | 'saving' | 'saved' | 'failed' | 'unavailable';

/** One IndexedDB store per page for drafts of elements that are not inside `<slk-review>`. */
let localDrafts: Promise<DraftStore | undefined> | undefined;
function openLocalDrafts(): Promise<DraftStore | undefined> {
  localDrafts ??= IndexedDbStore.open({ name: 'slk' }).catch(() => undefined);
  return localDrafts;
}

function isDraftStore(store: ReviewStore | undefined): store is ReviewStore & DraftStore {
  return !!store && typeof (store as Partial<DraftStore>).saveDraft === 'function';
}

/**
 * Where an element keeps its drafts: the store it was given, else its `<slk-review>` store,
 * else this browser's own. `undefined` while a provider is still opening its store (wait for
 * it rather than use the browser's), and a resolved `undefined` when nothing can save.
 */
export function draftStoreFor(own: DraftStore | undefined, provider: { readonly state: string; readonly store?: ReviewStore | undefined } | undefined): Promise<DraftStore | undefined> | undefined {
  if (own) return Promise.resolve(own);
  if (provider?.store) return Promise.resolve(isDraftStore(provider.store) ? provider.store : undefined);
  if (provider?.state === 'loading') return undefined;
  return openLocalDrafts();
}

const unsavedKey = (draftKey: string) => `slk-unsaved:${draftKey}`;

export interface DraftKeeperOptions<T> {
  /** What the draft is of, such as `feedback-response`: recorded with it and in the download's name. */
  readonly kind: string;
  /** Whether a stored value is one this element wrote (drafts outlive releases). */
  readonly accept: (value: unknown) => value is T;
  /** Told when saving fails, to announce it. */
  readonly onFailed?: () => void;
  readonly debounceMs?: number;
}

/**
 * Keeps one element's draft: restores it, saves every change after a pause through the SDK's
 * `DraftSaver`, and says where it is (`state`, `savedAt`) for the element to show. The last
 * change is flushed when the tab is hidden or closed, and also written to session storage at
 * once, because an IndexedDB write started as a page unloads may never finish; it is read
 * back (if newer) when the draft is next opened.
 */
export class DraftKeeper<T> implements ReactiveController {
  state: DraftState = 'checking';
  /** When the draft was last saved (ISO instant), or ''. */
  savedAt = '';
  /** The key of the draft being kept, or '' before one is opened. */
  key = '';
  private saver: DraftSaver<T> | undefined;
  private latest: T | undefined;
  private failure: StorageError | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: DraftKeeperOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
    // Keep what was typed: save it now rather than after the pause.
    this.saver?.flush().catch(() => undefined);
    this.saver?.dispose();
  }

  /** Whether there are changes not yet confirmed as saved. */
  get pending(): boolean {
    return !!this.saver?.pending;
  }

  /**
   * Opens the draft at `key` in `store` and returns what was saved (newest of the store and
   * session storage), `undefined` when there is none, or `null` when the host should keep
   * what it shows: another key was opened meanwhile, or the user typed while this one was read.
   */
  async open(key: string, store: Promise<DraftStore | undefined>): Promise<DraftRecord<T> | undefined | null> {
    this.key = key;
    // Input given before any draft was open, or while one was still being read (the first
    // moments after the page shows), belongs to this draft: keep it to save below.
    const early = this.state === 'checking' ? this.latest : undefined;
    this.saver?.dispose();
    this.saver = undefined;
    this.latest = early;
    this.set('checking');
    const drafts = await store;
    if (this.key !== key) return null;
    if (!drafts) {
      this.set('unavailable');
      return undefined;
    }
    let record: DraftRecord<T> | undefined;
    try {
      const found = await drafts.loadDraft<unknown>(key);
      record = found && this.options.accept(found.value) ? (found as DraftRecord<T>) : undefined;
    } catch {
      record = undefined;
    }
    if (this.key !== key) return null;
    const unsaved = this.takeUnsaved();
    const newer = unsaved && (!record || unsaved.savedAt > record.savedAt) ? unsaved : undefined;
    if (newer) record = { key, kind: this.options.kind, value: newer.value, savedAt: newer.savedAt, expiresAt: record?.expiresAt ?? newer.savedAt };
    this.saver = new DraftSaver<T>(drafts, key, {
      kind: this.options.kind,
      debounceMs: this.options.debounceMs ?? 300,
      onSaved: (saved) => {
        this.failure = undefined;
        this.savedAt = saved.savedAt;
        if (!this.saver?.pending) this.set('saved');
      },
      onError: (error) => {
        this.failure = error;
        this.set('failed');
        this.options.onFailed?.();
      },
    });
    // Typed while the draft was being read: the newest input wins, as it does over session
    // storage below. It is saved now, and `null` tells the host to keep what it shows.
    const typed = this.latest;
    if (typed !== undefined) {
      if (record) this.savedAt = record.savedAt;
      this.update(typed);
      return null;
    }
    // What was kept in session storage at unload is saved properly now.
    if (newer) this.update(newer.value);
    if (record) {
      this.savedAt = record.savedAt;
      if (!newer) this.set('saved');
    } else {
      this.set('idle');
    }
    return record;
  }

  /** Records a change; it is saved after a short pause. */
  update(value: T): void {
    this.latest = value;
    if (!this.saver) return;
    this.saver.update(value);
    this.set('saving');
  }

  /** Forgets the draft: on sending, on clearing, or when the host's form is submitted. */
  async discard(): Promise<void> {
    this.takeUnsaved();
    this.latest = undefined;
    if (!this.saver) return;
    await this.saver.discard();
    this.set('idle');
  }

  /** Offers the latest input as a file: the way to keep it when the browser cannot. */
  download(root: ShadowRoot | HTMLElement, filename: string, value: T | undefined = this.latest): void {
    const file = this.failure?.fallback ?? {
      filename,
      mimeType: 'application/json',
      contents: `${JSON.stringify({ format: 'slk-draft', key: this.key, kind: this.options.kind, value }, null, 2)}\n`,
    };
    downloadFile(root, file);
  }

  readonly flush = (): void => {
    this.keepUnsaved();
    this.saver?.flush().catch(() => undefined);
  };

  private readonly onVisibility = (): void => {
    // A laptop closing or a tab being hidden may be the last chance to save.
    if (document.visibilityState === 'hidden') this.flush();
  };

  private set(state: DraftState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private keepUnsaved(): void {
    if (!this.saver?.pending || !this.key || this.latest === undefined) return;
    try {
      sessionStorage.setItem(unsavedKey(this.key), JSON.stringify({ savedAt: new Date().toISOString(), value: this.latest }));
    } catch {
      // Storage blocked or full: the IndexedDB write may still finish.
    }
  }

  /** What was kept in session storage as the page unloaded, removed as it is read. */
  private takeUnsaved(): { savedAt: string; value: T } | undefined {
    if (!this.key) return undefined;
    try {
      const text = sessionStorage.getItem(unsavedKey(this.key));
      sessionStorage.removeItem(unsavedKey(this.key));
      const kept = text ? (JSON.parse(text) as { savedAt?: unknown; value?: unknown }) : undefined;
      if (typeof kept?.savedAt !== 'string' || !this.options.accept(kept.value)) return undefined;
      return { savedAt: kept.savedAt, value: kept.value };
    } catch {
      return undefined;
    }
  }
}

/** When a draft was saved, in the reader's words: "10:42" today, "10:42 on 3 March" before. */
export function savedTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const tag = locale === 'cy' ? 'cy-GB' : 'en-GB';
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  if (date.toDateString() === new Date().toDateString()) return time;
  const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long' }).format(date);
  return msg(str`${time} on ${day}`);
}

/** What a component says about its draft, and how "clear" is asked and answered. */
export interface DraftPanelOptions {
  readonly id: string;
  readonly keeper: DraftKeeper<unknown>;
  readonly locale: Locale;
  /** Said before anything is saved (or when nothing needs to be). */
  readonly idle: TemplateResult | string;
  /** Said when the browser cannot save drafts at all. */
  readonly unavailable: string;
  /** The label of the download offered when saving fails or is not possible. */
  readonly download: string;
  readonly onDownload: () => void;
  /** Offered when there is something to clear. */
  readonly clear?: {
    readonly confirming: boolean;
    readonly disabled?: boolean;
    readonly label: string;
    readonly question: string;
    readonly yes: string;
    readonly keep: string;
    readonly onAsk: () => void;
    readonly onClear: () => void;
    readonly onKeep: () => void;
  };
}

/**
 * The line under a form or worksheet that always says where its draft is, with a download
 * when it cannot be saved, and "clear" behind a confirmation. One rendering, so every
 * component's drafts read and behave the same.
 */
export function draftPanel(o: DraftPanelOptions): TemplateResult {
  const download = html`<button type="button" class="link-button" @click=${o.onDownload}>${o.download}</button>`;
  let status: TemplateResult | string;
  switch (o.keeper.state) {
    case 'saved':
      status = msg(str`Saved on this device at ${savedTime(o.keeper.savedAt, o.locale)}.`);
      break;
    case 'saving':
      status = msg('Saving on this device…');
      break;
    case 'failed':
      status = html`<strong>${msg('Not saved on this device.')}</strong> ${download}`;
      break;
    case 'unavailable':
      status = html`<strong>${o.unavailable}</strong> ${download}`;
      break;
    default:
      status = o.idle;
  }
  const clear = o.clear;
  return html`<div class="draft" part="draft-status">
    <p class="draft__status">${status}</p>
    ${clear && !clear.confirming ? html`<button type="button" class="link-button" ?disabled=${!!clear.disabled} @click=${clear.onAsk}>${clear.label}</button>` : nothing}
    ${clear?.confirming
      ? html`<div class="confirm" role="group" aria-labelledby="${o.id}-clear-title">
          <p id="${o.id}-clear-title">${clear.question}</p>
          <div class="form-actions">
            <button type="button" class="button button--warning" @click=${clear.onClear}>${clear.yes}</button>
            <button type="button" class="button button--secondary" @click=${clear.onKeep}>${clear.keep}</button>
          </div>
        </div>`
      : nothing}
  </div>`;
}
