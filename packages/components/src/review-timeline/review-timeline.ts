import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import {
  AUDIENCES,
  SIGNIFICANCE,
  SUBJECT_ROLES,
  ConflictError,
  StoreValidationError,
  ExportError,
  exportReview,
  formatPartialDate,
  labelOf,
  parseEntity,
  reidentify,
  safeParsePartialDate,
  toIsoDate,
  dayNumber,
  fromIsoDate,
  weekday,
  type Audience,
  type ChronologyEntry,
  type ExportFormat,
  type PartialDate,
  type PseudonymKey,
  type Review,
  type ReviewStore,
  type ValidationError,
} from '@slk/sdk';
import { SlkReviewElement } from '../internal/review-element.js';
import { SlkAuditEvent, SlkEvent } from '../internal/event.js';
import { downloadFile, hashParams, hashPart, writeHashPart } from '../internal/review-view.js';
import { formStyles } from '../internal/form-styles.js';
import { auditInto, excerpt, fieldOf, newId, textOf, unredactedExportDialog } from '../internal/forms.js';
import {
  EMPTY_FILTER,
  applyFilter,
  binRows,
  extentOf,
  filterFromParams,
  filterToParams,
  inWindow,
  isFiltered,
  laneAgencies,
  panWindow,
  prepareRows,
  startsPeriod,
  zoomWindow,
  type Significance,
  type TimelineFilter,
  type TimelineRow,
  type TimeWindow,
} from './timeline-model.js';
import { agencyClass, agencyShape } from './timeline-shapes.js';
import { styles } from './review-timeline.styles.js';

// --- Events ------------------------------------------------------------------------------

/** Which entry the reader chose. */
export interface EntrySelectDetail {
  readonly entry: ChronologyEntry;
}

/** The reader chose an entry (Enter or a click, in either view). */
export class SlkEntrySelectEvent extends SlkEvent<EntrySelectDetail> {
  static readonly eventName = 'slk-entry-select';
  constructor(detail: EntrySelectDetail) {
    super(SlkEntrySelectEvent.eventName, detail);
  }
}

/** What an edit did. `previous` is absent for a new entry; `entry` is absent after a delete. */
export interface EntryChangeDetail {
  readonly action: 'create' | 'update' | 'delete';
  readonly entry?: ChronologyEntry;
  readonly previous?: ChronologyEntry;
  /** Whether the change was saved to a store; `false` when the element holds its own `.review`. */
  readonly saved: boolean;
}

/** An entry was added, changed or deleted through the element's form. */
export class SlkEntryChangeEvent extends SlkEvent<EntryChangeDetail> {
  static readonly eventName = 'slk-entry-change';
  constructor(detail: EntryChangeDetail) {
    super(SlkEntryChangeEvent.eventName, detail);
  }
}

/** The filter now applied and how many entries it shows. */
export interface FilterChangeDetail {
  readonly filter: TimelineFilter;
  readonly shown: number;
  readonly total: number;
}

/** The reader changed the filter or search. */
export class SlkFilterChangeEvent extends SlkEvent<FilterChangeDetail> {
  static readonly eventName = 'slk-filter-change';
  constructor(detail: FilterChangeDetail) {
    super(SlkFilterChangeEvent.eventName, detail);
  }
}

export { SlkAuditEvent };

export type TimelineView = 'list' | 'lanes';

/** Rows drawn one by one in the lane view; above this, entries are counted per slice. */
const MAX_MARKS = 400;
/** Slices per lane when counting; each count is one focusable bar. */
const MAX_SLICES = 24;
/** Rows kept rendered above and below the visible part of the list. */
const OVERSCAN = 3;
const ESTIMATED_ROW = 160;

const LABEL_WIDTH = 112;
const AXIS_HEIGHT = 30;
const KPE_ROW = 22;
const LANE_HEIGHT = 44;
const RIGHT_GAP = 16;

interface FormState {
  readonly mode: 'create' | 'edit';
  readonly original?: ChronologyEntry;
  readonly revision: number | null;
  readonly errors: readonly ValidationError[];
  readonly conflict?: ConflictError<unknown> | undefined;
  /** What the conflict stopped: a save offers "Save my version anyway", a delete "Delete anyway". */
  readonly conflictOn?: 'save' | 'delete' | undefined;
  readonly confirmDelete?: boolean;
  readonly busy?: boolean;
  readonly failed?: boolean;
  /** The file name of the copy of the form just downloaded after a failed save. */
  readonly downloaded?: string | undefined;
}

interface ExportState {
  readonly format: ExportFormat;
  readonly problem?: string;
}

/**
 * The merged multi-agency chronology of a practice review, with two synchronised views of
 * the same entries: an accessible **list** (the primary view: entries in date order, grouped
 * by period, each with its date and how certain it is, agency, event, action taken, outcome,
 * source and key practice episodes) and **lanes** (one per agency on a zoomable time axis,
 * episodes drawn as spans, uncertain dates drawn as ranges, never as false points).
 *
 * Inside `<slk-review>` it shows that review and saves edits to its store; on its own, set
 * the `review` property. Filter by agency, dates, episode, significance and words; with
 * `sync-url` the filter is kept in the address, so a view can be shared. With `editable`,
 * entries can be added, changed and deleted through a form validated by the SDK.
 * Long chronologies stay fast: only the entries in view are rendered.
 *
 * @summary The multi-agency chronology: a list and agency lanes, with filters, editing, export and print.
 *
 * @tag slk-review-timeline
 *
 * @event {SlkEntrySelectEvent} slk-entry-select - The reader chose an entry; `detail.entry` is the entry.
 * @event {SlkEntryChangeEvent} slk-entry-change - An entry was created, updated or deleted through the form.
 * @event {SlkFilterChangeEvent} slk-filter-change - The reader changed the filter; `detail` has the filter and counts.
 * @event {SlkAuditEvent} slk-audit - An unredacted (internal) export was made; `detail` is the audit entry.
 *
 * @csspart base - The component's main wrapper.
 * @csspart toolbar - The view switch, filters and downloads.
 * @csspart filters - The filter controls.
 * @csspart list - The chronology list (the scrolling box).
 * @csspart period - A period heading in the list (a month or a year).
 * @csspart current-period - The period of the entries at the top of the list, kept in view while scrolling.
 * @csspart entry - One entry, in the list or the details panel.
 * @csspart kpe-badge - A key practice episode an entry belongs to.
 * @csspart lanes - The lane view's drawing.
 * @csspart lane - One agency's lane.
 * @csspart lane-label - An agency's lane label.
 * @csspart mark - An entry (or a count of entries) drawn in a lane.
 * @csspart kpe-span - A key practice episode drawn across the lanes.
 * @csspart details - The panel showing the entry chosen in the lane view.
 * @csspart form - The entry form.
 * @csspart message - Empty, loading and error messages.
 *
 * @cssproperty --slk-timeline-height - Height of the scrolling list (default 70vh).
 * @cssproperty --slk-timeline-gap - Space between the toolbar, the views and entries.
 * @cssproperty --slk-timeline-entry-background - Background of an entry.
 * @cssproperty --slk-timeline-entry-border - Border colour of an entry.
 * @cssproperty --slk-timeline-selected-color - Colour marking the chosen entry.
 * @cssproperty --slk-timeline-kpe-color - Colour of key practice episode spans and badges.
 * @cssproperty --slk-timeline-lane-background - Background of alternate lanes.
 * @cssproperty --slk-timeline-agency-1 - Colour of the first agency (and so on to --slk-timeline-agency-8).
 */
export class SlkReviewTimeline extends SlkReviewElement {
  static override styles = [...SlkReviewElement.styles, formStyles, styles];

  /** A pseudonym key, set from code, to offer the named view (internal audience only). */
  @property({ attribute: false })
  accessor key: PseudonymKey | undefined;

  protected override get ownKey(): PseudonymKey | undefined {
    return this.key;
  }

  /** Which view is showing: `list` (default) or `lanes`. */
  @property({ reflect: true })
  accessor view: TimelineView = 'list';


  /** Keep the filter in the address (`#timeline=…`), so the view can be bookmarked and shared. */
  @property({ type: Boolean, attribute: 'sync-url' })
  accessor syncUrl = false;


  /** The current filter. Set it from code to filter; the reader's changes fire `slk-filter-change`. */
  @property({ attribute: false })
  accessor filter: TimelineFilter = EMPTY_FILTER;


  @state() private accessor range = { first: 0, last: 7 };
  @state() private accessor activeId: string | undefined;
  @state() private accessor selectedId: string | undefined;
  @state() private accessor laneActive: string | undefined;
  @state() private accessor window: TimeWindow | undefined;
  @state() private accessor named = false;
  @state() private accessor form: FormState | undefined;
  @state() private accessor exporting: ExportState | undefined;
  @state() private accessor printing = false;
  @state() private accessor announcement = '';
  @state() private accessor width = 800;
  @state() private accessor binFocused = '';
  /** The row at the top of the list's visible part, whose period the sticky heading shows. */
  @state() private accessor topIndex = 0;

