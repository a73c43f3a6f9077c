import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { msg } from '@lit/localize';
import {
  ConflictError,
  IndexedDbStore,
  MemoryStore,
  isAudience,
  parseReview,
  type Audience,
  type PseudonymKey,
  type Review,
  type ReviewStore,
  type StoreChange,
} from '@slk/sdk';
import { SlkElement } from '../internal/slk-element.js';
import { SlkEvent } from '../internal/event.js';
import {
  reviewContext,
  viewFor,
  type ReviewContextValue,
  type ReviewLoadError,
  type ReviewState,
} from '../internal/review-context.js';
import { describeFailure, renderFailure } from '../internal/review-failure.js';
import { styles } from './review.styles.js';

export { describeFailure };

/** Which review is now showing. */
export interface ReviewReadyDetail {
  readonly reviewId: string;
  readonly revision: number;
}

/** The review loaded, or changed in the store (here or in another tab). */
export class SlkReviewReadyEvent extends SlkEvent<ReviewReadyDetail> {
  static readonly eventName = 'slk-review-ready';
  constructor(detail: ReviewReadyDetail) {
    super(SlkReviewReadyEvent.eventName, detail);
  }
}

/** The review could not be shown; `detail.reason` says why (never the data). */
export class SlkReviewErrorEvent extends SlkEvent<ReviewLoadError> {
  static readonly eventName = 'slk-review-error';
  constructor(detail: ReviewLoadError) {
    super(SlkReviewErrorEvent.eventName, detail);
  }
}

/** `store="local"` and `store="memory"` from markup; a `ReviewStore` object from code. */
export type StoreChoice = ReviewStore | 'local' | 'memory';

const storeConverter = {
  fromAttribute: (value: string | null): StoreChoice | undefined =>
    value === 'local' || value === 'memory' ? value : undefined,
  toAttribute: (value: StoreChoice | undefined) => (typeof value === 'string' ? value : null),
};

// Without the attribute the page is internal (the kit's home is the partnership's intranet).
// A value the kit does not know is most likely a misspelt "publication" or "panel": show
// the least, never the most (decision 0010).
const audienceConverter = {
  fromAttribute: (value: string | null): Audience => {
    if (value === null) return 'internal';
    if (isAudience(value)) return value;
    console.warn('<slk-review>: audience must be internal, panel or publication; showing what the public may see.');
    return 'publication';
  },
  toAttribute: (value: Audience) => value,
};


/**
 * Holds one review and its store and shares them, through `@lit/context`, with every kit
 * element inside it, so all the widgets on a page stay in step when one changes data.
 *
 * Three ways in:
 * - `src="child-j.json"` fetches a review file from the host site (same origin unless
 *   `allow-cross-origin` is set), validates it and shows a clear error when it cannot;
 * - `review-id="child-j" store="local"` reads the review kept in this browser (IndexedDB,
 *   the kit's embedded store). With `src` as well, the file seeds the store the first time;
 * - the `.store` and `.review` properties from code.
 *
 * `audience` decides what every element inside shows: `internal` (default) shows the
 * record as stored; `panel` and `publication` show the SDK's redacted copy.
 *
 * @summary Shares one review, and where it is kept, with every kit element inside it.
 *
 * @tag slk-review
 *
 * @slot - The kit elements (and any other content) that show this review.
 *
 * @event {SlkReviewReadyEvent} slk-review-ready - The review loaded or changed; `detail` has its id and revision.
 * @event {SlkReviewErrorEvent} slk-review-error - The review could not be shown; `detail.reason` says why.
 *
 * @csspart base - The wrapper around the status message and the slotted content.
 * @csspart status - The loading or error message.
 *
 * @cssproperty --slk-review-gap - Space between the status message and the content.
 */
export class SlkReview extends SlkElement {
  static override styles = [...SlkElement.styles, styles];

  /** Address of a review JSON file on the host site. */
  @property()
  accessor src: string | undefined;

  /** Fetch `src` from another origin too (the server must allow it through CORS). */
  @property({ type: Boolean, attribute: 'allow-cross-origin' })
  accessor allowCrossOrigin = false;

  /** The id of the review in the store. Optional with `src` or `.review`, which carry it. */
  @property({ attribute: 'review-id' })
  accessor reviewId: string | undefined;

  /**
   * Where the review is kept: `local` (this browser's IndexedDB: survives a reload),
   * `memory` (the default: gone on reload), or a `ReviewStore` object set from code.
   */
  @property({ converter: storeConverter })
  accessor store: StoreChoice | undefined;

  /** IndexedDB database name for `store="local"`. */
  @property()
  accessor database = 'slk';

  /** A review set from code; it is validated, and seeds the store when the store has none. */
  @property({ attribute: false })
  accessor review: Review | undefined;

  /** Who the page is for: `internal`, `panel` or `publication`. Decides what is shown. */
  @property({ converter: audienceConverter, reflect: true })
  accessor audience: Audience = 'internal';

  /**
   * The pseudonym key, set from code, for the named view and for finding names in free text
   * when redacting. Never put a key in a file on a web server.
   */
  @property({ attribute: false })
  accessor key: PseudonymKey | undefined;

  @state() private accessor loadState: ReviewState = 'empty';
  @state() private accessor loaded: { review: Review; revision: number; store: ReviewStore } | undefined;
  @state() private accessor failure: ReviewLoadError | undefined;

  private readonly provider = new ContextProvider(this, { context: reviewContext, initialValue: { state: 'empty', audience: 'internal' } });
  private generation = 0;
  private abort: AbortController | undefined;
  private unsubscribe: (() => void) | undefined;
  private ownedStore: ReviewStore | undefined;
  /** `store="local"` was asked for, but the browser refused IndexedDB: kept in memory instead. */
  @state() private accessor notKept = false;
  private loading: Promise<void> = Promise.resolve();
  private watched: { store: ReviewStore; id: string } | undefined;
  private reported: ReviewLoadError | undefined;

  /** Resolves once the review has loaded (or failed) and the element has rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    await this.loading;
    result = (await super.getUpdateComplete()) && result;
    return result;
  }

  /** Loads the review again from its source. */
  reload(): Promise<void> {
    this.loading = this.load();
    return this.loading;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.generation++;
    this.abort?.abort();
    this.stopListening();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['src', 'reviewId', 'store', 'database', 'review', 'allowCrossOrigin'].some((name) => changed.has(name as keyof SlkReview))) {
      this.loading = this.load();
    }
    this.provider.setValue(this.contextValue());
  }

  private contextValue(): ReviewContextValue {
    const audience = isAudience(this.audience) ? this.audience : 'publication';
    const key = audience === 'internal' ? this.key : undefined;
    if (this.loadState !== 'ready' || !this.loaded) {
      return { state: this.loadState, audience, ...(this.failure ? { error: this.failure } : {}) };
    }
    const view = viewFor(this.loaded.review, audience, this.key, this.locale);
    if ('error' in view) {
      // Redaction fails when the data, audience or key change; tell the host once per failure.
      if (this.reported !== view.error) {
        this.reported = view.error;
        this.dispatchEvent(new SlkReviewErrorEvent(view.error));
      }
      return { state: 'error', audience, error: view.error };
    }
    this.reported = undefined;
    return {
      state: 'ready',
      review: view.review,
      store: this.loaded.store,
      revision: this.loaded.revision,
      audience,
      ...(key ? { key } : {}),
      ...(view.redaction ? { redaction: view.redaction } : {}),
    };
  }

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.watched = undefined;
    this.ownedStore?.close();
    this.ownedStore = undefined;
  }

  private fail(error: ReviewLoadError): void {
    this.loadState = 'error';
    this.failure = error;
    this.loaded = undefined;
    this.dispatchEvent(new SlkReviewErrorEvent(error));
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    this.abort?.abort();
    this.stopListening();
    const current = () => generation === this.generation && this.isConnected;
    if (!this.src && !this.review && !this.reviewId) {
      this.loadState = 'empty';
      this.loaded = undefined;
      this.failure = undefined;
      return;
    }
    this.loadState = 'loading';
    this.failure = undefined;

    // Where the review comes from, if the store does not have it yet.
    let seed: Review | undefined;
    if (this.review) {
      const parsed = parseReview(this.review, { locale: this.locale });
      if (!parsed.ok) return this.fail({ reason: 'invalid', errors: parsed.errors });
      seed = parsed.review;
    }

    let store: ReviewStore;
    try {
      store = await this.openStore();
    } catch {
      if (current()) this.fail({ reason: 'storage' });
      return;
    }
    if (!current()) {
      if (store !== this.store) store.close();
      return;
    }
    if (store !== this.store) this.ownedStore = store;

    try {
      let id = this.reviewId ?? seed?.id;
      let stored = id ? await store.getReview(id) : undefined;
      if (!stored && !seed && this.src) {
        const fetched = await this.fetchReview(this.src);
        if (!current()) return;
        if ('reason' in fetched) return this.fail(fetched);
        seed = fetched;
        id = this.reviewId ?? seed.id;
        stored = await store.getReview(seed.id);
      }
      if (!stored && seed) {
        try {
          stored = await store.putReview(seed, { expectedRevision: null });
        } catch (error) {
          // Another tab (or the host page) stored it first: use theirs, never overwrite it.
          if (!(error instanceof ConflictError)) throw error;
          stored = await store.getReview(seed.id);
        }
      }
      if (!current()) return;
      if (!stored || !id) return this.fail({ reason: 'not-found' });
      this.loaded = { review: stored.value, revision: stored.revision, store };
      this.loadState = 'ready';
      this.watched = { store, id: stored.value.id };
      this.unsubscribe = store.subscribe((change) => void this.onStoreChange(change, generation));
      this.dispatchEvent(new SlkReviewReadyEvent({ reviewId: stored.value.id, revision: stored.revision }));
    } catch {
      if (current()) this.fail({ reason: 'storage' });
    }
  }

  private async openStore(): Promise<ReviewStore> {
    this.notKept = false;
    if (this.store && typeof this.store === 'object') return this.store;
    if (this.store === 'local') {
      try {
        const store = await IndexedDbStore.open({ name: this.database, locale: this.locale });
        void store.requestPersistence().catch(() => false);
        return store;
      } catch (error) {
        // A browser policy, private mode or a full disk can refuse IndexedDB. With a file or
        // a review to show, show it from memory and say that changes will not be kept,
        // rather than show nothing; with neither, there is nothing to show.
        if (!this.src && !this.review) throw error;
        this.notKept = true;
      }
    }
    return new MemoryStore({ locale: this.locale });
  }

  private async fetchReview(src: string): Promise<Review | ReviewLoadError> {
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      return { reason: 'network' };
    }
    if (url.origin !== location.origin && !this.allowCrossOrigin) return { reason: 'cross-origin' };
    this.abort = new AbortController();
    let response: Response;
    try {
      response = await fetch(url, {
        signal: this.abort.signal,
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
    } catch {
      return { reason: 'network' };
    }
    if (!response.ok) return { reason: 'http', status: response.status };
    let data: unknown;
    try {
      data = await response.json();
    } catch {
      return { reason: 'json' };
    }
    const parsed = parseReview(data, { locale: this.locale });
    return parsed.ok ? parsed.review : { reason: 'invalid', errors: parsed.errors };
  }

  private async onStoreChange(change: StoreChange, generation: number): Promise<void> {
    const watched = this.watched;
    if (!watched || generation !== this.generation || change.reviewId !== watched.id) return;
    const loaded = this.loaded;
    try {
      if (change.type === 'review-deleted') {
        this.fail({ reason: 'not-found' });
        return;
      }
      // Deleted and written again (a reset to the sample, an import): show it again.
      if (!loaded) {
        const stored = await watched.store.getReview(watched.id);
        if (generation !== this.generation || !stored) return;
        this.loaded = { review: stored.value, revision: stored.revision, store: watched.store };
        this.loadState = 'ready';
        this.failure = undefined;
        this.dispatchEvent(new SlkReviewReadyEvent({ reviewId: watched.id, revision: stored.revision }));
        return;
      }
      // One entity changed: patch it into the review rather than reading every record again.
      if ((change.type === 'entity' || change.type === 'entity-deleted') && change.collection && change.entityId) {
        const { collection, entityId } = change;
        const entity = change.type === 'entity' ? await loaded.store.getEntity(loaded.review.id, collection, entityId) : undefined;
        if (generation !== this.generation || this.loaded !== loaded) return;
        const list = loaded.review[collection] as ReadonlyArray<{ id: string }>;
        const at = list.findIndex((record) => record.id === entityId);
        const next = [...list];
        if (entity && at >= 0) next[at] = entity.value;
        else if (entity) next.push(entity.value);
        else if (at >= 0) next.splice(at, 1);
        this.loaded = { ...loaded, review: { ...loaded.review, [collection]: next }, revision: change.revision ?? loaded.revision };
      } else {
        const stored = await loaded.store.getReview(loaded.review.id);
        if (generation !== this.generation || !stored) return;
        this.loaded = { review: stored.value, revision: stored.revision, store: loaded.store };
      }
      this.dispatchEvent(new SlkReviewReadyEvent({ reviewId: loaded.review.id, revision: this.loaded.revision }));
    } catch {
      if (generation === this.generation) this.fail({ reason: 'storage' });
    }
  }

  // Typed, so the published .d.ts names lit's types rather than lit-html's (not a dependency).
  override render(): TemplateResult {
    return html`
      <div part="base" lang=${this.locale}>
        ${this.renderStatus()}
        <slot></slot>
      </div>
    `;
  }

  private renderStatus() {
    if (this.loadState === 'loading') {
      return html`<p part="status" class="status" role="status">${msg('Loading the review…')}</p>`;
    }
    const error = this.loadState === 'error' ? this.failure : this.provider.value?.error;
    if (!error && this.notKept && this.loadState === 'ready') {
      return html`<p part="status" class="status status--warning" role="status">
        ${msg('This browser cannot keep the review, so changes made here will be lost when you leave the page. Download a copy to keep your work.')}
      </p>`;
    }
    if (!error) return nothing;
    return html`
      <div part="status" class="status status--error" role="alert">
        ${renderFailure(error)}
      </div>
    `;
  }
}