  @query('.list-scroller') private accessor scroller: HTMLElement | null = null;
  @query('dialog.form-dialog') private accessor formDialog: HTMLDialogElement | null = null;
  @query('dialog.export-dialog') private accessor exportDialog: HTMLDialogElement | null = null;

  private rowsFor: { review: Review | undefined; rows: TimelineRow[] } = { review: undefined, rows: [] };
  private shownFor: { rows: TimelineRow[] | undefined; filter: TimelineFilter | undefined; shown: TimelineRow[] } = { rows: undefined, filter: undefined, shown: [] };
  private heights = new Map<string, number>();
  private estimate: number | undefined;
  private spacers: [number, number] = [0, 0];
  private offsets = new Float64Array(1);
  private offsetsFor: TimelineRow[] | undefined;
  private offsetsDirty = true;
  private scrollFrame = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private returnFocusTo: HTMLElement | undefined;
  private readonly instanceId = `tl${Math.random().toString(36).slice(2, 8)}`;

  // --- Data -------------------------------------------------------------------------------


  /** The element's own audience, else its provider's (which it may narrow, never widen), else internal. */
  private get effectiveAudience(): Audience {
    return this.shown.audience;
  }

  private get store(): ReviewStore | undefined {
    return this.shown.store;
  }


  private get pseudonymKey(): PseudonymKey | undefined {
    return this.shown.key;
  }

  private rows(review: Review | undefined): TimelineRow[] {
    if (this.rowsFor.review !== review) this.rowsFor = { review, rows: review ? prepareRows(review) : [] };
    return this.rowsFor.rows;
  }

  private filtered(rows: TimelineRow[]): TimelineRow[] {
    if (this.shownFor.rows !== rows || this.shownFor.filter !== this.filter) {
      this.shownFor = { rows, filter: this.filter, shown: applyFilter(rows, this.filter) };
    }
    return this.shownFor.shown;
  }

  // --- Lifecycle --------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    window.addEventListener('hashchange', this.onHashChange);
    if (this.syncUrl) this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    window.removeEventListener('hashchange', this.onHashChange);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.scrollFrame);
    cancelAnimationFrame(this.measureFrame);
    this.scrollFrame = 0;
    this.measureFrame = 0;
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && this.hasUpdated) this.readHash();
    if (changed.has('filter')) {
      // Code may set a partial filter ({ significance: 'high' }): fill in the rest.
      if (!Array.isArray(this.filter.agencies) || typeof this.filter.query !== 'string') this.filter = { ...EMPTY_FILTER, ...this.filter };
      this.offsetsDirty = true;
      this.window = undefined;
    }
  }

  private measureFrame = 0;

  protected override updated(): void {
    this.observeSize();
    // Spacer heights stand in for the rows not rendered. Set through the CSSOM, which a
    // strict CSP allows (a style attribute, or styleMap's first render, it blocks).
    const [before, after] = this.spacers;
    this.renderRoot.querySelector<HTMLElement>('.spacer--before')?.style.setProperty('height', `${before}px`);
    this.renderRoot.querySelector<HTMLElement>('.spacer--after')?.style.setProperty('height', `${after}px`);
    // Measure after layout, outside the update, so a changed height schedules one more render.
    if (this.view === 'list' && !this.measureFrame) {
      this.measureFrame = requestAnimationFrame(() => {
        this.measureFrame = 0;
        this.measureRows();
        this.updateRange();
      });
    }
  }

  private observeSize(): void {
    if (this.resizeObserver || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && Math.abs(width - this.width) > 1) this.width = width;
      this.updateRange();
    });
    this.resizeObserver.observe(this);
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    // Print layout happens straight after this event: render the full table now.
    this.performUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  private readonly onHashChange = (): void => {
    if (this.syncUrl) this.readHash(true);
  };

  private get hashKey(): string {
    return this.id || 'timeline';
  }

  /** This element's part of the address as last read or written; undefined when it had none. */
  private hashPart: string | undefined;

  /**
   * Applies this element's part of the address. On loading, an address without that part
   * leaves the filter alone (code may have set one); on `hashchange`, a part that has gone
   * means the reader went back to the unfiltered list.
   */
  private readHash(onHashChange = false): void {
    const part = hashPart(this.hashKey);
    if (onHashChange ? part === this.hashPart : !part) return;
    this.hashPart = part;
    const params = hashParams(this.hashKey, part);
    const filter = filterFromParams(params);
    // The address names the lane view only; without it, the list is showing.
    this.view = params.get('view') === 'lanes' ? 'lanes' : 'list';
    if (JSON.stringify(filter) !== JSON.stringify(this.filter)) this.filter = filter;
  }

  private writeHash(): void {
    if (!this.syncUrl) return;
    const params = filterToParams(this.filter);
    if (this.view !== 'list') params.set('view', this.view);
    this.hashPart = writeHashPart(this.hashKey, params);
  }

  // --- Filter -----------------------------------------------------------------------------

  private setFilter(next: TimelineFilter): void {
    this.filter = next;
    this.writeHash();
    const { review } = this.shown;
    const rows = this.rows(review);
    const shown = this.filtered(rows);
    if (this.scroller) this.scroller.scrollTop = 0;
    this.offsetsDirty = true;
    this.range = { first: 0, last: 0 };
    this.updateRange();
    this.dispatchEvent(new SlkFilterChangeEvent({ filter: next, shown: shown.length, total: rows.length }));
    // Announce once typing pauses, so a screen reader is not interrupted on every key.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText(shown.length, rows.length);
    }, 500);
  }

  private countText(shown: number, total: number): string {
    if (shown === total) return total === 1 ? msg('Showing 1 entry') : msg(str`Showing all ${total} entries`);
    return msg(str`Showing ${shown} of ${total} entries`);
  }

  private toggleAgency(id: string, all: readonly string[], checked: boolean): void {
    const current = this.filter.noAgencies ? [] : this.filter.agencies.length ? this.filter.agencies : all;
    const next = checked ? [...new Set([...current, id])] : current.filter((a) => a !== id);
    this.setAgencies(all.filter((a) => next.includes(a)), all);
  }

  /** Shows the entries of `agencies`: all of them is the unfiltered `[]`, none is `noAgencies`. */
  private setAgencies(agencies: readonly string[], all: readonly string[]): void {
    const shown = agencies.length === all.length ? [] : agencies;
    this.setFilter(withOptional({ ...this.filter, agencies: shown }, 'noAgencies', agencies.length === 0));
  }

  // --- Rendering --------------------------------------------------------------------------

  protected override defaultLabel(): string {
    return msg('Chronology');
  }

  protected override stateText() {
    return {
      loading: msg('Loading the chronology…'),
      providerFailed: msg('The chronology cannot be shown because the review did not load. The message above says why.'),
    };
  }

  protected override renderReview(review: Review): TemplateResult {
    const rows = this.rows(review);
    const shown = this.filtered(rows);
    const title = review.title;
    return html`
      <header class="heading screen-only">
        <h2 class="title">${this.regionName}</h2>
        <p class="subtitle">${title} · ${labelOf(AUDIENCES, this.effectiveAudience, this.locale)}</p>
      </header>
      ${this.renderToolbar(review, rows, shown)}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      <div class="screen-only">
        ${rows.length === 0
          ? this.renderNoEntries()
          : shown.length === 0
            ? html`<div part="message" class="message">
                <p><strong>${msg('No entries match these filters.')}</strong></p>
                <button type="button" class="button button--secondary" @click=${this.clearFilters}>${msg('Clear filters')}</button>
              </div>`
            : this.view === 'lanes'
              ? this.renderLanes(review, shown)
              : this.renderList(review, shown)}
      </div>
      ${this.printing ? this.renderPrint(review, rows, shown) : nothing}
      ${this.canEdit ? this.renderFormDialog(review) : nothing}
      ${this.renderExportDialog()}
    `;
  }

  private renderNoEntries(): TemplateResult {
    return html`<div part="message" class="message">
      <p><strong>${msg('This review has no chronology entries yet.')}</strong></p>
      <p>
        ${this.canEdit
          ? msg('Add the first entry: each one needs a date, an agency, what happened and where it is recorded.')
          : msg('Entries appear here when agencies’ chronologies are added to the review.')}
      </p>
    </div>`;
  }

  private readonly clearFilters = (): void => {
    this.setFilter(EMPTY_FILTER);
    this.renderRoot.querySelector<HTMLElement>('input[type="search"]')?.focus();
  };

  private renderToolbar(review: Review, rows: TimelineRow[], shown: TimelineRow[]): TemplateResult {
    const f = this.filter;
    const allAgencies = review.agencies.map((a) => a.id);
    const id = this.instanceId;
    return html`
      <div part="toolbar" class="toolbar screen-only">
        <div class="toolbar__row">
          <div class="views" role="group" aria-label=${msg('View')}>
            <button type="button" class="toggle" aria-pressed=${this.view === 'list' ? 'true' : 'false'} @click=${() => this.switchView('list')}>${msg('List')}</button>
            <button type="button" class="toggle" aria-pressed=${this.view === 'lanes' ? 'true' : 'false'} @click=${() => this.switchView('lanes')}>${msg('Agency lanes')}</button>
          </div>
          <div class="actions">
            ${this.pseudonymKey
              ? html`<button type="button" class="toggle" aria-pressed=${this.named ? 'true' : 'false'} @click=${() => (this.named = !this.named)}>${msg('Show real names')}</button>`
              : nothing}
            ${this.canEdit ? html`<button type="button" class="button" @click=${(e: Event) => this.openForm(undefined, e.currentTarget as HTMLElement)}>${msg('Add entry')}</button>` : nothing}
            <button type="button" class="button button--secondary" @click=${() => this.startExport('chronology-csv')}>${msg('Download CSV')}</button>
            <button type="button" class="button button--secondary" @click=${() => this.startExport('json')}>${msg('Download JSON')}</button>
          </div>
        </div>
        <div part="filters" class="filters">
          <div class="field field--search">
            <label for="${id}-q">${msg('Search the chronology')}</label>
            <input id="${id}-q" type="search" .value=${f.query} autocomplete="off"
              @input=${(e: Event) => this.setFilter({ ...this.filter, query: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="${id}-from">${msg('From')}</label>
            <input id="${id}-from" type="date" .value=${f.from ?? ''}
              @change=${(e: Event) => this.setFilter(withOptional(this.filter, 'from', (e.target as HTMLInputElement).value))} />
          </div>
          <div class="field">
            <label for="${id}-to">${msg('To')}</label>
            <input id="${id}-to" type="date" .value=${f.to ?? ''}
              @change=${(e: Event) => this.setFilter(withOptional(this.filter, 'to', (e.target as HTMLInputElement).value))} />
          </div>
          <div class="field">
            <label for="${id}-kpe">${msg('Key practice episode')}</label>
            <select id="${id}-kpe" @change=${(e: Event) => this.setFilter(withOptional(this.filter, 'kpe', (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!f.kpe}>${msg('Any')}</option>
              ${review.keyPracticeEpisodes.map((k) => html`<option value=${k.id} ?selected=${f.kpe === k.id}>${k.title}</option>`)}
              <option value="none" ?selected=${f.kpe === 'none'}>${msg('Not in an episode')}</option>
            </select>
          </div>
          <div class="field">
            <label for="${id}-sig">${msg('Significance')}</label>
            <select id="${id}-sig" @change=${(e: Event) => this.setFilter(withOptional(this.filter, 'significance', (e.target as HTMLSelectElement).value as Significance))}>
              <option value="" ?selected=${!f.significance}>${msg('All entries')}</option>
              <option value="medium" ?selected=${f.significance === 'medium'}>${msg('Relevant and significant')}</option>
              <option value="high" ?selected=${f.significance === 'high'}>${msg('Significant only')}</option>
            </select>
          </div>
          <fieldset class="agencies">
            <legend>${msg('Agencies')}</legend>
            <div class="agencies__all">
              <button type="button" class="link-button" @click=${() => this.setAgencies(allAgencies, allAgencies)}>${msg('Select all')}</button>
              <button type="button" class="link-button" @click=${() => this.setAgencies([], allAgencies)}>${msg('Clear all')}</button>
            </div>
            ${review.agencies.map(
              (agency, i) => html`<label class="check">
                <input type="checkbox" .checked=${!f.noAgencies && (!f.agencies.length || f.agencies.includes(agency.id))}
                  @change=${(e: Event) => this.toggleAgency(agency.id, allAgencies, (e.target as HTMLInputElement).checked)} />
                <svg class="shape ${agencyClass(i)}" viewBox="-7 -7 14 14" aria-hidden="true">${agencyShape(i)}</svg>
                <abbr title=${agency.name}>${agency.code}</abbr><span class="visually-hidden">${agency.name}</span>
              </label>`,
            )}
          </fieldset>
        </div>
        <p class="count">
          ${this.countText(shown.length, rows.length)}
          ${isFiltered(f) ? html`<button type="button" class="link-button" @click=${this.clearFilters}>${msg('Clear filters')}</button>` : nothing}
        </p>
      </div>
    `;
  }

  private switchView(view: TimelineView): void {
    if (this.view === view) return;
    this.view = view;
    this.writeHash();
    // Keep the chosen entry in view in the other view.
    const id = this.selectedId ?? this.activeId;
    if (id) {
      const rows = this.filtered(this.rows(this.shown.review));
      const row = rows.find((r) => r.entry.id === id);
      if (row && view === 'lanes') {
        this.laneActive = id;
        this.window = undefined;
      }
      if (row && view === 'list') void this.updateComplete.then(() => this.scrollToRow(rows.indexOf(row), false));
    }
  }

  // --- The list ---------------------------------------------------------------------------

  private text(value: string, review: Review): string {
    const key = this.pseudonymKey;
    return this.named && key ? reidentify(value, review, key) : value;
  }

  private ensureOffsets(rows: TimelineRow[]): void {
    if (!this.offsetsDirty && this.offsetsFor === rows) return;
    const offsets = new Float64Array(rows.length + 1);
    let sum = 0;
    // Rows not yet seen are given the average of the first rows measured, fixed from then
    // on: re-estimating every unseen row after each measurement would move every offset and
    // make scrolling to a far row chase a moving target.
    if (this.estimate === undefined && this.heights.size) {
      let measured = 0;
      for (const h of this.heights.values()) measured += h;
      this.estimate = measured / this.heights.size;
    }
    const estimate = this.estimate ?? ESTIMATED_ROW;
    for (let i = 0; i < rows.length; i++) {
      offsets[i] = sum;
      sum += this.heights.get(rows[i]!.entry.id) ?? estimate;
    }
    offsets[rows.length] = sum;
    this.offsets = offsets;
    this.offsetsFor = rows;
    this.offsetsDirty = false;
  }

  private readonly onScroll = (): void => {
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      this.updateRange();
    });
  };

  private updateRange(): void {
    const scroller = this.scroller;
    if (!scroller || this.view !== 'list') return;
    const rows = this.filtered(this.rows(this.shown.review));
    this.ensureOffsets(rows);
    const top = scroller.scrollTop;
    const bottom = top + (scroller.clientHeight || 600);
    const first = Math.max(0, indexAt(this.offsets, top) - OVERSCAN);
    const last = Math.min(rows.length - 1, indexAt(this.offsets, bottom) + OVERSCAN);
    if (first !== this.range.first || last !== this.range.last) this.range = { first, last };
    const atTop = Math.min(rows.length - 1, indexAt(this.offsets, top));
    if (atTop !== this.topIndex) this.topIndex = Math.max(0, atTop);
  }

  private measureRows(): void {
    const items = this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]');
    let changed = false;
    for (const item of items) {
      const height = item.getBoundingClientRect().height;
      const id = item.dataset['id']!;
      if (height > 0 && Math.abs((this.heights.get(id) ?? 0) - height) > 0.5) {
        this.heights.set(id, height);
        changed = true;
      }
    }
    if (changed) {
      this.offsetsDirty = true;
      this.updateRange();
      // The spacers depend on the measured heights.
      this.requestUpdate();
    }
  }

  private renderList(review: Review, rows: TimelineRow[]): TemplateResult {
    this.ensureOffsets(rows);
    const first = Math.min(this.range.first, Math.max(0, rows.length - 1));
    const last = Math.min(rows.length - 1, Math.max(this.range.last, first));
    const visible = rows.slice(first, last + 1);
    this.spacers = [this.offsets[first]!, this.offsets[rows.length]! - this.offsets[last + 1]!];
    const active = this.activeId && visible.some((r) => r.entry.id === this.activeId) ? this.activeId : visible[0]?.entry.id;
    const agencyIndex = new Map(review.agencies.map((a, i) => [a.id, i]));
    const kpes = new Map(review.keyPracticeEpisodes.map((k) => [k.id, k]));
    const current = rows[Math.min(this.topIndex, rows.length - 1)];
    // A heading only where a period starts, so a row is the same height wherever the list is
    // scrolled to; the period of the rows at the top is kept in view by a sticky copy, which
    // assistive technology skips (each entry is named by its full date).
    return html`
      <div part="list" class="list-scroller" @scroll=${this.onScroll}>
        <p part="current-period" class="current-period" aria-hidden="true">${current ? formatPartialDate(current.period, this.locale) : nothing}</p>
        <div class="spacer spacer--before"></div>
        <ol class="entries" aria-label=${msg('Chronology entries in date order')}>
          ${repeat(
            visible,
            (row) => row.entry.id,
            (row, i) => {
              const index = first + i;
              return html`<li data-id=${row.entry.id} aria-setsize=${rows.length} aria-posinset=${index + 1}>
                ${startsPeriod(rows, index)
                  ? html`<h3 part="period" class="period">${formatPartialDate(row.period, this.locale)}</h3>`
                  : nothing}
                ${this.renderEntry(review, row, agencyIndex, kpes, {
                  tabindex: row.entry.id === active ? 0 : -1,
                  onKeydown: (e: KeyboardEvent) => this.onListKey(e, index, rows),
                })}
              </li>`;
            },
          )}
        </ol>
        <div class="spacer spacer--after"></div>
      </div>
      <p class="hint">${msg('In the list, use the up and down arrow keys to move between entries, Home and End to go to the first and last.')}</p>
    `;
  }

  private renderEntry(
    review: Review,
    row: TimelineRow,
    agencyIndex: Map<string, number>,
    kpes: Map<string, Review['keyPracticeEpisodes'][number]>,
    focus?: { tabindex: number; onKeydown: (e: KeyboardEvent) => void },
  ): TemplateResult {
    const { entry } = row;
    const agency = review.agencies[agencyIndex.get(entry.agencyId) ?? -1];
    const index = agencyIndex.get(entry.agencyId) ?? 0;
    const dateId = `${this.instanceId}-d-${entry.id}`;
    const selected = this.selectedId === entry.id;
    const certainty = row.exact ? '' : 'entry--uncertain';
    return html`
      <article
        part="entry"
        class="entry ${certainty} entry--${entry.significance} ${selected ? 'entry--selected' : ''}"
        data-entry=${entry.id}
        tabindex=${focus ? focus.tabindex : nothing}
        aria-labelledby=${dateId}
        aria-current=${selected ? 'true' : nothing}
        @keydown=${focus?.onKeydown}
        @focus=${focus ? () => (this.activeId = entry.id) : nothing}
        @click=${(e: Event) => {
          if ((e.target as HTMLElement).closest('button')) return;
          this.select(entry);
        }}
      >
        <header class="entry__head" id=${dateId}>
          <time datetime=${machineDate(row.date)} class="entry__date">${formatPartialDate(row.date, this.locale)}</time>
          <span class="entry__agency">
            <svg class="shape ${agencyClass(index)}" viewBox="-7 -7 14 14" aria-hidden="true">${agencyShape(index)}</svg>
            ${agency?.name ?? entry.agencyId}
          </span>
          ${entry.significance === 'high' ? html`<strong class="entry__significance">${labelOf(SIGNIFICANCE, 'high', this.locale)}</strong>` : nothing}
        </header>
        <p class="entry__event">${this.text(entry.event, review)}</p>
        <dl class="entry__facts">
          ${entry.actionTaken ? html`<div><dt>${msg('Action taken')}</dt><dd>${this.text(entry.actionTaken, review)}</dd></div>` : nothing}
          ${entry.outcome ? html`<div><dt>${msg('Outcome')}</dt><dd>${this.text(entry.outcome, review)}</dd></div>` : nothing}
          <div><dt>${msg('Source')}</dt><dd>${entry.source}${entry.practitionerRole ? html` · ${entry.practitionerRole}` : nothing}</dd></div>
        </dl>
        ${entry.kpeIds.length
          ? html`<ul class="entry__kpes" aria-label=${msg('Key practice episodes')}>
              ${entry.kpeIds.map((id) => html`<li part="kpe-badge" class="badge">${kpes.get(id)?.title ?? id}</li>`)}
            </ul>`
          : nothing}
        ${this.canEdit
          ? html`<button type="button" class="link-button entry__edit" @click=${(e: Event) => this.openForm(entry, e.currentTarget as HTMLElement)}>
              ${msg('Edit')}<span class="visually-hidden"> ${msg(str`entry of ${formatPartialDate(row.date, this.locale)}`)}</span>
            </button>`
          : nothing}
      </article>
    `;
  }

  private select(entry: ChronologyEntry): void {
    this.selectedId = entry.id;
    this.activeId = entry.id;
    this.laneActive = entry.id;
    this.dispatchEvent(new SlkEntrySelectEvent({ entry }));
  }

  private onListKey(event: KeyboardEvent, index: number, rows: TimelineRow[]): void {
    if (event.target !== event.currentTarget) return; // keys inside the entry's own buttons
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + 5,
      PageUp: index - 5,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(rows[index]!.entry);
      return;
    }
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    void this.scrollToRow(Math.max(0, Math.min(rows.length - 1, to)), true);
  }

  /**
   * Brings row `index` into the rendered window and, if asked, focuses it. Heights of rows
   * not yet seen are estimates, so it scrolls, renders, measures and checks until the row is
   * really there (a few rounds at most).
   */
  private async scrollToRow(index: number, focus: boolean): Promise<void> {
    const rows = this.filtered(this.rows(this.shown.review));
    const row = rows[index];
    if (!row) return;
    this.activeId = row.entry.id;
    const selector = `article[data-entry="${CSS.escape(row.entry.id)}"]`;
    for (let round = 0; round < 6; round++) {
      const scroller = this.scroller;
      if (!scroller) return;
      this.ensureOffsets(rows);
      // The sticky period heading covers the top of the scroller: keep the row below it.
      const covered = this.renderRoot.querySelector<HTMLElement>('.current-period')?.offsetHeight ?? 0;
      const top = this.offsets[index]!;
      const bottom = this.offsets[index + 1]!;
      if (top - covered < scroller.scrollTop) scroller.scrollTop = Math.max(0, top - covered);
      else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = Math.max(0, bottom - scroller.clientHeight);
      this.updateRange();
      await this.updateComplete;
      this.measureRows();
      await this.updateComplete;
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) {
        if (focus) target.focus();
        return;
      }
    }
  }

  // --- The lanes --------------------------------------------------------------------------

  private renderLanes(review: Review, rows: TimelineRow[]): TemplateResult {
    const kpeRanges = review.keyPracticeEpisodes.map((k) => ({ kpe: k, ...rangeOf(k.window.start, k.window.end) }));
    const extent = extentOf(rows, this.filter.kpe ? [] : kpeRanges);
    if (!extent) return html`<p part="message" class="message">${msg('None of these entries has a date that can be drawn.')}</p>`;
    const limit = { start: extent.start - 3, end: extent.end + 4 };
    const win = this.window ?? limit;
    const agencies = laneAgencies(review, this.filter);
    const agencyIndex = new Map(review.agencies.map((a, i) => [a.id, i]));
    const laneOf = new Map(agencies.map((a, i) => [a.id, i]));
    const visible = inWindow(rows, win).filter((r) => laneOf.has(r.entry.agencyId));
    const dense = visible.length > MAX_MARKS;
    const kpes = kpeRanges.filter((k) => k.latest >= win.start && k.earliest <= win.end && (!this.filter.kpe || this.filter.kpe === k.kpe.id));
    const width = Math.max(480, this.width);
    const plot = width - LABEL_WIDTH - RIGHT_GAP;
    const x = (day: number) => LABEL_WIDTH + ((Math.max(win.start, Math.min(win.end, day)) - win.start) / (win.end - win.start)) * plot;
    const kpeBand = kpes.length * KPE_ROW;
    const lanesTop = AXIS_HEIGHT + kpeBand + 4;
    const height = lanesTop + agencies.length * LANE_HEIGHT + 4;
    const laneY = (lane: number) => lanesTop + lane * LANE_HEIGHT;

    // Focus order: lane by lane, then in date order.
    const items: Array<{ id: string; lane: number; x: number; row?: TimelineRow; bin?: { start: number; end: number; count: number; agencyId: string } }> = [];
    if (dense) {
      for (const bin of binRows(visible, win, Math.max(8, Math.min(MAX_SLICES, Math.floor(plot / 40))))) {
        items.push({ id: `bin:${bin.agencyId}:${Math.round(bin.start)}`, lane: laneOf.get(bin.agencyId)!, x: (x(bin.start) + x(bin.end)) / 2, bin });
      }
    } else {
      for (const row of visible) {
        items.push({ id: row.entry.id, lane: laneOf.get(row.entry.agencyId)!, x: (x(row.earliest) + x(row.latest + 1)) / 2, row });
      }
    }
    items.sort((a, b) => a.lane - b.lane || a.x - b.x);
    const most = Math.max(1, ...items.map((item) => item.bin?.count ?? 0));
    const active = items.find((i) => i.id === this.laneActive)?.id ?? items[0]?.id;
    const from = formatDay(win.start, this.locale);
    const to = formatDay(win.end, this.locale);
    const selected = rows.find((r) => r.entry.id === this.selectedId);

    return html`
      <div class="lane-controls" role="group" aria-label=${msg('Time axis')}>
        <button type="button" class="button button--secondary" @click=${() => (this.window = zoomWindow(win, 0.5, limit, this.zoomCentre(win)))} ?disabled=${win.end - win.start <= 8}>${msg('Zoom in')}</button>
        <button type="button" class="button button--secondary" @click=${() => (this.window = zoomWindow(win, 2, limit, this.zoomCentre(win)))} ?disabled=${!this.window}>${msg('Zoom out')}</button>
        <button type="button" class="button button--secondary" @click=${() => (this.window = panWindow(win, -0.5, limit))} ?disabled=${win.start <= limit.start}>${msg('Earlier')}</button>
        <button type="button" class="button button--secondary" @click=${() => (this.window = panWindow(win, 0.5, limit))} ?disabled=${win.end >= limit.end}>${msg('Later')}</button>
        <button type="button" class="button button--secondary" @click=${() => (this.window = undefined)} ?disabled=${!this.window}>${msg('Show all')}</button>
        <span class="lane-range">${msg(str`${from} to ${to}`)}</span>
      </div>
      <p id="${this.instanceId}-lanes-help" class="hint">
        ${dense
          ? msg(str`${visible.length} entries are in view, too many to draw one by one, so they are counted per agency. Zoom in, or press Enter on a count, to see the entries.`)
          : msg(str`${visible.length} entries in view. Use the arrow keys to move between entries (left and right in time, up and down between agencies), Home and End, and Enter to open an entry.`)}
        ${msg('Entries with an uncertain date are drawn as a line across the days they could fall on; exact dates as a shape.')}
      </p>
      <div class="lanes-scroller">
        <svg part="lanes" class="lanes" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group"
          aria-label=${msg(str`Entries by agency, ${from} to ${to}`)} aria-describedby="${this.instanceId}-lanes-help"
          @keydown=${(e: KeyboardEvent) => this.onLaneKey(e, items, win, limit)}>
          <defs>
            <pattern id="${this.instanceId}-kpe-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" class="kpe-hatch"></line>
            </pattern>
          </defs>
          ${this.renderAxis(win, x, height)}
          ${kpes.map((k, i) => {
            const x1 = x(k.earliest);
            const x2 = Math.max(x1 + 2, x(k.latest + 1));
            const y = AXIS_HEIGHT + i * KPE_ROW;
            return svg`<g part="kpe-span" class="kpe-span">
              <rect class="kpe-band" x=${x1} y=${lanesTop} width=${x2 - x1} height=${height - lanesTop} fill="url(#${this.instanceId}-kpe-hatch)"></rect>
              <rect class="kpe-bar" x=${x1} y=${y + 2} width=${x2 - x1} height=${KPE_ROW - 4}></rect>
              <text class="kpe-label" x=${Math.max(x1, LABEL_WIDTH) + 4} y=${y + KPE_ROW / 2 + 4}>${k.kpe.title}</text>
            </g>`;
          })}
          ${agencies.map((agency, lane) => {
            const i = agencyIndex.get(agency.id)!;
            const y = laneY(lane);
            const laneItems = items.filter((item) => item.lane === lane);
            return svg`<g part="lane" class="lane ${agencyClass(i)}" role="group" aria-label=${msg(str`${agency.name}: ${laneItems.length} in view`)}>
              <rect class="lane-bg ${lane % 2 ? 'lane-bg--alt' : ''}" x="0" y=${y} width=${width} height=${LANE_HEIGHT}></rect>
              <g part="lane-label" class="lane-label" aria-hidden="true">
                <g transform="translate(12 ${y + LANE_HEIGHT / 2})" class="shape">${agencyShape(i)}</g>
                <text x="24" y=${y + LANE_HEIGHT / 2 + 4}>${agency.code}</text>
              </g>
              ${laneItems.map((item, n) => (item.bin ? this.renderBin(item.id, item.bin, x, y, active, most) : this.renderMark(review, item.row!, i, x, y, n, active, win)))}
            </g>`;
          })}
        </svg>
      </div>
      ${dense && this.binFocused ? html`<p class="bin-focused">${this.binFocused}</p>` : nothing}
      ${selected
        ? html`<section part="details" class="details" aria-labelledby="${this.instanceId}-details-title" tabindex="-1">
            <h3 id="${this.instanceId}-details-title" class="details__title">${msg('Chosen entry')}</h3>
            ${this.renderEntry(review, selected, agencyIndex, new Map(review.keyPracticeEpisodes.map((k) => [k.id, k])))}
            <button type="button" class="link-button" @click=${() => this.focusLaneItem(selected.entry.id)}>${msg('Back to the lanes')}</button>
          </section>`
        : nothing}
    `;
  }

  private zoomCentre(win: TimeWindow): number {
    const row = this.filtered(this.rows(this.shown.review)).find((r) => r.entry.id === (this.laneActive ?? this.selectedId));
    if (!row) return (win.start + win.end) / 2;
    const lo = Number.isFinite(row.earliest) ? row.earliest : row.latest;
    const hi = Number.isFinite(row.latest) ? row.latest : row.earliest;
    return (lo + hi) / 2;
  }

  private renderAxis(win: TimeWindow, x: (day: number) => number, height: number) {
    const ticks = axisTicks(win, (x(win.end) - x(win.start)) / (win.end - win.start));
    return svg`<g class="axis" aria-hidden="true">
      ${ticks.map(
        (t) => svg`<line class="tick" x1=${x(t.day)} x2=${x(t.day)} y1=${AXIS_HEIGHT - 6} y2=${height}></line>
          ${t.label ? svg`<text class="tick-label" x=${x(t.day) + 3} y=${AXIS_HEIGHT - 10}>${formatPartialDate(t.label, this.locale)}</text>` : nothing}`,
      )}
    </g>`;
  }

  private renderMark(review: Review, row: TimelineRow, agencyIndex: number, x: (day: number) => number, laneTop: number, n: number, active: string | undefined, win: TimeWindow) {
    const { entry } = row;
    const y = laneTop + 12 + (n % 3) * 10;
    const date = formatPartialDate(row.date, this.locale);
    const label = `${date}. ${excerpt(this.text(entry.event, review), 120)}`;
    const selected = entry.id === this.selectedId;
    const common = {
      tabindex: entry.id === active ? 0 : -1,
      className: `mark ${selected ? 'mark--selected' : ''} ${entry.significance === 'high' ? 'mark--high' : ''}`,
    };
    if (row.exact) {
      const cx = x(row.earliest + 0.5);
      return svg`<g part="mark" class=${common.className} role="button" tabindex=${common.tabindex} aria-label=${label} data-item=${entry.id}
        aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.openLaneEntry(row)}>
        <rect class="focus-ring" x=${cx - 10} y=${y - 10} width="20" height="20" rx="3"></rect>
        <g transform="translate(${cx} ${y})" class="shape">${agencyShape(agencyIndex, entry.significance === 'high' ? 12 : 9)}</g>
      </g>`;
    }
    // An uncertain date is a line across every day it could be, with caps at known ends
    // and arrows at open ones: never a single point.
    const openStart = !Number.isFinite(row.earliest) || row.earliest < win.start;
    const openEnd = !Number.isFinite(row.latest) || row.latest + 1 > win.end;
    const x1 = x(Number.isFinite(row.earliest) ? row.earliest : win.start);
    const x2 = Math.max(x1 + 4, x(Number.isFinite(row.latest) ? row.latest + 1 : win.end));
    return svg`<g part="mark" class="${common.className} mark--range" role="button" tabindex=${common.tabindex} aria-label=${label} data-item=${entry.id}
      aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.openLaneEntry(row)}>
      <rect class="focus-ring" x=${x1 - 4} y=${y - 9} width=${x2 - x1 + 8} height="18" rx="3"></rect>
      <rect class="hit" x=${x1} y=${y - 6} width=${x2 - x1} height="12"></rect>
      <line class="range" x1=${x1} x2=${x2} y1=${y} y2=${y}></line>
      ${openStart ? svg`<path class="whisker" d="M${x1 + 5},${y - 4} L${x1},${y} L${x1 + 5},${y + 4}"></path>` : svg`<line class="whisker" x1=${x1} x2=${x1} y1=${y - 5} y2=${y + 5}></line>`}
      ${openEnd ? svg`<path class="whisker" d="M${x2 - 5},${y - 4} L${x2},${y} L${x2 - 5},${y + 4}"></path>` : svg`<line class="whisker" x1=${x2} x2=${x2} y1=${y - 5} y2=${y + 5}></line>`}
    </g>`;
  }

  // Counts are bars whose height shows how many entries they hold (the number is in the
  // label, and shown in words when the bar is focused): one element per bar keeps a dense
  // view within the DOM budget.
  private renderBin(id: string, bin: { start: number; end: number; count: number }, x: (day: number) => number, laneTop: number, active: string | undefined, most: number) {
    const x1 = x(bin.start) + 1;
    const w = Math.max(3, x(bin.end) - x1 - 1);
    const h = Math.max(4, Math.round(((LANE_HEIGHT - 10) * bin.count) / most));
    const label = msg(str`${bin.count} entries, ${formatDay(bin.start, this.locale)} to ${formatDay(bin.end, this.locale)}. Press Enter to zoom in.`);
    return svg`<rect part="mark" class="mark mark--bin bin" role="button" tabindex=${id === active ? 0 : -1} aria-label=${label} data-item=${id} x=${x1} y=${laneTop + LANE_HEIGHT - 5 - h} width=${w} height=${h} @click=${() => this.zoomTo(bin)} @focus=${() => (this.binFocused = label)}></rect>`;
  }

  private zoomTo(bin: { start: number; end: number }): void {
    const rows = this.filtered(this.rows(this.shown.review));
    const extent = extentOf(rows);
    if (!extent) return;
    const span = bin.end - bin.start;
    this.window = zoomWindow({ start: bin.start - span / 2, end: bin.end + span / 2 }, 1, { start: extent.start - 3, end: extent.end + 4 });
  }

  private openLaneEntry(row: TimelineRow): void {
    this.select(row.entry);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="details"]')?.focus());
  }

  private focusLaneItem(id: string): void {
    this.laneActive = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-item="${CSS.escape(id)}"]`)?.focus());
  }

  private onLaneKey(event: KeyboardEvent, items: Array<{ id: string; lane: number; x: number; row?: TimelineRow; bin?: { start: number; end: number } }>, win: TimeWindow, limit: TimeWindow): void {
    const current = (event.target as Element).closest('[data-item]')?.getAttribute('data-item');
    const at = items.findIndex((i) => i.id === current);
    if (at < 0) return;
    const item = items[at]!;
    let next: (typeof items)[number] | undefined;
    const sameLane = items.filter((i) => i.lane === item.lane);
    const pos = sameLane.indexOf(item);
    switch (event.key) {
      case 'ArrowRight':
        next = sameLane[pos + 1];
        break;
      case 'ArrowLeft':
        next = sameLane[pos - 1];
        break;
      case 'Home':
        next = sameLane[0];
        break;
      case 'End':
        next = sameLane[sameLane.length - 1];
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        const lanes = [...new Set(items.map((i) => i.lane))].sort((a, b) => a - b);
        const lane = lanes[lanes.indexOf(item.lane) + (event.key === 'ArrowDown' ? 1 : -1)];
        if (lane !== undefined) next = nearest(items.filter((i) => i.lane === lane), item.x);
        break;
      }
      case '+':
      case '=':
        this.window = zoomWindow(win, 0.5, limit, this.zoomCentre(win));
        break;
      case '-':
        this.window = zoomWindow(win, 2, limit, this.zoomCentre(win));
        break;
      case 'Enter':
      case ' ':
        if (item.row) this.openLaneEntry(item.row);
        else if (item.bin) this.zoomTo(item.bin);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.focusLaneItem(next.id);
  }

  // --- Print ------------------------------------------------------------------------------

  private renderPrint(review: Review, rows: TimelineRow[], shown: TimelineRow[]): TemplateResult {
    const agencies = new Map(review.agencies.map((a) => [a.id, a]));
    const kpes = new Map(review.keyPracticeEpisodes.map((k) => [k.id, k.title]));
    return html`<div class="print-only">
      <h2 class="print-title">${msg(str`Chronology: ${review.title}`)}</h2>
      <p>${msg(str`Prepared for: ${labelOf(AUDIENCES, this.effectiveAudience, this.locale)}`)} · ${this.countText(shown.length, rows.length)}</p>
      <table class="print-table">
        <thead>
          <tr>
            <th scope="col">${msg('Date')}</th>
            <th scope="col">${msg('Agency')}</th>
            <th scope="col">${msg('What happened')}</th>
            <th scope="col">${msg('Action taken')}</th>
            <th scope="col">${msg('Outcome')}</th>
            <th scope="col">${msg('Source')}</th>
            <th scope="col">${msg('Key practice episodes')}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (row) => html`<tr>
              <td>${formatPartialDate(row.date, this.locale)}</td>
              <td>${agencies.get(row.entry.agencyId)?.code ?? ''}</td>
              <td>${this.text(row.entry.event, review)}</td>
              <td>${row.entry.actionTaken ? this.text(row.entry.actionTaken, review) : ''}</td>
              <td>${row.entry.outcome ? this.text(row.entry.outcome, review) : ''}</td>
              <td>${row.entry.source}</td>
              <td>${row.entry.kpeIds.map((id) => kpes.get(id) ?? id).join('; ')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  // --- Export -----------------------------------------------------------------------------

  private startExport(format: ExportFormat): void {
    if (this.effectiveAudience === 'internal') {
      // An internal copy is not redacted: ask who and why, and log it, before making it.
      this.exporting = { format };
      void this.updateComplete.then(() => this.exportDialog?.showModal());
      return;
    }
    void this.download(format);
  }

  private async download(format: ExportFormat, override?: { role: string; reason: string }): Promise<boolean> {
    const review = this.shown.review;
    if (!review) return false;
    const store = this.store;
    try {
      const key = this.pseudonymKey;
      const result = await exportReview(review, {
        audience: this.effectiveAudience,
        format,
        locale: this.locale,
        ...(key ? { key } : {}),
        ...(override
          ? {
              override,
              audit: auditInto(this, store),
            }
          : {}),
      });
      this.saveFile(result.contents, result.mimeType, result.filename);
      this.announcement = msg(str`Downloaded ${result.filename}`);
      return true;
    } catch (error) {
      const text = error instanceof ExportError ? error.text[this.locale] : msg('The file could not be made. Try again, or tell the person who looks after this page.');
      if (this.exporting) this.exporting = { ...this.exporting, problem: text };
      else this.announcement = text;
      return false;
    }
  }

  /** Hands a file to the browser's downloads. */
  private saveFile(contents: BlobPart, mimeType: string, filename: string): void {
    downloadFile(this.renderRoot as ShadowRoot, { contents, mimeType, filename });
  }

  private renderExportDialog(): TemplateResult {
    return unredactedExportDialog({
      id: this.instanceId,
      host: this,
      open: Boolean(this.exporting),
      problem: this.exporting?.problem,
      onRequest: (override) => this.download(this.exporting!.format, override),
      onClose: () => (this.exporting = undefined),
    });
  }

  // --- Editing ----------------------------------------------------------------------------

  private async openForm(entry: ChronologyEntry | undefined, opener: HTMLElement): Promise<void> {
    const review = this.shown.review;
    if (!review || !this.canEdit) return;
    this.returnFocusTo = opener;
    let revision: number | null = null;
    const store = this.store;
    if (entry && store) {
      const stored = await store.getEntity(review.id, 'chronology', entry.id);
      revision = stored?.revision ?? null;
    }
    this.form = { mode: entry ? 'edit' : 'create', ...(entry ? { original: entry } : {}), revision, errors: [] };
    await this.updateComplete;
    this.formDialog?.showModal();
  }

  private closeForm(focus?: string): void {
    this.formDialog?.close();
    this.form = undefined;
    if (focus) {
      const rows = this.filtered(this.rows(this.shown.review));
      const index = rows.findIndex((r) => r.entry.id === focus);
      if (index >= 0 && this.view === 'list') {
        void this.scrollToRow(index, true);
        return;
      }
    }
    const back = this.returnFocusTo;
    if (back?.isConnected) back.focus();
    else this.renderRoot.querySelector<HTMLElement>('.toolbar button')?.focus();
  }

  private renderFormDialog(review: Review): TemplateResult {
    const form = this.form;
    const id = this.instanceId;
    return html`<dialog part="form" class="form-dialog" aria-labelledby="${id}-form-title"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.closeForm();
      }}>
      ${form ? this.renderForm(review, form) : nothing}
    </dialog>`;
  }

  /** The version someone else saved, so the reader can compare it with theirs. */
  private renderTheirVersion(review: Review, conflict: ConflictError<unknown>): TemplateResult {
    const theirs = conflict.current?.value as ChronologyEntry | undefined;
    if (!theirs) return html`<p>${msg('Someone else deleted this entry while you were editing it.')}</p>`;
    const date = safeParsePartialDate(theirs.date);
    const agency = review.agencies.find((a) => a.id === theirs.agencyId);
    const row = (term: string, value: string | undefined) => (value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : nothing);
    return html`<div class="their-version">
      <h4>${msg('Their version')}</h4>
      <dl class="entry__facts">
        ${row(msg('Date'), date.ok ? formatPartialDate(date.value, this.locale) : theirs.date)}
        ${row(msg('Agency'), agency?.name ?? theirs.agencyId)}
        ${row(msg('What happened'), theirs.event)}
        ${row(msg('Action taken'), theirs.actionTaken)}
        ${row(msg('Outcome'), theirs.outcome)}
        ${row(msg('Source'), theirs.source)}
        ${row(msg('Practitioner’s role'), theirs.practitionerRole)}
      </dl>
    </div>`;
  }

  private renderForm(review: Review, form: FormState): TemplateResult {
    const id = this.instanceId;
    const e = form.original;
    const errorFor = (field: string) => form.errors.find((err) => err.path === field || err.path.startsWith(`${field}[`) || err.path.startsWith(`${field}.`));
    const field = (name: string, label: string, control: (describedBy: string | undefined, invalid: boolean) => TemplateResult, hint?: string) => {
      const error = errorFor(name);
      const describedBy = [hint ? `${id}-f-${name}-hint` : '', error ? `${id}-f-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
      return html`<div class="field ${error ? 'field--error' : ''}">
        <label for="${id}-f-${name}">${label}</label>
        ${hint ? html`<p class="hint" id="${id}-f-${name}-hint">${hint}</p>` : nothing}
        ${error ? html`<p class="error-message" id="${id}-f-${name}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error.text[this.locale]}</p>` : nothing}
        ${control(describedBy, Boolean(error))}
      </div>`;
    };
    // Radios and checkboxes: the fieldset is what the error summary's link focuses.
    const group = (name: string, legend: string, body: TemplateResult) => {
      const error = errorFor(name);
      return html`<fieldset class="field ${error ? 'field--error' : ''}" id="${id}-f-${name}" tabindex="-1" aria-describedby=${error ? `${id}-f-${name}-error` : nothing}>
        <legend>${legend}</legend>
        ${error ? html`<p class="error-message" id="${id}-f-${name}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error.text[this.locale]}</p>` : nothing}
        ${body}
      </fieldset>`;
    };
    return html`<form novalidate @submit=${this.onFormSubmit} @input=${this.onDateInput}>
      <h2 id="${id}-form-title">${form.mode === 'create' ? msg('Add a chronology entry') : msg('Change this chronology entry')}</h2>
      ${form.errors.length || form.conflict || form.failed
        ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="${id}-summary-title">
            <h3 id="${id}-summary-title">${msg('There is a problem')}</h3>
            <ul>
              ${form.errors.map((err) =>
                err.path
                  ? html`<li><a href="#${id}-f-${fieldOf(err.path, 'date')}" @click=${(ev: Event) => this.focusField(ev, fieldOf(err.path, 'date'))}>${err.text[this.locale]}</a></li>`
                  : html`<li>${err.text[this.locale]}</li>`,
              )}
              ${form.conflict
                ? html`<li>
                    ${form.conflictOn === 'delete'
                      ? msg('Someone else changed this entry after you opened it. Check their version before you delete it.')
                      : form.conflict.text[this.locale]}
                  </li>`
                : nothing}
              ${form.failed
                ? html`<li>${msg('The entry could not be saved in this browser. What you typed is still in this form: try again, or download it to keep a copy.')}</li>`
                : nothing}
            </ul>
            ${form.conflict ? this.renderTheirVersion(review, form.conflict) : nothing}
            ${form.conflict && form.conflictOn === 'delete'
              ? html`<div class="form-actions">
                  <button type="button" class="button button--warning" @click=${this.deleteAnyway}>${msg('Delete anyway')}</button>
                  <button type="button" class="button button--secondary" @click=${() => this.closeForm(form.original?.id)}>${msg('Keep it')}</button>
                </div>`
              : form.conflict
                ? html`<button type="button" class="button button--secondary" @click=${this.saveAnyway}>${msg('Save my version anyway')}</button>`
                : nothing}
            ${form.failed
              ? html`<div class="form-actions">
                  <button type="button" class="button button--secondary" @click=${this.downloadTyped}>${msg('Download what I typed')}</button>
                </div>
                <p role="status">${form.downloaded ? msg(str`Downloaded ${form.downloaded}`) : nothing}</p>`
              : nothing}
          </div>`
        : nothing}
      ${form.confirmDelete
        ? html`<div class="confirm" role="alert">
            <p><strong>${msg('Delete this entry? It cannot be undone.')}</strong></p>
            <div class="form-actions">
              <button type="button" class="button button--warning" @click=${this.deleteEntry}>${msg('Yes, delete it')}</button>
              <button type="button" class="button button--secondary" @click=${() => (this.form = { ...form, confirmDelete: false })}>${msg('No, keep it')}</button>
            </div>
          </div>`
        : nothing}
      ${field(
        'date',
        msg('Date'),
        (d, invalid) => html`<input id="${id}-f-date" name="date" .value=${e?.date ?? ''} aria-describedby=${d ?? nothing} aria-invalid=${invalid ? 'true' : 'false'} autocomplete="off" spellcheck="false" />
          <p class="date-preview" aria-live="polite">${this.datePreview}</p>`,
        msg('Year, month and day as 2023-04-12; 2023-04 for a month; add ~ for “about” (2023-04-12~), ? if the source is unsure; 2023-04/2023-06 for between.'),
      )}
      ${field(
        'agencyId',
        msg('Agency'),
        (d, invalid) => html`<select id="${id}-f-agencyId" name="agencyId" aria-describedby=${d ?? nothing} aria-invalid=${invalid ? 'true' : 'false'}>
          <option value="" ?selected=${!e}>${msg('Choose the agency')}</option>
          ${review.agencies.map((a) => html`<option value=${a.id} ?selected=${e?.agencyId === a.id}>${a.name}</option>`)}
        </select>`,
      )}
      ${field(
        'source',
        msg('Source'),
        (d, invalid) => html`<input id="${id}-f-source" name="source" .value=${e?.source ?? ''} aria-describedby=${d ?? nothing} aria-invalid=${invalid ? 'true' : 'false'} />`,
        msg('Where the fact is recorded: a case record, a referral, a minute.'),
      )}
      ${field(
        'event',
        msg('What happened'),
        (d, invalid) => html`<textarea id="${id}-f-event" name="event" rows="4" .value=${e?.event ?? ''} aria-describedby=${d ?? nothing} aria-invalid=${invalid ? 'true' : 'false'}></textarea>`,
        msg('The fact, not an opinion. Use pseudonyms, never real names.'),
      )}
      ${field('actionTaken', msg('Action taken (optional)'), (d, invalid) => html`<textarea id="${id}-f-actionTaken" name="actionTaken" rows="2" .value=${e?.actionTaken ?? ''} aria-describedby=${d ?? nothing} aria-invalid=${invalid ? 'true' : 'false'}></textarea>`)}
      ${field('outcome', msg('Outcome (optional)'), (d, invalid) => html`<textarea id="${id}-f-outcome" name="outcome" rows="2" .value=${e?.outcome ?? ''} aria-describedby=${d ?? nothing} aria-invalid=${invalid ? 'true' : 'false'}></textarea>`)}
      ${field(
        'practitionerRole',
        msg('Practitioner’s role (optional)'),
        (d, invalid) => html`<input id="${id}-f-practitionerRole" name="practitionerRole" .value=${e?.practitionerRole ?? ''} aria-describedby=${d ?? nothing} aria-invalid=${invalid ? 'true' : 'false'} />`,
        msg('A role, such as “health visitor”. Never a name.'),
      )}
      ${group(
        'subjectIds',
        msg('People the entry is about (optional)'),
        html`${review.subjects.map(
          (p) => html`<label class="check"><input type="checkbox" name="subjectIds" value=${p.id} ?checked=${e?.subjectIds.includes(p.id) ?? false} /> ${p.pseudonym} (${labelOf(SUBJECT_ROLES, p.role, this.locale)})</label>`,
        )}`,
      )}
      ${group(
        'kpeIds',
        msg('Key practice episodes (optional)'),
        review.keyPracticeEpisodes.length
          ? html`${review.keyPracticeEpisodes.map(
              (k) => html`<label class="check"><input type="checkbox" name="kpeIds" value=${k.id} ?checked=${e?.kpeIds.includes(k.id) ?? false} /> ${k.title}</label>`,
            )}`
          : html`<p class="hint">${msg('The review has no key practice episodes yet.')}</p>`,
      )}
      ${group(
        'significance',
        msg('Significance'),
        html`${SIGNIFICANCE.entries.map(
          (s) => html`<label class="check"><input type="radio" name="significance" value=${s.code} ?checked=${(e?.significance ?? 'medium') === s.code} /> ${s.label[this.locale]}</label>`,
        )}`,
      )}
      ${group(
        'visibility',
        msg('Who may see this entry'),
        html`${AUDIENCES.entries.map(
          (a) => html`<label class="check"><input type="radio" name="visibility" value=${a.code} ?checked=${(e?.visibility ?? 'panel') === a.code} /> ${a.label[this.locale]}</label>`,
        )}`,
      )}
      <div class="form-actions">
        <button type="submit" class="button" ?disabled=${form.busy}>${msg('Save entry')}</button>
        <button type="button" class="button button--secondary" @click=${() => this.closeForm()}>${msg('Cancel')}</button>
        ${form.mode === 'edit'
          ? html`<button type="button" class="button button--warning" @click=${() => (this.form = { ...form, confirmDelete: true })}>${msg('Delete entry')}</button>`
          : nothing}
      </div>
    </form>`;
  }

  @state() private accessor datePreview = '';

  private readonly onDateInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (target.name !== 'date') return;
    const parsed = safeParsePartialDate(target.value.trim());
    this.datePreview = target.value.trim() && parsed.ok ? msg(str`Reads as: ${formatPartialDate(parsed.value, this.locale)}`) : '';
  };

  private focusField(event: Event, name: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${this.instanceId}-f-${name}`)?.focus();
  }

  private readFormInput(form: HTMLFormElement): Record<string, unknown> {
    const data = new FormData(form);
    const optional = (name: string) => {
      const value = textOf(data, name);
      return value ? { [name]: value } : {};
    };
    const original = this.form?.original;
    return {
      id: original?.id ?? newId('entry'),
      date: textOf(data, 'date'),
      agencyId: textOf(data, 'agencyId'),
      source: textOf(data, 'source'),
      event: textOf(data, 'event'),
      ...optional('actionTaken'),
      ...optional('outcome'),
      ...optional('practitionerRole'),
      subjectIds: data.getAll('subjectIds').map(String),
      kpeIds: data.getAll('kpeIds').map(String),
      significance: textOf(data, 'significance') || 'medium',
      visibility: textOf(data, 'visibility') || 'panel',
    };
  }

  private readonly onFormSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const review = this.shown.review;
    const form = this.form;
    if (!review || !form) return;
    const input = this.readFormInput(event.currentTarget as HTMLFormElement);
    const parsed = parseEntity('chronology', input, review, { locale: this.locale });
    if (!parsed.ok) {
      this.form = { ...form, errors: parsed.errors, failed: false };
      await this.focusSummary();
      return;
    }
    await this.save(parsed.entity, form.revision);
  };

  /** The form in the dialog, as it is now. */
  private get formElement(): HTMLFormElement | null {
    return this.formDialog?.querySelector('form') ?? null;
  }

  /** Saves over the other person's version: what the form holds now, not what was first sent. */
  private readonly saveAnyway = async (): Promise<void> => {
    const form = this.form;
    const review = this.shown.review;
    const element = this.formElement;
    if (!form?.conflict || !review || !element) return;
    const parsed = parseEntity('chronology', this.readFormInput(element), review, { locale: this.locale });
    if (!parsed.ok) {
      // The conflict stands: once the fields are right, the reader can still save over it.
      this.form = { ...form, errors: parsed.errors, failed: false };
      await this.focusSummary();
      return;
    }
    await this.save(parsed.entity, form.conflict.current?.revision ?? null);
  };

  /** After a failed save, gives the reader what they typed as a file, so nothing is lost. */
  private readonly downloadTyped = (): void => {
    const form = this.form;
    const review = this.shown.review;
    const element = this.formElement;
    if (!form || !review || !element) return;
    const filename = `${review.id}-unsaved-chronology-entry.json`;
    const contents = JSON.stringify({ reviewId: review.id, collection: 'chronology', entry: this.readFormInput(element) }, null, 2);
    this.saveFile(contents, 'application/json', filename);
    this.form = { ...form, downloaded: filename };
  };

  private async save(entry: ChronologyEntry, revision: number | null): Promise<void> {
    const form = this.form!;
    const review = this.shown.review!;
    const store = this.store;
    this.form = { ...form, busy: true, errors: [], downloaded: undefined };
    try {
      if (store) {
        await store.putEntity(review.id, 'chronology', entry, { expectedRevision: revision });
      } else {
        const chronology = form.original ? review.chronology.map((c) => (c.id === entry.id ? entry : c)) : [...review.chronology, entry];
        this.review = { ...review, chronology };
      }
    } catch (error) {
      this.form = { ...form, busy: false, downloaded: undefined, ...problemOf(error, 'save') };
      await this.focusSummary();
      return;
    }
    this.dispatchEvent(new SlkEntryChangeEvent({ action: form.original ? 'update' : 'create', entry, ...(form.original ? { previous: form.original } : {}), saved: Boolean(store) }));
    this.announcement = msg('Entry saved');
    this.selectedId = entry.id;
    // The new entry may be hidden by the filter; show it rather than lose the reader's place.
    if (!applyFilter(prepareRows({ chronology: [entry], agencies: review.agencies }), this.filter).length) this.setFilter(EMPTY_FILTER);
    // A store change reaches the review through the provider; wait for it before focusing.
    await this.settle(entry.id);
    this.closeForm(entry.id);
  }

  /** Waits (briefly) until the review shown includes `id`, so focus can move to it. */
  private async settle(id: string | undefined, present = true): Promise<void> {
    for (let i = 0; i < 20; i++) {
      await this.updateComplete;
      const has = Boolean(this.shown.review?.chronology.some((c) => c.id === id));
      if (has === present) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private readonly deleteEntry = (): Promise<void> => this.deleteWith(this.form?.revision ?? null);

  /** Deletes over the other person's change, after a conflict. */
  private readonly deleteAnyway = (): Promise<void> => this.deleteWith(this.form?.conflict?.current?.revision ?? null);

  private async deleteWith(revision: number | null): Promise<void> {
    const form = this.form;
    const review = this.shown.review;
    const original = form?.original;
    if (!form || !review || !original) return;
    const rows = this.filtered(this.rows(review));
    const index = rows.findIndex((r) => r.entry.id === original.id);
    const neighbour = rows[index + 1]?.entry.id ?? rows[index - 1]?.entry.id;
    const store = this.store;
    try {
      if (store) await store.deleteEntity(review.id, 'chronology', original.id, { expectedRevision: revision });
      else this.review = { ...review, chronology: review.chronology.filter((c) => c.id !== original.id) };
    } catch (error) {
      // A conflict with nothing stored means someone else deleted it first: it is gone, as asked.
      if (!(error instanceof ConflictError) || error.current) {
        this.form = { ...form, confirmDelete: false, downloaded: undefined, ...problemOf(error, 'delete') };
        await this.focusSummary();
        return;
      }
    }
    this.dispatchEvent(new SlkEntryChangeEvent({ action: 'delete', previous: original, saved: Boolean(store) }));
    this.announcement = msg('Entry deleted');
    if (this.selectedId === original.id) this.selectedId = undefined;
    await this.settle(original.id, false);
    this.formDialog?.close();
    this.form = undefined;
    if (neighbour) {
      const now = this.filtered(this.rows(this.shown.review));
      const at = now.findIndex((r) => r.entry.id === neighbour);
      if (at >= 0 && this.view === 'list') return void this.scrollToRow(at, true);
    }
    this.renderRoot.querySelector<HTMLElement>('.toolbar .button')?.focus();
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }
}

// --- Helpers -------------------------------------------------------------------------------

/**
 * What to tell the reader when the store refused a write: a conflict (someone else saved
 * first), the store's own validation (such as a record other records still link to), or
 * a storage failure.
 */
function problemOf(error: unknown, on: 'save' | 'delete'): Pick<FormState, 'errors' | 'conflict' | 'conflictOn' | 'failed'> {
  if (error instanceof ConflictError) return { errors: [], conflict: error, conflictOn: on, failed: false };
  const none = { conflict: undefined, conflictOn: undefined };
  if (error instanceof StoreValidationError) return { errors: error.errors, failed: false, ...none };
  return { errors: [], failed: true, ...none };
}


function withOptional<K extends 'from' | 'to' | 'kpe' | 'significance' | 'noAgencies'>(filter: TimelineFilter, key: K, value: TimelineFilter[K] | ''): TimelineFilter {
  const next: Record<string, unknown> = { ...filter };
  delete next[key];
  if (value) next[key] = value;
  return next as unknown as TimelineFilter;
}



/** The index of the row whose span holds `y` (offsets are cumulative heights). */
function indexAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** A valid `datetime` for the stated period's start: `2023-04-12`, `2023-04` or `2023`. */
function machineDate(date: PartialDate): string {
  const point = date.kind === 'date' ? date : date.start.kind === 'date' ? date.start : date.end.kind === 'date' ? date.end : undefined;
  if (!point) return '';
  const year = String(point.year).padStart(4, '0');
  if (point.precision === 'day') return point.start;
  if (point.precision === 'month') return `${year}-${String(point.month).padStart(2, '0')}`;
  return year;
}

function rangeOf(start: string, end: string): { earliest: number; latest: number } {
  const a = safeParsePartialDate(start);
  const b = safeParsePartialDate(end);
  const earliest = a.ok && a.value.earliest !== null ? fromIsoDate(a.value.earliest) : NaN;
  const latest = b.ok && b.value.latest !== null ? fromIsoDate(b.value.latest) : NaN;
  return { earliest, latest };
}


function formatDay(day: number, locale: 'en-GB' | 'cy'): string {
  return formatPartialDate(toIsoDate(Math.floor(day)), locale);
}


function nearest<T extends { x: number }>(items: T[], x: number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || Math.abs(item.x - x) < Math.abs(best.x - x)) best = item;
  return best;
}

/** Tick marks for the axis: years, quarters, months or weeks, labelled no closer than 90px. */
function axisTicks(win: TimeWindow, pxPerDay: number): Array<{ day: number; label?: string }> {
  const ticks: Array<{ day: number; label?: string }> = [];
  const start = toIsoDate(Math.floor(win.start));
  let year = +start.slice(0, 4);
  let month = +start.slice(5, 7);
  const spanDays = win.end - win.start;
  if (spanDays > 120) {
    const stepMonths = pxPerDay * 30 >= 90 ? 1 : pxPerDay * 91 >= 90 ? 3 : pxPerDay * 182 >= 90 ? 6 : 12;
    if (stepMonths === 12) month = 1;
    for (let guard = 0; guard < 400; guard++) {
      const day = dayNumber(year, month, 1);
      if (day > win.end) break;
      if (day >= win.start && (month - 1) % stepMonths === 0) {
        ticks.push({ day, label: stepMonths === 12 ? String(year) : `${year}-${String(month).padStart(2, '0')}` });
      }
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
    }
    return ticks;
  }
  const stepDays = pxPerDay * 7 >= 90 ? 7 : 14;
  for (let day = Math.ceil(win.start); day <= win.end; day++) {
    const iso = toIsoDate(day);
    // Weeks start on Monday, as UK calendars do.
    if (weekday(day) === 0 && Math.round((day - Math.ceil(win.start)) / 7) % (stepDays / 7) === 0) {
      ticks.push({ day, label: iso });
    }
  }
  return ticks;
}
