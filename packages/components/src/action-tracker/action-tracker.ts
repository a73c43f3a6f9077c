import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import {
  ACTION_STATUSES,
  ACTION_TRANSITIONS,
  AUDIENCES,
  EVIDENCE_ASSESSMENTS,
  EVIDENCE_TYPES,
  IMPACT_RATINGS,
  INTERVENTION_STRENGTHS,
  INTERVENTION_TYPES,
  RAG_LABELS,
  RAG_RATINGS,
  ConflictError,
  StoreValidationError,
  actionsToCsv,
  actionsToIcs,
  canEditAction,
  canMoveAction,
  divisionOf,
  formatIsoDate,
  isIsoDate,
  labelOf,
  moveAction,
  parseEntity,
  summarisePlan,
  todayInUk,
  traceAction,
  type Action,
  type ActionStatus,
  type IsoDate,
  type PlanSummary,
  type Rag,
  type RagThresholds,
  type Review,
  type ValidationError,
} from '@slk/sdk';
import { SlkReviewElement } from '../internal/review-element.js';
import { SlkEvent } from '../internal/event.js';
import { downloadFile, hashParams, hashPart, writeHashPart } from '../internal/review-view.js';
import { formStyles } from '../internal/form-styles.js';
import { excerpt, logDownload, newId, textOf, unredactedExportDialog } from '../internal/forms.js';
import {
  COLUMNS,
  DEFAULT_COLUMNS,
  DEFAULT_SORT,
  EMPTY_FILTER,
  applyFilter,
  groupRows,
  isFiltered,
  prepareRows,
  sortRows,
  viewFromParams,
  viewToParams,
  type ActionFilter,
  type ActionRow,
  type ActionSort,
  type Column,
  type GroupBy,
  type TableItem,
} from './action-model.js';
import { printOwner } from '../internal/print.js';
import { styles } from './action-tracker.styles.js';

// --- Events ------------------------------------------------------------------------------

/** The action the reader opened, with its RAG rating on the element's day. */
export interface ActionSelectDetail {
  readonly action: Action;
  readonly rag: Rag;
}

/** The reader opened an action's details (from the table, the board or the overdue list). */
export class SlkActionSelectEvent extends SlkEvent<ActionSelectDetail> {
  static readonly eventName = 'slk-action-select';
  constructor(detail: ActionSelectDetail) {
    super(SlkActionSelectEvent.eventName, detail);
  }
}

/** What changed in an action, and how. */
export interface ActionChangeDetail {
  readonly kind: 'create' | 'update';
  /** What the reader did: changed the action's fields, moved it, or added to its record. */
  readonly change: 'edit' | 'status' | 'progress-note' | 'evidence' | 'milestone' | 'impact-review' | 'sign-off';
  readonly action: Action;
  readonly previous?: Action;
  /** Whether the change was saved to a store; `false` when the element holds its own `.review`. */
  readonly saved: boolean;
}

/** An action was created or changed through the element (after it was saved). */
export class SlkActionChangeEvent extends SlkEvent<ActionChangeDetail> {
  static readonly eventName = 'slk-action-change';
  constructor(detail: ActionChangeDetail) {
    super(SlkActionChangeEvent.eventName, detail);
  }
}

export type ActionTrackerView = 'table' | 'board';

type FormKind = 'action' | 'progress-note' | 'evidence' | 'milestone' | 'impact-review' | 'sign-off' | 'reason';

interface FormState {
  readonly kind: FormKind;
  readonly original?: Action;
  /** Which evidence item or review point the form is about. */
  readonly index?: number;
  /** The status a "reason" form moves the action to. */
  readonly target?: ActionStatus;
  readonly errors: readonly ValidationError[];
  readonly conflict?: boolean;
  readonly failed?: boolean;
  readonly busy?: boolean;
}

interface Picked {
  readonly id: string;
  readonly target: ActionStatus;
}

/** Above this many lines the table draws only the rows in view, each one line-clamped. */
const VIRTUAL_FROM = 120;
/** A table line's height when virtual (kept in step with `.row--fixed` in the styles). */
const ROW_HEIGHT = 76;
const OVERSCAN = 6;
/** Cards shown per board column before "Show more", so the board stays small at any size. */
const CARDS_PER_COLUMN = 25;

const BOARD_STATUSES = ACTION_STATUSES.codes;
const NEEDS_REASON: ReadonlySet<ActionStatus> = new Set(['superseded', 'cancelled']);

/** A stable JSON form (keys sorted), to tell whether a stored action still matches what was shown. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** The object without the keys whose value is '' or undefined (optional fields left blank). */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '' && v !== undefined)) as T;
}

/**
 * The composite action plan of a practice review: every action behind its recommendations,
 * with its RAG rating **derived by the SDK** from dates and evidence (never typed), its
 * evidence, impact reviews and sign-off, and the chain back to the finding and key practice
 * episodes it answers. A **table** (the primary view: sort any column, filter, group, search,
 * choose columns) and a **board** by status (move cards by dragging, by keyboard or by a
 * "Move to…" menu; moves the SDK does not allow are refused with the reason).
 *
 * Inside `<slk-review>` it shows that review and saves to its store; on its own, set the
 * `review` property. With `editable`, actions are added and changed through forms the SDK
 * validates; with `agency`, only that agency's actions can be changed and the rest of the
 * plan is read-only. Downloads: the table as CSV (opens cleanly in Excel) and due dates and
 * review points as a calendar (.ics). Prints as a board report: A4 landscape, summary first.
 *
 * @summary The action plan as a sortable, filterable table and a status board, with RAG derived from dates and evidence.
 *
 * @tag slk-action-tracker
 *
 * @event {SlkActionSelectEvent} slk-action-select - The reader opened an action; `detail` has the action and its RAG rating.
 * @event {SlkActionChangeEvent} slk-action-change - An action was created, moved or changed, after it was saved.
 * @event {SlkAuditEvent} slk-audit - An unredacted (internal) download was made; `detail` is the audit entry.
 *
 * @csspart base - The component's main wrapper.
 * @csspart summary - The plan summary: counts by RAG and status, shares evidenced and impact-reviewed, strength and overdue actions.
 * @csspart toolbar - The view switch, add button and downloads.
 * @csspart filters - The filter, group and column controls.
 * @csspart table - The action table (the scrolling box).
 * @csspart board - The status board.
 * @csspart card - One action on the board.
 * @csspart rag - A RAG rating badge.
 * @csspart details - The dialog with one action's details.
 * @csspart form - The action forms.
 * @csspart message - Empty, loading and error messages.
 *
 * @cssproperty --slk-action-tracker-gap - Space between the summary, toolbar and views.
 * @cssproperty --slk-action-tracker-height - Height of the scrolling table and board (default 70vh).
 * @cssproperty --slk-action-tracker-red - Colour of the red rating (and of its bar in the summary).
 * @cssproperty --slk-action-tracker-amber - Colour of the amber rating.
 * @cssproperty --slk-action-tracker-green - Colour of the green rating.
 * @cssproperty --slk-action-tracker-blue - Colour of the blue rating (impact reviewed).
 * @cssproperty --slk-action-tracker-card-background - Background of a board card.
 */
export class SlkActionTracker extends SlkReviewElement {
  static override styles = [...SlkReviewElement.styles, formStyles, styles];

  /** Which view is showing: `table` (default) or `board`. */
  @property({ reflect: true })
  accessor view: ActionTrackerView = 'table';


  /**
   * An agency id or code: with `editable`, only that agency's actions can be changed; the
   * rest of the plan is shown read-only. The rule is the SDK's `canEditAction`.
   */
  @property()
  accessor agency = '';

  /** The day RAG ratings are worked out for (ISO date). Defaults to today in the UK. */
  @property()
  accessor today = '';

  /** Keep the table's filter, sort, grouping and columns in the address (`#actions=…`), so a view can be shared. */
  @property({ type: Boolean, attribute: 'sync-url' })
  accessor syncUrl = false;


  /** The current filter. Set it from code to filter. */
  @property({ attribute: false })
  accessor filter: ActionFilter = EMPTY_FILTER;

  /** The column the table is sorted by, and which way. */
  @property({ attribute: false })
  accessor sort: ActionSort = DEFAULT_SORT;

  /** Group the table's rows: `none` (default), `recommendation` or `agency`. */
  @property()
  accessor group: GroupBy = 'none';

  /** The table's columns (shown in the table's own order). The action's title is always shown. */
  @property({ attribute: false })
  accessor columns: readonly Column[] = DEFAULT_COLUMNS;

  /** The partnership's RAG thresholds, when not the SDK's defaults. */
  @property({ attribute: false })
  accessor thresholds: Partial<RagThresholds> | undefined;


  @state() private accessor selectedId: string | undefined;
  @state() private accessor form: FormState | undefined;
  @state() private accessor pending: ReadonlyMap<string, Action> = new Map();
  @state() private accessor picked: Picked | undefined;
  @state() private accessor dragging: string | undefined;
  @state() private accessor dropTarget: ActionStatus | undefined;
  @state() private accessor menuFor: string | undefined;
  @state() private accessor more: ReadonlyMap<ActionStatus, number> = new Map();
  @state() private accessor range = { first: 0, count: 24 };
  @state() private accessor announcement = '';
  @state() private accessor problem = '';
  /** The card whose move was just refused, so the reason shows beside it as well. */
  @state() private accessor refused: { id: string; text: string } | undefined;
  @state() private accessor printing = false;
  @state() private accessor exporting: { kind: 'csv' | 'ics'; problem?: string } | undefined;

  @query('.table-scroller') private accessor scroller: HTMLElement | null = null;
  @query('dialog.details-dialog') private accessor detailsDialog: HTMLDialogElement | null = null;
  @query('dialog.form-dialog') private accessor formDialog: HTMLDialogElement | null = null;
  @query('dialog.export-dialog') private accessor exportDialog: HTMLDialogElement | null = null;

  private rowsFor: { review?: Review; pending?: ReadonlyMap<string, Action>; day?: string; thresholds?: Partial<RagThresholds> | undefined; rows: ActionRow[] } = { rows: [] };
  private shownFor: { rows?: ActionRow[]; filter?: ActionFilter; sort?: ActionSort; shown: ActionRow[] } = { shown: [] };
  private summaryFor: { rows?: ActionRow[]; summary?: PlanSummary } = {};
  private itemsFor: { rows?: ActionRow[]; group?: GroupBy; items: TableItem[] } = { items: [] };
  private spacers: [number, number] = [0, 0];
  private scrollFrame = 0;
  private returnFocusTo: HTMLElement | undefined;
  private detailsOpener: HTMLElement | undefined;
  private hashPart: string | undefined;
  private pageSheet: CSSStyleSheet | undefined;
  private readonly instanceId = `at${Math.random().toString(36).slice(2, 8)}`;

  // --- Data -------------------------------------------------------------------------------


  /** The day RAG is worked out for: the `today` attribute when it is a date, else today in the UK. */
  private get day(): IsoDate {
    return isIsoDate(this.today) ? this.today : todayInUk();
  }

  /** Editing is on at all (the agency scope is checked per action). */

  /** The agency whose actions may change: the `agency` attribute as an id, or as a code. */
  private scopeOf(review: Review): { agencyId?: string } {
    if (!this.agency) return {};
    const agency = review.agencies.find((a) => a.id === this.agency || a.code === this.agency);
    // An agency the review does not have can change nothing (it fails closed).
    return { agencyId: agency?.id ?? `unknown:${this.agency}` };
  }

  private mayEdit(review: Review, action: Pick<Action, 'agencyId'>): boolean {
    return this.canEdit && canEditAction(this.scopeOf(review), action).ok;
  }

  /** Every action with the changes still being saved laid over it (optimistic updates). */
  private rows(review: Review): ActionRow[] {
    const cache = this.rowsFor;
    if (cache.review !== review || cache.pending !== this.pending || cache.day !== this.day || cache.thresholds !== this.thresholds) {
      const actions = review.actions.map((a) => this.pending.get(a.id) ?? a);
      for (const [id, action] of this.pending) if (!review.actions.some((a) => a.id === id)) actions.push(action);
      this.rowsFor = { review, pending: this.pending, day: this.day, thresholds: this.thresholds, rows: prepareRows({ ...review, actions }, this.day, this.thresholds) };
    }
    return this.rowsFor.rows;
  }

  /** The rows the filter lets through, in the table's order. */
  private shownRows(review: Review): ActionRow[] {
    const rows = this.rows(review);
    const cache = this.shownFor;
    if (cache.rows !== rows || cache.filter !== this.filter || cache.sort !== this.sort) {
      this.shownFor = { rows, filter: this.filter, sort: this.sort, shown: sortRows(applyFilter(rows, this.filter), this.sort) };
    }
    return this.shownFor.shown;
  }

  private rowOf(review: Review, id: string | undefined): ActionRow | undefined {
    return id ? this.rows(review).find((r) => r.action.id === id) : undefined;
  }

  private date(value: string | undefined): string {
    return value && isIsoDate(value) ? formatIsoDate(value, this.locale) : '';
  }

  private statusLabel(status: ActionStatus): string {
    return labelOf(ACTION_STATUSES, status, this.locale);
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
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = 0;
    this.onAfterPrint();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl && this.hasUpdated) this.readHash();
    if (changed.has('filter') || changed.has('group') || changed.has('sort')) {
      this.range = { ...this.range, first: 0 };
      if (this.scroller) this.scroller.scrollTop = 0;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Heights set through the CSSOM: a strict CSP blocks style attributes (decision 0006).
    const [before, after] = this.spacers;
    this.renderRoot.querySelector<HTMLElement>('.spacer--before')?.style.setProperty('height', `${before}px`);
    this.renderRoot.querySelector<HTMLElement>('.spacer--after')?.style.setProperty('height', `${after}px`);
  }

  private readonly onBeforePrint = (): void => {
    // Another kit element is printing itself alone (the practice briefing): not this report.
    const owner = printOwner();
    if (owner && owner !== this) return;
    this.printing = true;
    // A4 landscape for the board report. @page has no effect inside a shadow root, so the
    // rule is adopted by the document for the print only (a constructed sheet, which a
    // strict CSP allows).
    if (!this.pageSheet && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
      this.pageSheet = new CSSStyleSheet();
      this.pageSheet.replaceSync('@page { size: A4 landscape; margin: 12mm; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.pageSheet];
    }
    this.performUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    if (this.pageSheet) {
      const sheet = this.pageSheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.pageSheet = undefined;
    }
  };

  // --- Address ----------------------------------------------------------------------------

  private get hashKey(): string {
    return this.id || 'actions';
  }

  private readonly onHashChange = (): void => {
    if (this.syncUrl) this.readHash(true);
  };

  /** Applies this element's part of the address (see the timeline, which shares the scheme). */
  private readHash(onHashChange = false): void {
    const part = hashPart(this.hashKey);
    if (onHashChange ? part === this.hashPart : !part) return;
    this.hashPart = part;
    const params = hashParams(this.hashKey, part);
    const view = viewFromParams(params);
    this.view = params.get('view') === 'board' ? 'board' : 'table';
    if (JSON.stringify(view.filter) !== JSON.stringify(this.filter)) this.filter = view.filter;
    if (JSON.stringify(view.sort) !== JSON.stringify(this.sort)) this.sort = view.sort;
    this.group = view.group;
    if (view.columns.join() !== this.columns.join()) this.columns = view.columns;
  }

  private writeHash(): void {
    if (!this.syncUrl) return;
    const params = viewToParams({ filter: this.filter, sort: this.sort, group: this.group, columns: this.columns });
    if (this.view !== 'table') params.set('view', this.view);
    this.hashPart = writeHashPart(this.hashKey, params);
  }

  private setView(change: { filter?: ActionFilter; sort?: ActionSort; group?: GroupBy; columns?: readonly Column[]; view?: ActionTrackerView }): void {
    if (change.filter) this.filter = change.filter;
    if (change.sort) this.sort = change.sort;
    if (change.group) this.group = change.group;
    if (change.columns) this.columns = change.columns;
    if (change.view) this.view = change.view;
    this.writeHash();
  }

  // --- Rendering --------------------------------------------------------------------------

  protected override defaultLabel(): string {
    return msg('Action plan');
  }

  protected override stateText() {
    return {
      loading: msg('Loading the action plan…'),
      providerFailed: msg('The action plan cannot be shown because the review did not load. The message above says why.'),
    };
  }

  protected override renderReview(review: Review): TemplateResult {
    const rows = this.rows(review);
    const shownRows = this.shownRows(review);
    if (this.summaryFor.rows !== rows) {
      this.summaryFor = { rows, summary: summarisePlan({ ...review, actions: rows.map((r) => r.action) }, { today: this.day, ...(this.thresholds ? { thresholds: this.thresholds } : {}) }) };
    }
    const summary = this.summaryFor.summary!;
    const scope = this.scopeOf(review);
    const scopeAgency = scope.agencyId ? review.agencies.find((a) => a.id === scope.agencyId) : undefined;
    return html`
      <header class="heading">
        <h2 class="title">${this.regionName}</h2>
        <p class="subtitle">${review.title} · ${labelOf(AUDIENCES, this.shown.audience, this.locale)} · ${msg(str`RAG as of ${formatIsoDate(this.day, this.locale)}`)}</p>
        ${this.canEdit && this.agency
          ? html`<p class="hint scope">${scopeAgency
              ? msg(str`You can change ${scopeAgency.name}’s actions. The rest of the plan is shown read-only.`)
              : msg('This page’s agency is not one of the review’s agencies, so the plan is shown read-only.')}</p>`
          : nothing}
      </header>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.problem
        ? html`<div class="message message--error problem" role="alert">
            <p>${this.problem}</p>
            <button type="button" class="link-button" @click=${() => ((this.problem = ''), (this.refused = undefined))}>${msg('Dismiss')}</button>
          </div>`
        : nothing}
      ${this.printing ? this.renderPrintHeading(review, shownRows) : nothing}
      ${rows.length ? this.renderSummary(review, summary) : nothing}
      ${this.renderToolbar(review)}
      ${rows.length === 0
        ? html`<div part="message" class="message screen-only">
            <p><strong>${msg('This review has no actions yet.')}</strong></p>
            <p>${this.canEdit
              ? msg('Add the first action: which recommendation it answers, which agency leads it, who the lead officer is and when it is due.')
              : msg('Actions appear here when agencies agree how they will answer the review’s recommendations.')}</p>
          </div>`
        : html`${this.renderFilters(review, rows.length, shownRows.length)}
            <div class="screen-only">${this.view === 'board' ? this.renderBoard(review, shownRows) : this.renderTable(review, shownRows)}</div>`}
      ${this.printing ? this.renderPrint(review, shownRows) : nothing}
      <dialog part="details" class="details-dialog" aria-labelledby="${this.instanceId}-details-title" @close=${this.onDetailsClose}>
        ${this.selectedId ? this.renderDetails(review, this.selectedId) : nothing}
      </dialog>
      ${unredactedExportDialog({
        id: this.instanceId,
        host: this,
        open: Boolean(this.exporting),
        problem: this.exporting?.problem,
        onRequest: (override) => this.download(this.exporting!.kind, override),
        onClose: () => (this.exporting = undefined),
      })}
      ${this.canEdit ? html`<dialog part="form" class="form-dialog" aria-labelledby="${this.instanceId}-form-title" @cancel=${this.onFormCancel}>${this.form ? this.renderForm(review, this.form) : nothing}</dialog>` : nothing}
    `;
  }

  // --- Summary ----------------------------------------------------------------------------

  /** A bar of segments drawn to scale; the words beside it say the same. */
  private bar(segments: ReadonlyArray<{ value: number; className: string }>): TemplateResult {
    const total = segments.reduce((n, s) => n + s.value, 0) || 1;
    let x = 0;
    return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="bar__track" width="100" height="10"></rect>
      ${segments.map((s) => {
        const width = (s.value / total) * 100;
        const rect = svg`<rect class=${s.className} x=${x} width=${width} height="10"></rect>`;
        x += width;
        return rect;
      })}
    </svg>`;
  }

  private share(part: number, whole: number): string {
    return whole ? `${Math.round((part / whole) * 100)}%` : '0%';
  }

  private renderSummary(review: Review, summary: PlanSummary): TemplateResult {
    const id = this.instanceId;
    const rows = this.rows(review);
    const overdue = rows.filter((r) => r.overdue).sort((a, b) => a.daysLeft - b.daysLeft);
    const evidenced = Math.round(summary.evidencedShare * summary.active);
    const reviewed = Math.round(summary.impactReviewedShare * summary.active);
    const strengths = INTERVENTION_STRENGTHS.codes;
    return html`<section part="summary" class="summary" aria-labelledby="${id}-summary-title">
      <h3 id="${id}-summary-title" class="summary__title">${msg('Plan summary')}</h3>
      <p class="summary__lead">
        ${summary.total === 1 ? msg('1 action') : msg(str`${summary.total} actions`)} · ${msg(str`${summary.active} active`)} ·
        ${summary.overdue === 0 ? msg('none overdue') : msg(str`${summary.overdue} overdue`)}
      </p>
      <div class="summary__grid">
        <div class="stat">
          <h4>${msg('RAG rating')}</h4>
          ${this.bar(RAG_RATINGS.map((r) => ({ value: summary.byRag[r], className: `fill--${r}` })))}
          <ul class="legend">
            ${RAG_RATINGS.map((r) => html`<li>${this.ragSwatch(r)} ${RAG_LABELS[r][this.locale]}: <strong>${summary.byRag[r]}</strong></li>`)}
          </ul>
        </div>
        <div class="stat">
          <h4>${msg('Evidence and impact')}</h4>
          <p>${msg(str`Evidenced: ${evidenced} of ${summary.active} active actions (${this.share(evidenced, summary.active)})`)}</p>
          ${this.bar([{ value: evidenced, className: 'fill--green' }, { value: summary.active - evidenced, className: 'fill--rest' }])}
          <p>${msg(str`Impact reviewed: ${reviewed} of ${summary.active} (${this.share(reviewed, summary.active)})`)}</p>
          ${this.bar([{ value: reviewed, className: 'fill--blue' }, { value: summary.active - reviewed, className: 'fill--rest' }])}
        </div>
        <div class="stat">
          <h4>${msg('Intervention strength')}</h4>
          ${this.bar(strengths.map((s) => ({ value: summary.strength[s], className: `fill--${s}` })))}
          <ul class="legend">
            ${strengths.map((s) => html`<li><span class="swatch fill--${s}" aria-hidden="true"></span> ${labelOf(INTERVENTION_STRENGTHS, s, this.locale)}: <strong>${summary.strength[s]}</strong></li>`)}
          </ul>
          ${summary.warnings
            .filter((w) => w.code !== 'overdue-actions')
            .map((w) => html`<p class="warning"><strong class="warning__label">${msg('Warning:')}</strong> ${w.text[this.locale]}</p>`)}
        </div>
        <div class="stat">
          <h4>${msg('By status')}</h4>
          <table class="mini-table">
            <thead><tr><th scope="col">${msg('Status')}</th><th scope="col" class="num">${msg('Actions')}</th></tr></thead>
            <tbody>
              ${ACTION_STATUSES.codes.filter((s) => summary.byStatus[s] > 0).map((s) => html`<tr><th scope="row">${this.statusLabel(s)}</th><td class="num">${summary.byStatus[s]}</td></tr>`)}
            </tbody>
          </table>
        </div>
        <div class="stat">
          <h4>${msg('Overdue')}</h4>
          ${overdue.length
            ? html`<ul class="overdue">
                ${overdue.slice(0, 8).map(
                  (r) => html`<li>
                    <button type="button" class="link-button" @click=${(e: Event) => this.openDetails(r.action.id, e.currentTarget as HTMLElement)}>${r.action.title}</button>
                    <span class="hint">${r.agency?.name ?? r.action.agencyId} · ${-r.daysLeft === 1 ? msg('1 day late') : msg(str`${-r.daysLeft} days late`)}</span>
                  </li>`,
                )}
              </ul>
              ${overdue.length > 8
                ? html`<button type="button" class="link-button" @click=${() => this.setView({ filter: { ...EMPTY_FILTER, overdue: true }, view: 'table' })}>${msg(str`Show all ${overdue.length} overdue actions`)}</button>`
                : nothing}`
            : html`<p>${msg('Nothing is overdue.')}</p>`}
        </div>
      </div>
    </section>`;
  }

  private ragSwatch(rag: Rag): TemplateResult {
    return html`<span class="swatch fill--${rag}" aria-hidden="true"></span>`;
  }

  private ragBadge(row: ActionRow, withReason: boolean): TemplateResult {
    const rag = row.rag.rating;
    return html`<span part="rag" class="rag rag--${rag}"><span class="rag__mark" aria-hidden="true">${RAG_MARKS[rag]}</span>${RAG_LABELS[rag][this.locale]}</span>${withReason && row.rag.reasons[0]
      ? html`<span class="rag-reason">${row.rag.reasons[0].text[this.locale]}</span>`
      : nothing}`;
  }

  // --- Toolbar and filters ------------------------------------------------------------------

  private renderToolbar(review: Review): TemplateResult {
    const views: Array<[ActionTrackerView, string]> = [
      ['table', msg('Table')],
      ['board', msg('Board')],
    ];
    const canAdd = this.canEdit && (!this.agency || review.agencies.some((a) => a.id === this.scopeOf(review).agencyId));
    return html`<div part="toolbar" class="toolbar screen-only">
      <div class="toolbar__row">
        <div class="views" role="group" aria-label=${msg('View')}>
          ${views.map(([view, name]) => html`<button type="button" class="toggle" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => this.setView({ view })}>${name}</button>`)}
        </div>
        <div class="actions">
          ${canAdd ? html`<button type="button" class="button" @click=${(e: Event) => this.openForm('action', undefined, e.currentTarget as HTMLElement)}>${msg('Add action')}</button>` : nothing}
          ${review.actions.length
            ? html`<button type="button" class="button button--secondary" @click=${() => this.startExport('csv')}>${msg('Download table (CSV)')}</button>
                <button type="button" class="button button--secondary" @click=${() => this.startExport('ics')}>${msg('Download dates (calendar)')}</button>
                <button type="button" class="button button--secondary" @click=${() => window.print()}>${msg('Print')}</button>`
            : nothing}
        </div>
      </div>
    </div>`;
  }

  private columnLabel(column: Column): string {
    switch (column) {
      case 'title':
        return msg('Action');
      case 'recommendation':
        return msg('Recommendation');
      case 'agency':
        return msg('Agency');
      case 'lead':
        return msg('Lead officer');
      case 'due':
        return msg('Due');
      case 'status':
        return msg('Status');
      case 'rag':
        return msg('RAG');
      case 'evidence':
        return msg('Evidence');
      case 'nextReview':
        return msg('Next impact review');
      case 'strength':
        return msg('Strength');
    }
  }

  private readonly clearFilters = async (): Promise<void> => {
    this.setView({ filter: EMPTY_FILTER });
    this.announcement = msg('Filters cleared');
    // The button goes with the filter: focus moves to the search box rather than the page.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[type="search"]')?.focus();
  };

  private renderFilters(review: Review, total: number, shown: number): TemplateResult {
    const id = this.instanceId;
    const f = this.filter;
    const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list, value] : list.filter((x) => x !== value));
    const checks = <T extends string>(name: string, legend: string, options: ReadonlyArray<[T, string]>, chosen: readonly T[], set: (next: T[]) => ActionFilter) =>
      html`<fieldset class="filter-group">
        <legend>${legend}</legend>
        ${options.map(
          ([value, label]) => html`<label class="check"><input type="checkbox" name=${name} value=${value} .checked=${chosen.includes(value)}
            @change=${(e: Event) => this.setView({ filter: set(toggle(chosen, value, (e.target as HTMLInputElement).checked)) })} /> ${label}</label>`,
        )}
      </fieldset>`;
    return html`<div part="filters" class="filters screen-only">
      <div class="filters__row">
        <div class="field search">
          <label for="${id}-q">${msg('Search actions')}</label>
          <input id="${id}-q" type="search" .value=${f.query} autocomplete="off" @input=${(e: Event) => this.setView({ filter: { ...this.filter, query: (e.target as HTMLInputElement).value } })} />
        </div>
        <div class="field">
          <label for="${id}-rec">${msg('Recommendation')}</label>
          <select id="${id}-rec" @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            const rest = without(this.filter, 'recommendationId');
            this.setView({ filter: value ? { ...rest, recommendationId: value } : rest });
          }}>
            <option value="" ?selected=${!f.recommendationId}>${msg('All recommendations')}</option>
            ${review.recommendations.map((r) => html`<option value=${r.id} ?selected=${f.recommendationId === r.id}>${r.id}: ${excerpt(r.text, 70)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="${id}-group">${msg('Group by')}</label>
          <select id="${id}-group" @change=${(e: Event) => this.setView({ group: (e.target as HTMLSelectElement).value as GroupBy })}>
            <option value="none" ?selected=${this.group === 'none'}>${msg('No grouping')}</option>
            <option value="recommendation" ?selected=${this.group === 'recommendation'}>${msg('Recommendation')}</option>
            <option value="agency" ?selected=${this.group === 'agency'}>${msg('Agency')}</option>
          </select>
        </div>
      </div>
      <details class="more-filters">
        <summary>${msg('More filters')}${isFiltered({ ...f, query: '', recommendationId: undefined }) ? html` <span class="hint">(${msg('some applied')})</span>` : nothing}</summary>
        <div class="filters__more">
          ${checks('agency', msg('Agency'), review.agencies.map((a) => [a.id, a.name] as [string, string]), f.agencies, (agencies) => ({ ...this.filter, agencies }))}
          ${checks('status', msg('Status'), ACTION_STATUSES.codes.map((s) => [s, this.statusLabel(s)] as [ActionStatus, string]), f.statuses, (statuses) => ({ ...this.filter, statuses }))}
          ${checks('rag', msg('RAG rating'), RAG_RATINGS.map((r) => [r, RAG_LABELS[r][this.locale]] as [Rag, string]), f.rags, (rags) => ({ ...this.filter, rags }))}
          <fieldset class="filter-group">
            <legend>${msg('Dates')}</legend>
            <label class="check"><input type="checkbox" name="overdue" .checked=${Boolean(f.overdue)} @change=${(e: Event) => {
              const rest = without(this.filter, 'overdue');
              this.setView({ filter: (e.target as HTMLInputElement).checked ? { ...rest, overdue: true } : rest });
            }} /> ${msg('Overdue only')}</label>
            <div class="field field--inline">
              <label for="${id}-within">${msg('Due within (days)')}</label>
              <input id="${id}-within" type="number" min="0" max="3650" inputmode="numeric" class="input--short" .value=${f.dueWithin === undefined ? '' : String(f.dueWithin)}
                @change=${(e: Event) => {
                  const value = Number.parseInt((e.target as HTMLInputElement).value, 10);
                  const rest = without(this.filter, 'dueWithin');
                  this.setView({ filter: Number.isFinite(value) && value >= 0 ? { ...rest, dueWithin: Math.min(value, 3650) } : rest });
                }} />
            </div>
          </fieldset>
          <fieldset class="filter-group">
            <legend>${msg('Columns')}</legend>
            ${COLUMNS.map(
              (c) => html`<label class="check"><input type="checkbox" name="column" value=${c} ?disabled=${c === 'title'} .checked=${this.columns.includes(c)}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  this.setView({ columns: COLUMNS.filter((x) => (x === c ? on : this.columns.includes(x))) });
                }} /> ${this.columnLabel(c)}</label>`,
            )}
          </fieldset>
        </div>
      </details>
      <div class="filters__status">
        <p role="status" class="count">${isFiltered(f) ? msg(str`Showing ${shown} of ${total} actions`) : total === 1 ? msg('1 action') : msg(str`${total} actions`)}</p>
        ${isFiltered(f) ? html`<button type="button" class="link-button" @click=${this.clearFilters}>${msg('Clear filters')}</button>` : nothing}
      </div>
    </div>`;
  }

  // --- Table --------------------------------------------------------------------------------

  private renderTable(review: Review, rows: ActionRow[]): TemplateResult {
    if (rows.length === 0) return html`<p part="message" class="message">${msg('No actions match the filter.')}</p>`;
    // Regrouped only when the rows or grouping change, not on every scroll of the virtual table.
    if (this.itemsFor.rows !== rows || this.itemsFor.group !== this.group) this.itemsFor = { rows, group: this.group, items: groupRows(rows, this.group, review) };
    const items = this.itemsFor.items;
    const columns = COLUMNS.filter((c) => c === 'title' || this.columns.includes(c));
    const virtual = items.length > VIRTUAL_FROM;
    let first = 0;
    let last = items.length;
    if (virtual) {
      first = Math.max(0, Math.min(this.range.first, items.length - 1));
      last = Math.min(items.length, first + this.range.count);
      this.spacers = [first * ROW_HEIGHT, (items.length - last) * ROW_HEIGHT];
    } else this.spacers = [0, 0];
    const visible = items.slice(first, last);
    const recs = new Map(review.recommendations.map((r) => [r.id, r]));
    const agencies = new Map(review.agencies.map((a) => [a.id, a]));
    return html`<div part="table" class="table-scroller ${virtual ? 'table-scroller--virtual' : ''}" tabindex="0" role="region" aria-labelledby="${this.instanceId}-caption" @scroll=${this.onScroll}>
      <table class="actions-table" aria-rowcount=${items.length + 1}>
        <caption id="${this.instanceId}-caption" class="visually-hidden">${msg('Actions')}${this.sortCaption()}</caption>
        <thead>
          <tr aria-rowindex="1">
            ${columns.map((c) => {
              const sorted = this.sort.column === c;
              return html`<th scope="col" class="col--${c}" aria-sort=${sorted ? (this.sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" class="sort" @click=${() => this.sortBy(c)}>
                  ${this.columnLabel(c)}<span class="sort__mark" aria-hidden="true">${sorted ? (this.sort.descending ? '▼' : '▲') : '↕'}</span>
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${virtual ? html`<tr class="spacer spacer--before" aria-hidden="true"><td colspan=${columns.length}></td></tr>` : nothing}
          ${repeat(
            visible,
            (item) => (item.kind === 'group' ? item.key : item.row.action.id),
            (item, i) => this.renderTableLine(item, first + i + 2, columns, virtual, recs, agencies),
          )}
          ${virtual ? html`<tr class="spacer spacer--after" aria-hidden="true"><td colspan=${columns.length}></td></tr>` : nothing}
        </tbody>
      </table>
    </div>`;
  }

  private sortCaption(): string {
    return msg(str`, sorted by ${this.columnLabel(this.sort.column)}, ${this.sort.descending ? msg('descending') : msg('ascending')}`);
  }

  private renderTableLine(
    item: TableItem,
    index: number,
    columns: readonly Column[],
    virtual: boolean,
    recs: ReadonlyMap<string, Review['recommendations'][number]>,
    agencies: ReadonlyMap<string, Review['agencies'][number]>,
  ): TemplateResult {
    const fixed = virtual ? 'row--fixed' : '';
    if (item.kind === 'group') {
      const name = this.group === 'agency' ? (agencies.get(item.id)?.name ?? item.id) : `${item.id}: ${recs.get(item.id)?.text ?? ''}`;
      return html`<tr class="group-row ${fixed}" aria-rowindex=${index}>
        <th scope="colgroup" colspan=${columns.length}><span class="cell">${name} <span class="hint">(${item.count === 1 ? msg('1 action') : msg(str`${item.count} actions`)})</span></span></th>
      </tr>`;
    }
    const { row } = item;
    const a = row.action;
    const cell = (c: Column): TemplateResult => {
      switch (c) {
        case 'title':
          return html`<th scope="row" class="col--title"><span class="cell">
            <button type="button" class="link-button row-title" @click=${(e: Event) => this.openDetails(a.id, e.currentTarget as HTMLElement)}>${a.title}</button>
            <span class="hint">${a.id}</span></span></th>`;
        case 'recommendation':
          return html`<td><span class="cell"><strong>${a.recommendationId}</strong> ${excerpt(row.recommendation?.text ?? '', 120)}</span></td>`;
        case 'agency':
          return html`<td><span class="cell">${row.agency?.name ?? a.agencyId}</span></td>`;
        case 'lead':
          return html`<td><span class="cell">${a.leadOfficer.role}${a.leadOfficer.name ? html`<br /><span class="hint">${a.leadOfficer.name}</span>` : nothing}</span></td>`;
        case 'due':
          return html`<td class="nowrap"><span class="cell">${this.date(a.dueDate)}${row.overdue
            ? html`<br /><strong class="late">${-row.daysLeft === 1 ? msg('1 day late') : msg(str`${-row.daysLeft} days late`)}</strong>`
            : nothing}</span></td>`;
        case 'status':
          return html`<td><span class="cell">${this.statusLabel(a.status)}</span></td>`;
        case 'rag':
          return html`<td><span class="cell">${this.ragBadge(row, true)}</span></td>`;
        case 'evidence':
          return html`<td><span class="cell">${row.evidence === 0 ? msg('None') : msg(str`${row.accepted} accepted of ${row.evidence}`)}</span></td>`;
        case 'nextReview':
          return html`<td class="nowrap"><span class="cell">${row.nextReview ? this.date(row.nextReview) : html`<span class="hint">${msg('None due')}</span>`}</span></td>`;
        case 'strength':
          return html`<td><span class="cell">${labelOf(INTERVENTION_STRENGTHS, row.strength, this.locale)}</span></td>`;
      }
    };
    return html`<tr class="action-row ${fixed} ${this.selectedId === a.id ? 'action-row--selected' : ''}" data-id=${a.id} aria-rowindex=${index}>${columns.map(cell)}</tr>`;
  }

  private sortBy(column: Column): void {
    const descending = this.sort.column === column ? !this.sort.descending : false;
    this.setView({ sort: { column, descending } });
    this.announcement = msg(str`Sorted by ${this.columnLabel(column)}, ${descending ? msg('descending') : msg('ascending')}`);
  }

  private readonly onScroll = (): void => {
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const scroller = this.scroller;
      if (!scroller) return;
      const head = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const first = Math.max(0, Math.floor((scroller.scrollTop - head) / ROW_HEIGHT) - OVERSCAN);
      const count = Math.ceil(scroller.clientHeight / ROW_HEIGHT) + OVERSCAN * 2;
      if (first !== this.range.first || count !== this.range.count) this.range = { first, count };
    });
  };

  // --- Board --------------------------------------------------------------------------------

  private renderBoard(review: Review, rows: ActionRow[]): TemplateResult {
    const id = this.instanceId;
    const byStatus = new Map<ActionStatus, ActionRow[]>(BOARD_STATUSES.map((s) => [s, []]));
    for (const row of rows) byStatus.get(row.action.status)!.push(row);
    const picked = this.picked;
    return html`
      <p id="${id}-board-help" class="hint">
        ${this.canEdit
          ? msg('To move an action, drag its card, or press its Move button, use the left and right arrow keys to choose a column, and press Space to drop (Escape cancels). The Move to… menu does the same.')
          : msg('Actions by status. Open an action to see its details.')}
      </p>
      <ul part="board" class="board" aria-label=${msg('Actions by status')}>
        ${BOARD_STATUSES.map((status) => {
          const cards = byStatus.get(status)!;
          const limit = this.more.get(status) ?? CARDS_PER_COLUMN;
          const target = (picked && picked.target === status) || this.dropTarget === status;
          return html`<li class="column ${target ? 'column--target' : ''}" data-status=${status}
            @dragover=${(e: DragEvent) => this.onDragOver(e, status)} @dragleave=${() => (this.dropTarget = undefined)} @drop=${(e: DragEvent) => this.onDrop(e, review, status)}>
            <h3 id="${id}-col-${status}" class="column__title">${this.statusLabel(status)} <span class="count-badge">${cards.length}</span></h3>
            ${cards.length
              ? html`<ul class="cards">${repeat(cards.slice(0, limit), (r) => r.action.id, (r) => this.renderCard(review, r))}</ul>`
              : html`<p class="hint column__empty">${msg('No actions')}</p>`}
            ${cards.length > limit
              ? html`<button type="button" class="link-button" @click=${() => (this.more = new Map(this.more).set(status, limit + CARDS_PER_COLUMN))}>${msg(str`Show more (${cards.length - limit} not shown)`)}</button>`
              : nothing}
          </li>`;
        })}
      </ul>
    `;
  }

  private renderCard(review: Review, row: ActionRow): TemplateResult {
    const a = row.action;
    const editable = this.mayEdit(review, a);
    const picked = this.picked?.id === a.id;
    const menuOpen = this.menuFor === a.id;
    return html`<li part="card" class="card card--${row.rag.rating} ${picked ? 'card--picked' : ''}" data-id=${a.id} draggable=${editable && ACTION_TRANSITIONS[a.status].length ? 'true' : 'false'}
      @dragstart=${(e: DragEvent) => this.onDragStart(e, a.id)} @dragend=${() => ((this.dragging = undefined), (this.dropTarget = undefined))}>
      <div class="card__top">${this.ragBadge(row, false)} <span class="hint">${row.agency?.code ?? a.agencyId}</span></div>
      <button type="button" class="link-button card__title" @click=${(e: Event) => this.openDetails(a.id, e.currentTarget as HTMLElement)}>${a.title}</button>
      <p class="hint">${msg(str`Due ${this.date(a.dueDate)}`)}${row.overdue ? html` · <strong class="late">${msg('overdue')}</strong>` : nothing}</p>
      ${this.refused?.id === a.id ? html`<p class="error-message card__refused"><span class="visually-hidden">${msg('Error:')}</span> ${this.refused.text}</p>` : nothing}
      ${editable && ACTION_TRANSITIONS[a.status].length
        ? html`<div class="card__actions">
            <button type="button" class="button button--secondary grab" aria-pressed=${picked ? 'true' : 'false'} aria-describedby="${this.instanceId}-board-help"
              aria-label=${msg(str`Move ${a.title}`)} @keydown=${(e: KeyboardEvent) => this.onGrabKey(e, review, a)} @click=${(e: MouseEvent) => this.onGrabClick(e, a)} @blur=${() => this.cancelPick(a)}>
              <span aria-hidden="true">⠿</span> ${msg('Move')}
            </button>
            <button type="button" class="button button--secondary" aria-expanded=${menuOpen ? 'true' : 'false'} aria-controls="${this.instanceId}-menu-${a.id}"
              @click=${() => (this.menuFor = menuOpen ? undefined : a.id)}>${msg('Move to…')}</button>
            ${menuOpen
              ? html`<ul class="move-menu" id="${this.instanceId}-menu-${a.id}" aria-label=${msg(str`Move ${a.title} to`)} @keydown=${(e: KeyboardEvent) => this.onMenuKey(e, a.id)}>
                  ${BOARD_STATUSES.filter((s) => ACTION_TRANSITIONS[a.status].includes(s)).map(
                    (s) => html`<li><button type="button" class="link-button" @click=${() => void this.moveFromMenu(review, a, s)}>${this.statusLabel(s)}</button></li>`,
                  )}
                </ul>`
              : nothing}
          </div>`
        : this.canEdit && !editable
          ? html`<p class="hint">${msg('Read only: another agency’s action')}</p>`
          : nothing}
    </li>`;
  }

  /** A move chosen from a card's menu; focus goes back to the card, wherever it now is. */
  private async moveFromMenu(review: Review, action: Action, to: ActionStatus): Promise<void> {
    this.menuFor = undefined;
    const moved = await this.attemptMove(review, action, to);
    if (!moved && !this.form) await this.focusCard(action.id, '[aria-controls]');
  }

  private async focusCard(id: string, control: string): Promise<void> {
    await this.updateComplete;
    const card = this.renderRoot.querySelector<HTMLElement>(`.card[data-id="${CSS.escape(id)}"]`);
    (card?.querySelector<HTMLElement>(control) ?? card?.querySelector<HTMLElement>('.card__title'))?.focus();
  }

  private onMenuKey(event: KeyboardEvent, id: string): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.menuFor = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.card[data-id="${CSS.escape(id)}"] [aria-controls]`)?.focus());
  }

  private onGrabClick(event: MouseEvent, action: Action): void {
    // Keyboard presses are handled on keydown; a pointer click picks the card up.
    if (event.detail === 0 || this.picked) return;
    this.pick(action);
  }

  private pick(action: Action): void {
    this.picked = { id: action.id, target: action.status };
    this.announcement = msg(
      str`Picked up ${action.title}, in ${this.statusLabel(action.status)}. Use the left and right arrow keys to choose a column, Space to drop, Escape to cancel.`,
    );
  }

  private cancelPick(action: Action, say = true): void {
    if (this.picked?.id !== action.id) return;
    this.picked = undefined;
    if (say) this.announcement = msg(str`Move cancelled. ${action.title} stays in ${this.statusLabel(action.status)}.`);
  }

  private onGrabKey(event: KeyboardEvent, review: Review, action: Action): void {
    const picked = this.picked?.id === action.id ? this.picked : undefined;
    const key = event.key;
    if (!picked) {
      if (key === ' ' || key === 'Enter') {
        event.preventDefault();
        this.pick(action);
      }
      return;
    }
    if (key === 'ArrowRight' || key === 'ArrowLeft' || key === 'Home' || key === 'End') {
      event.preventDefault();
      const at = BOARD_STATUSES.indexOf(picked.target);
      const next =
        key === 'Home' ? 0 : key === 'End' ? BOARD_STATUSES.length - 1 : Math.max(0, Math.min(BOARD_STATUSES.length - 1, at + (key === 'ArrowRight' ? 1 : -1)));
      const target = BOARD_STATUSES[next]!;
      this.picked = { ...picked, target };
      // The column may be off-screen on a narrow board: bring it into view (no smooth scroll).
      this.renderRoot.querySelector(`.column[data-status="${target}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const check = target === action.status ? undefined : canMoveAction(action, target, NEEDS_REASON.has(target) ? { rationale: 'pending' } : {});
      this.announcement =
        target === action.status
          ? msg(str`Over ${this.statusLabel(target)}, where it is now.`)
          : check && !check.ok
            ? msg(str`Over ${this.statusLabel(target)}. It cannot be dropped here: ${check.reason[this.locale]}`)
            : msg(str`Over ${this.statusLabel(target)}.`);
    } else if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      this.picked = undefined;
      if (picked.target === action.status) this.announcement = msg(str`${action.title} stays in ${this.statusLabel(action.status)}.`);
      else void this.attemptMove(review, action, picked.target);
    } else if (key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.cancelPick(action);
    }
  }

  private onDragStart(event: DragEvent, id: string): void {
    this.dragging = id;
    event.dataTransfer?.setData('text/plain', id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  private onDragOver(event: DragEvent, status: ActionStatus): void {
    if (!this.dragging) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.dropTarget = status;
  }

  private onDrop(event: DragEvent, review: Review, status: ActionStatus): void {
    const id = this.dragging ?? event.dataTransfer?.getData('text/plain');
    this.dragging = undefined;
    this.dropTarget = undefined;
    const action = this.rowOf(review, id)?.action;
    if (!action) return;
    event.preventDefault();
    if (action.status !== status) void this.attemptMove(review, action, status);
  }

  /**
   * Moves an action to a status if the SDK allows it; otherwise says why. Superseding and
   * cancelling ask for the reason first.
   */
  private async attemptMove(review: Review, action: Action, to: ActionStatus, rationale?: string): Promise<boolean> {
    this.problem = '';
    this.refused = undefined;
    if (!this.mayEdit(review, action)) {
      this.problem = msg(str`${action.title} belongs to another agency, so it cannot be moved here.`);
      return false;
    }
    if (NEEDS_REASON.has(to) && !rationale) {
      // Would the SDK allow the move once a reason is given? Only then is the reason asked for.
      const check = canMoveAction(action, to, { rationale: 'pending' });
      if (check.ok) {
        await this.openForm('reason', action, this.renderRoot.querySelector<HTMLElement>(`.card[data-id="${CSS.escape(action.id)}"] .grab`) ?? undefined, { target: to });
        return false;
      }
    }
    const check = canMoveAction(action, to, rationale ? { rationale } : {});
    if (!check.ok) {
      this.problem = msg(str`${action.title} cannot move to ${this.statusLabel(to)}. ${check.reason[this.locale]}.`);
      this.refused = { id: action.id, text: check.reason[this.locale] };
      this.announcement = this.problem;
      return false;
    }
    const next = moveAction(action, to, { today: this.day, division: divisionOf(review.nation), ...(rationale ? { rationale } : {}) });
    const saved = await this.save(review, next, action, 'status');
    if (saved) this.announcement = msg(str`Moved ${action.title} to ${this.statusLabel(to)}.`);
    if (saved && !this.form && this.view === 'board' && !this.detailsDialog?.open) await this.focusCard(action.id, '.grab');
    return saved;
  }

  // --- Saving -------------------------------------------------------------------------------

  /**
   * Saves an action optimistically: it shows at once, then is written to the store (or into
   * this element's own review). If the store refuses, the change is rolled back and the
   * reason shown. A stored version that no longer matches what the reader saw is a conflict.
   */
  private async save(review: Review, next: Action, previous: Action | undefined, change: ActionChangeDetail['change']): Promise<boolean> {
    const store = this.shown.store;
    this.pending = new Map(this.pending).set(next.id, next);
    if (this.form) this.form = { ...this.form, busy: true };
    try {
      if (store) {
        const stored = await store.getEntity(review.id, 'actions', next.id);
        if (previous ? !stored || canonical(stored.value) !== canonical(previous) : stored) {
          throw new ConflictError(stored, next, stored?.revision ?? null);
        }
        await store.putEntity(review.id, 'actions', next, { expectedRevision: stored?.revision ?? null });
      } else {
        const exists = review.actions.some((a) => a.id === next.id);
        this.review = { ...review, actions: exists ? review.actions.map((a) => (a.id === next.id ? next : a)) : [...review.actions, next] };
      }
    } catch (error) {
      const rest = new Map(this.pending);
      rest.delete(next.id);
      this.pending = rest;
      this.report(error, next);
      return false;
    }
    this.dispatchEvent(new SlkActionChangeEvent({ kind: previous ? 'update' : 'create', change, action: next, ...(previous ? { previous } : {}), saved: Boolean(store) }));
    await this.settle(next);
    const rest = new Map(this.pending);
    rest.delete(next.id);
    this.pending = rest;
    return true;
  }

  /** Waits (briefly) until the review shown has caught up with a write. */
  private async settle(next: Action): Promise<void> {
    const target = canonical(next);
    for (let i = 0; i < 20; i++) {
      await this.updateComplete;
      const now = this.shown.review?.actions.find((a) => a.id === next.id);
      if (now && canonical(now) === target) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private report(error: unknown, attempted: Action): void {
    const conflict = error instanceof ConflictError;
    const invalid = error instanceof StoreValidationError ? error.errors : [];
    if (this.form) {
      this.form = { ...this.form, busy: false, errors: invalid, conflict, failed: !conflict && !invalid.length };
      void this.focusSummary();
      return;
    }
    this.problem = conflict
      ? msg(str`Someone else changed ${attempted.title} a moment ago, so your change was undone. The plan now shows their version; make your change again if it is still needed.`)
      : invalid.length
        ? invalid.map((e) => e.text[this.locale]).join(' ')
        : msg('The change could not be saved in this browser, so it was undone. Try again; if it keeps happening, tell the person who looks after this page.');
    this.announcement = this.problem;
  }

  // --- Details ------------------------------------------------------------------------------

  private async openDetails(id: string, opener: HTMLElement): Promise<void> {
    const review = this.shown.review;
    const row = review ? this.rowOf(review, id) : undefined;
    if (!row) return;
    this.detailsOpener = opener;
    this.selectedId = id;
    this.dispatchEvent(new SlkActionSelectEvent({ action: row.action, rag: row.rag.rating }));
    await this.updateComplete;
    if (!this.detailsDialog?.open) this.detailsDialog?.showModal();
    this.renderRoot.querySelector<HTMLElement>(`#${this.instanceId}-details-title`)?.focus();
  }

  private readonly onDetailsClose = (): void => {
    const id = this.selectedId;
    this.selectedId = undefined;
    const back = this.detailsOpener;
    if (back?.isConnected) back.focus();
    else if (id) this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] button`)?.focus();
  };

  private renderDetails(review: Review, id: string): TemplateResult {
    const row = this.rowOf(review, id);
    const titleId = `${this.instanceId}-details-title`;
    const close = html`<button type="button" class="button button--secondary details__close" @click=${() => this.detailsDialog?.close()}>${msg('Close')}</button>`;
    if (!row) {
      return html`<h2 id=${titleId} tabindex="-1">${msg('This action is no longer in the plan')}</h2>${close}`;
    }
    const a = row.action;
    const editable = this.mayEdit(review, a);
    const trace = traceAction({ ...review, actions: review.actions.map((x) => (x.id === a.id ? a : x)) }, a.id);
    const opener = (kind: FormKind, index?: number) => (e: Event) => void this.openForm(kind, a, e.currentTarget as HTMLElement, index === undefined ? {} : { index });
    const nextPoint = a.reviewPoints.findIndex((p) => !p.reviewedOn);
    // "Move to" starts on the next step forward the SDK allows, not on the first status listed.
    const forward = BOARD_STATUSES.find((s) => BOARD_STATUSES.indexOf(s) > BOARD_STATUSES.indexOf(a.status) && ACTION_TRANSITIONS[a.status].includes(s));
    return html`<div class="details">
      <div class="details__head">
        <h2 id=${titleId} class="details__title" tabindex="-1">${a.title}</h2>
        ${close}
      </div>
      <p class="details__rag">${this.ragBadge(row, false)}</p>
      <ul class="reasons">${row.rag.reasons.map((r) => html`<li>${r.text[this.locale]}</li>`)}</ul>
      ${a.description ? html`<p>${a.description}</p>` : nothing}
      <dl class="facts">
        <div><dt>${msg('Status')}</dt><dd>${this.statusLabel(a.status)}${a.statusRationale ? html`<br /><span class="hint">${a.statusRationale}</span>` : nothing}</dd></div>
        <div><dt>${msg('Agency')}</dt><dd>${row.agency?.name ?? a.agencyId}</dd></div>
        <div><dt>${msg('Lead officer')}</dt><dd>${a.leadOfficer.role}${a.leadOfficer.name ? ` (${a.leadOfficer.name})` : ''}</dd></div>
        <div><dt>${msg('Agreed')}</dt><dd>${this.date(a.agreedOn) || msg('not yet')}</dd></div>
        <div><dt>${msg('Due')}</dt><dd>${this.date(a.dueDate)}${row.overdue ? html` <strong class="late">(${msg('overdue')})</strong>` : nothing}</dd></div>
        <div><dt>${msg('Completed')}</dt><dd>${this.date(a.completedOn) || msg('not yet')}</dd></div>
        <div><dt>${msg('Intervention strength')}</dt><dd>${labelOf(INTERVENTION_STRENGTHS, row.strength, this.locale)}${a.interventionType ? ` · ${labelOf(INTERVENTION_TYPES, a.interventionType, this.locale)}` : ''}</dd></div>
      </dl>
      ${editable
        ? html`<div class="form-actions">
            <button type="button" class="button" @click=${opener('action')}>${msg('Edit action')}</button>
            ${ACTION_TRANSITIONS[a.status].length ? html`<div class="field field--inline">
              <label for="${this.instanceId}-move">${msg('Move to')}</label>
              <select id="${this.instanceId}-move">${BOARD_STATUSES.filter((s) => ACTION_TRANSITIONS[a.status].includes(s)).map((s) => html`<option value=${s} ?selected=${s === forward}>${this.statusLabel(s)}</option>`)}</select>
              <button type="button" class="button button--secondary" @click=${() => this.moveFromDetails(review, a)}>${msg('Move')}</button>
            </div>` : nothing}
          </div>
          ${this.problem ? html`<p class="error-message" role="alert">${this.problem}</p>` : nothing}`
        : this.canEdit
          ? html`<p class="hint">${msg('Read only: another agency’s action')}</p>`
          : nothing}

      <h3>${msg('Why this action exists')}</h3>
      ${trace ? this.renderTrace(trace) : nothing}

      <h3 id="${this.instanceId}-milestones" tabindex="-1">${msg('Milestones')}</h3>
      ${a.milestones.length
        ? html`<table class="mini-table">
            <thead><tr><th scope="col">${msg('Milestone')}</th><th scope="col">${msg('Due')}</th><th scope="col">${msg('Met')}</th></tr></thead>
            <tbody>${a.milestones.map(
              (m, i) => html`<tr>
                <th scope="row">${m.title}</th><td class="nowrap">${this.date(m.dueDate)}</td>
                <td>${m.completedOn
                  ? this.date(m.completedOn)
                  : editable
                    ? html`<button type="button" class="link-button" @click=${() => this.meetMilestone(review, a, i)}>${msg('Mark met today')}<span class="visually-hidden">: ${m.title}</span></button>`
                    : msg('not yet')}</td>
              </tr>`,
            )}</tbody>
          </table>`
        : html`<p class="hint">${msg('No milestones.')}</p>`}
      ${editable ? html`<button type="button" class="button button--secondary" @click=${opener('milestone')}>${msg('Add milestone')}</button>` : nothing}

      <h3>${msg('Progress notes')}</h3>
      ${a.progressNotes.length
        ? html`<ol class="notes">${[...a.progressNotes].reverse().map((n) => html`<li><p class="hint">${this.date(n.date)} · ${n.role}</p><p>${n.text}</p></li>`)}</ol>`
        : html`<p class="hint">${msg('No progress notes yet.')}</p>`}
      ${editable ? html`<button type="button" class="button button--secondary" @click=${opener('progress-note')}>${msg('Add progress note')}</button>` : nothing}

      <h3>${msg('Evidence')}</h3>
      ${a.evidence.length
        ? html`<ul class="evidence">${a.evidence.map(
            (e, i) => html`<li>
              <p><strong>${labelOf(EVIDENCE_TYPES, e.type, this.locale)}</strong> · ${this.date(e.date)} · ${labelOf(EVIDENCE_ASSESSMENTS, e.assessment, this.locale)}${e.assessedOn ? ` (${this.date(e.assessedOn)})` : ''}</p>
              <p>${e.summary}</p>
              ${e.link && isWebAddress(e.link) ? html`<p><a href=${e.link} rel="noopener noreferrer" target="_blank">${msg('Open the evidence')}<span class="visually-hidden"> (${msg('opens in a new tab')})</span></a></p>` : nothing}
              ${editable ? html`<button type="button" class="link-button" @click=${opener('evidence', i)}>${msg('Change or assess')}<span class="visually-hidden">: ${excerpt(e.summary, 60)}</span></button>` : nothing}
            </li>`,
          )}</ul>`
        : html`<p class="hint">${msg('No evidence yet.')}</p>`}
      ${editable ? html`<button type="button" class="button button--secondary" @click=${opener('evidence')}>${msg('Add evidence')}</button>` : nothing}

      <h3>${msg('Impact')}</h3>
      ${a.impactMeasure
        ? html`<dl class="facts">
            <div><dt>${msg('How impact is measured')}</dt><dd>${a.impactMeasure.description}</dd></div>
            ${a.impactMeasure.baseline ? html`<div><dt>${msg('Baseline')}</dt><dd>${a.impactMeasure.baseline}</dd></div>` : nothing}
            ${a.impactMeasure.target ? html`<div><dt>${msg('Target')}</dt><dd>${a.impactMeasure.target}</dd></div>` : nothing}
          </dl>`
        : html`<p class="hint">${msg('No impact measure has been set.')}</p>`}
      ${a.reviewPoints.length
        ? html`<table class="mini-table">
            <thead><tr><th scope="col">${msg('Review')}</th><th scope="col">${msg('Due')}</th><th scope="col">${msg('Held')}</th><th scope="col">${msg('Found')}</th></tr></thead>
            <tbody>${a.reviewPoints.map(
              (p, i) => html`<tr>
                <th scope="row">${msg(str`${p.months} months`)}</th>
                <td class="nowrap">${this.date(p.dueDate)}</td>
                <td>${p.reviewedOn
                  ? this.date(p.reviewedOn)
                  : editable && i === nextPoint
                    ? html`<button type="button" class="link-button" @click=${opener('impact-review', i)}>${msg('Record this review')}</button>`
                    : msg('not yet')}</td>
                <td>${p.rating ? html`<strong>${labelOf(IMPACT_RATINGS, p.rating, this.locale)}</strong>` : nothing}${p.summary ? html`<br />${p.summary}` : nothing}</td>
              </tr>`,
            )}</tbody>
          </table>`
        : html`<p class="hint">${msg('Impact reviews are set at 3, 6 and 12 months (on working days) when the action is completed.')}</p>`}

      <h3>${msg('Assurance sign-off')}</h3>
      ${a.signOff
        ? html`<p>${msg(str`Signed off on ${this.date(a.signOff.date)} by ${a.signOff.role}`)}${a.signOff.name ? ` (${a.signOff.name})` : ''}.</p>${a.signOff.note ? html`<p>${a.signOff.note}</p>` : nothing}`
        : html`<p class="hint">${msg('Not signed off yet.')}</p>`}
      ${editable && !a.signOff ? html`<button type="button" class="button button--secondary" @click=${opener('sign-off')}>${msg('Record sign-off')}</button>` : nothing}
    </div>`;
  }

  private renderTrace(trace: NonNullable<ReturnType<typeof traceAction>>): TemplateResult {
    const step = (label: string, items: readonly string[]) =>
      items.length ? html`<li><strong>${label}</strong><ul>${items.map((t) => html`<li>${t}</li>`)}</ul></li>` : nothing;
    return html`<ol class="trace">
      ${trace.recommendation ? html`<li><strong>${msg('Recommendation')}</strong><ul><li>${trace.recommendation.id}: ${trace.recommendation.text}</li></ul></li>` : nothing}
      ${step(msg('Findings'), trace.findings.map((f) => f.title))}
      ${step(msg('Patterns'), trace.patterns.map((p) => p.title))}
      ${step(msg('Contributory factors'), trace.factors.map((f) => f.title))}
      ${step(msg('Key practice episodes'), trace.keyPracticeEpisodes.map((k) => k.title))}
    </ol>
    ${!trace.findings.length ? html`<p class="hint">${msg('The recommendation is not linked to a finding yet.')}</p>` : nothing}`;
  }

  private moveFromDetails(review: Review, action: Action): void {
    const to = this.renderRoot.querySelector<HTMLSelectElement>(`#${this.instanceId}-move`)?.value as ActionStatus | undefined;
    if (to) void this.attemptMove(review, action, to);
  }

  private meetMilestone(review: Review, action: Action, index: number): void {
    const milestones = action.milestones.map((m, i) => (i === index ? { ...m, completedOn: this.day } : m));
    void this.save(review, { ...action, milestones }, action, 'milestone').then(async (saved) => {
      if (!saved) return;
      this.announcement = msg('Milestone marked as met');
      // The button has gone (the date shows instead): focus stays in the dialog, on the list.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.instanceId}-milestones`)?.focus();
    });
  }

  // --- Forms ----------------------------------------------------------------------------------

  private async openForm(kind: FormKind, original: Action | undefined, opener: HTMLElement | undefined, extra: { index?: number; target?: ActionStatus } = {}): Promise<void> {
    const review = this.shown.review;
    if (!review || !this.canEdit || (original && !this.mayEdit(review, original))) return;
    this.returnFocusTo = opener;
    this.form = { kind, ...(original ? { original } : {}), ...extra, errors: [] };
    await this.updateComplete;
    this.formDialog?.showModal();
  }

  private readonly onFormCancel = (event: Event): void => {
    event.preventDefault();
    this.closeForm();
  };

  private closeForm(): void {
    this.formDialog?.close();
    this.form = undefined;
    const back = this.returnFocusTo;
    if (back?.isConnected) back.focus();
    else (this.renderRoot.querySelector<HTMLElement>('.details__title') ?? this.renderRoot.querySelector<HTMLElement>('.toolbar button'))?.focus();
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dialog.form-dialog .error-summary')?.focus();
  }

  /** Where a form's fields sit in the action, so the SDK's paths map back to them. */
  private prefixOf(form: FormState): string {
    const a = form.original;
    switch (form.kind) {
      case 'progress-note':
        return `progressNotes[${a?.progressNotes.length ?? 0}].`;
      case 'evidence':
        return `evidence[${form.index ?? a?.evidence.length ?? 0}].`;
      case 'milestone':
        return `milestones[${a?.milestones.length ?? 0}].`;
      case 'impact-review':
        return `reviewPoints[${form.index ?? 0}].`;
      case 'sign-off':
        return 'signOff.';
      default:
        return '';
    }
  }

  /** The form's field an SDK error path belongs to, or undefined for one the form does not show. */
  private fieldFor(form: FormState, path: string): string | undefined {
    const prefix = this.prefixOf(form);
    if (form.kind === 'reason') return path === 'statusRationale' ? 'statusRationale' : undefined;
    if (!path.startsWith(prefix)) return undefined;
    const rest = path.slice(prefix.length).replace(/\[\d+\].*$/, '');
    const names = FORM_FIELDS[form.kind];
    return names.includes(rest) ? rest : undefined;
  }

  private fieldId(name: string): string {
    return `${this.instanceId}-f-${name.replace(/\./g, '-')}`;
  }

  private renderForm(review: Review, form: FormState): TemplateResult {
    const id = this.instanceId;
    const a = form.original;
    const errorFor = (name: string) => form.errors.find((e) => this.fieldFor(form, e.path) === name);
    const described = (name: string, hint?: string) => [hint ? `${this.fieldId(name)}-hint` : '', errorFor(name) ? `${this.fieldId(name)}-error` : ''].filter(Boolean).join(' ') || nothing;
    const inline = (name: string) => {
      const error = errorFor(name);
      return error ? html`<p class="error-message" id="${this.fieldId(name)}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error.text[this.locale]}</p>` : nothing;
    };
    const hintOf = (name: string, hint?: string) => (hint ? html`<p class="hint" id="${this.fieldId(name)}-hint">${hint}</p>` : nothing);
    const input = (name: string, label: string, value: string | undefined, options: { type?: string; hint?: string; optional?: boolean } = {}) =>
      html`<div class="field ${errorFor(name) ? 'field--error' : ''}">
        <label for=${this.fieldId(name)}>${label}${options.optional ? html` <span class="hint">(${msg('optional')})</span>` : nothing}</label>
        ${hintOf(name, options.hint)}${inline(name)}
        <input id=${this.fieldId(name)} name=${name} type=${options.type ?? 'text'} .value=${value ?? ''} aria-describedby=${described(name, options.hint)} aria-invalid=${errorFor(name) ? 'true' : 'false'} />
      </div>`;
    const area = (name: string, label: string, value: string | undefined, options: { hint?: string; optional?: boolean } = {}) =>
      html`<div class="field ${errorFor(name) ? 'field--error' : ''}">
        <label for=${this.fieldId(name)}>${label}${options.optional ? html` <span class="hint">(${msg('optional')})</span>` : nothing}</label>
        ${hintOf(name, options.hint)}${inline(name)}
        <textarea id=${this.fieldId(name)} name=${name} rows="4" .value=${value ?? ''} aria-describedby=${described(name, options.hint)} aria-invalid=${errorFor(name) ? 'true' : 'false'}></textarea>
      </div>`;
    const select = (name: string, label: string, value: string | undefined, options: ReadonlyArray<[string, string]>, extra: { blank?: string; disabled?: boolean } = {}) =>
      html`<div class="field ${errorFor(name) ? 'field--error' : ''}">
        <label for=${this.fieldId(name)}>${label}</label>
        ${inline(name)}
        <select id=${this.fieldId(name)} name=${name} ?disabled=${extra.disabled ?? false} aria-describedby=${described(name)} aria-invalid=${errorFor(name) ? 'true' : 'false'}>
          ${extra.blank !== undefined ? html`<option value="" ?selected=${!value}>${extra.blank}</option>` : nothing}
          ${options.map(([v, l]) => html`<option value=${v} ?selected=${value === v}>${l}</option>`)}
        </select>
        ${extra.disabled && value ? html`<input type="hidden" name=${name} .value=${value} />` : nothing}
      </div>`;
    const radios = (name: string, legend: string, value: string | undefined, options: ReadonlyArray<[string, string]>) =>
      html`<fieldset class="field ${errorFor(name) ? 'field--error' : ''}" id=${this.fieldId(name)} tabindex="-1" aria-describedby=${described(name)}>
        <legend>${legend}</legend>${inline(name)}
        ${options.map(([v, l]) => html`<label class="check check--block"><input type="radio" name=${name} value=${v} ?checked=${value === v} /> ${l}</label>`)}
      </fieldset>`;

    let title: string;
    let body: TemplateResult;
    const scope = this.scopeOf(review);
    switch (form.kind) {
      case 'action': {
        title = a ? msg('Change this action') : msg('Add an action');
        const agencies = review.agencies.filter((x) => !scope.agencyId || x.id === scope.agencyId);
        body = html`
          ${area('title', msg('The action'), a?.title, { hint: msg('What will be done, in a sentence. Use roles and pseudonyms, never names of children or family members.') })}
          ${area('description', msg('Description'), a?.description, { optional: true })}
          ${select('recommendationId', msg('Recommendation it answers'), a?.recommendationId, review.recommendations.map((r) => [r.id, `${r.id}: ${excerpt(r.text, 90)}`]), { blank: msg('Choose the recommendation') })}
          ${select('agencyId', msg('Agency responsible'), a?.agencyId ?? scope.agencyId, agencies.map((x) => [x.id, x.name]), { blank: msg('Choose the agency'), disabled: Boolean(scope.agencyId) })}
          ${input('leadOfficer.role', msg('Lead officer’s role'), a?.leadOfficer.role)}
          ${input('leadOfficer.name', msg('Lead officer’s name'), a?.leadOfficer.name, { optional: true, hint: msg('A member of staff. Published copies show the role instead.') })}
          ${a ? nothing : radios('status', msg('Status'), 'draft', [['draft', this.statusLabel('draft')], ['agreed', this.statusLabel('agreed')]])}
          ${input('agreedOn', msg('Date agreed'), a?.agreedOn, { type: 'date', optional: true })}
          ${input('dueDate', msg('Due date'), a?.dueDate, { type: 'date' })}
          ${select('interventionType', msg('Kind of action'), a?.interventionType, INTERVENTION_TYPES.entries.map((e) => [e.code, e.label[this.locale]]), { blank: msg('As the recommendation') })}
          ${select('interventionStrength', msg('Intervention strength'), a?.interventionStrength, INTERVENTION_STRENGTHS.entries.map((e) => [e.code, e.label[this.locale]]), { blank: msg('Usual strength of its kind') })}
          ${area('impactMeasure.description', msg('How impact will be measured'), a?.impactMeasure?.description, { optional: true })}
          ${input('impactMeasure.baseline', msg('Baseline'), a?.impactMeasure?.baseline, { optional: true })}
          ${input('impactMeasure.target', msg('Target'), a?.impactMeasure?.target, { optional: true })}
        `;
        break;
      }
      case 'progress-note':
        title = msg('Add a progress note');
        body = html`${input('date', msg('Date of the note'), this.day, { type: 'date' })}
          ${input('role', msg('Your role'), '')}
          ${area('text', msg('Progress'), '', { hint: msg('What has happened since the last note. Facts, not opinion.') })}`;
        break;
      case 'evidence': {
        const e = form.index === undefined ? undefined : a?.evidence[form.index];
        title = e ? msg('Change or assess the evidence') : msg('Add evidence');
        body = html`${select('type', msg('Kind of evidence'), e?.type, EVIDENCE_TYPES.entries.map((x) => [x.code, x.label[this.locale]]), { blank: msg('Choose the kind') })}
          ${input('date', msg('Date of the evidence'), e?.date, { type: 'date' })}
          ${area('summary', msg('What it shows'), e?.summary)}
          ${input('link', msg('Web address'), e?.link, { type: 'url', optional: true, hint: msg('A web address starting https://') })}
          ${radios('assessment', msg('How it was judged'), e?.assessment ?? 'pending', EVIDENCE_ASSESSMENTS.entries.map((x) => [x.code, x.label[this.locale]]))}`;
        break;
      }
      case 'milestone':
        title = msg('Add a milestone');
        body = html`${input('title', msg('Milestone'), '')} ${input('dueDate', msg('Due date'), '', { type: 'date' })}`;
        break;
      case 'impact-review': {
        const p = a?.reviewPoints[form.index ?? 0];
        title = msg(str`Record the ${p?.months ?? ''}-month impact review`);
        body = html`${input('reviewedOn', msg('Date of the review'), this.day, { type: 'date' })}
          ${radios('rating', msg('What the review found'), p?.rating, IMPACT_RATINGS.entries.map((x) => [x.code, x.label[this.locale]]))}
          ${area('summary', msg('Summary'), p?.summary, { hint: a?.impactMeasure ? msg(str`Measure: ${a.impactMeasure.description}`) : undefined })}`;
        break;
      }
      case 'sign-off':
        title = msg('Record the assurance sign-off');
        body = html`${input('role', msg('Role of who signs off'), '')}
          ${input('name', msg('Name'), '', { optional: true })}
          ${input('date', msg('Date'), this.day, { type: 'date' })}
          ${area('note', msg('Note'), '', { optional: true })}`;
        break;
      case 'reason':
        title = form.target === 'cancelled' ? msg('Why is the action being cancelled?') : msg('Why is the action being superseded?');
        body = area('statusRationale', msg('Reason'), '', { hint: msg('Recorded with the action, so the plan shows why it stopped.') });
        break;
    }
    const order = FORM_FIELDS[form.kind];
    const place = (field: string | undefined) => (field === undefined ? order.length : order.indexOf(field));
    const problems = form.errors.map((e) => ({ error: e, field: this.fieldFor(form, e.path) })).sort((x, y) => place(x.field) - place(y.field));
    return html`<form novalidate @submit=${this.onFormSubmit}>
      <h2 id="${id}-form-title">${title}</h2>
      ${a ? html`<p class="hint">${a.title}</p>` : nothing}
      ${problems.length || form.conflict || form.failed
        ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="${id}-summary-title">
            <h3 id="${id}-summary-title">${msg('There is a problem')}</h3>
            <ul>
              ${problems.map(({ error, field }) =>
                field
                  ? html`<li><a href="#${this.fieldId(field)}" @click=${(ev: Event) => this.focusField(ev, field)}>${error.text[this.locale]}</a></li>`
                  : html`<li>${error.text[this.locale]}</li>`,
              )}
              ${form.conflict ? html`<li>${msg('Someone else changed this action while you were editing, so your change was not saved. Close the form to see their version, then make your change again.')}</li>` : nothing}
              ${form.failed ? html`<li>${msg('Your change could not be saved in this browser. Try again; if it keeps happening, copy what you typed somewhere safe.')}</li>` : nothing}
            </ul>
          </div>`
        : nothing}
      ${body}
      <div class="form-actions">
        <button type="submit" class="button" ?disabled=${form.busy ?? false}>${msg('Save')}</button>
        <button type="button" class="button button--secondary" @click=${() => this.closeForm()}>${msg('Cancel')}</button>
      </div>
    </form>`;
  }

  private focusField(event: Event, name: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.fieldId(name)}`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  /** The action as the form would make it (not yet validated). */
  private candidate(review: Review, form: FormState, data: FormData): Record<string, unknown> | undefined {
    const a = form.original;
    const t = (name: string) => textOf(data, name);
    switch (form.kind) {
      case 'action': {
        const impact = compact({ description: t('impactMeasure.description'), baseline: t('impactMeasure.baseline'), target: t('impactMeasure.target') });
        const base: Record<string, unknown> = a ? { ...a } : { id: newId('action'), milestones: [], progressNotes: [], evidence: [], reviewPoints: [], status: t('status') || 'draft' };
        for (const key of ['description', 'agreedOn', 'interventionType', 'interventionStrength', 'impactMeasure']) delete base[key];
        return {
          ...base,
          ...compact({
            title: t('title'),
            description: t('description'),
            recommendationId: t('recommendationId'),
            agencyId: t('agencyId'),
            agreedOn: t('agreedOn'),
            dueDate: t('dueDate'),
            interventionType: t('interventionType'),
            interventionStrength: t('interventionStrength'),
          }),
          title: t('title'),
          recommendationId: t('recommendationId'),
          agencyId: t('agencyId'),
          dueDate: t('dueDate'),
          leadOfficer: compact({ role: t('leadOfficer.role'), name: t('leadOfficer.name') }),
          // An impact measure needs its description; a baseline or target alone still reports it missing.
          ...(Object.keys(impact).length ? { impactMeasure: Object.assign({ description: '' }, impact) } : {}),
        };
      }
      case 'progress-note':
        return a && { ...a, progressNotes: [...a.progressNotes, { date: t('date'), role: t('role'), text: t('text') }] };
      case 'evidence': {
        if (!a) return undefined;
        const old = form.index === undefined ? undefined : a.evidence[form.index];
        const assessment = t('assessment') || 'pending';
        const item = compact({
          id: old?.id ?? newId('ev'),
          type: t('type'),
          date: t('date'),
          summary: t('summary'),
          link: t('link'),
          assessment,
          // The day it was judged, kept if the judgement is unchanged.
          assessedOn: assessment === 'pending' ? '' : old?.assessment === assessment ? old.assessedOn : this.day,
        });
        const evidence = form.index === undefined ? [...a.evidence, item] : a.evidence.map((e, i) => (i === form.index ? item : e));
        return { ...a, evidence };
      }
      case 'milestone':
        return a && { ...a, milestones: [...a.milestones, { id: newId('m'), title: t('title'), dueDate: t('dueDate') }] };
      case 'impact-review':
        return (
          a && {
            ...a,
            reviewPoints: a.reviewPoints.map((p, i) => (i === form.index ? compact({ ...p, reviewedOn: t('reviewedOn'), rating: t('rating'), summary: t('summary') }) : p)),
          }
        );
      case 'sign-off':
        return a && { ...a, signOff: compact({ role: t('role'), name: t('name'), date: t('date'), note: t('note') }) };
      case 'reason':
        return a && { ...a, statusRationale: t('statusRationale') };
    }
  }

  private readonly onFormSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const review = this.shown.review;
    const form = this.form;
    if (!review || !form) return;
    const input = this.candidate(review, form, new FormData(event.currentTarget as HTMLFormElement));
    if (!input) return;
    const parsed = parseEntity('actions', input, review, { locale: this.locale });
    if (!parsed.ok) {
      this.form = { ...form, errors: parsed.errors, conflict: false, failed: false };
      await this.focusSummary();
      return;
    }
    let saved: boolean;
    if (form.kind === 'reason' && form.original && form.target) {
      // The reason is saved with the move itself, so the plan never holds one without the other.
      saved = await this.attemptMove(review, form.original, form.target, parsed.entity.statusRationale);
      if (!saved && !this.form?.conflict && !this.form?.failed) {
        this.form = { ...form, errors: [], busy: false };
        this.closeForm();
        return;
      }
    } else {
      const change: ActionChangeDetail['change'] = form.kind === 'action' ? 'edit' : (form.kind as Exclude<FormKind, 'action' | 'reason'>);
      saved = await this.save(review, parsed.entity, form.original, change);
    }
    if (!saved) return;
    if (form.kind === 'reason' && form.original) {
      this.formDialog?.close();
      this.form = undefined;
      if (this.view === 'board' && !this.detailsDialog?.open) await this.focusCard(form.original.id, '.grab');
      else if (this.returnFocusTo?.isConnected) this.returnFocusTo.focus();
      else this.renderRoot.querySelector<HTMLElement>('.details__title')?.focus();
      return;
    }
    this.announcement = form.kind === 'action' && !form.original ? msg('Action added') : msg('Action saved');
    const created = !form.original;
    this.closeForm();
    if (created && this.shown.review) await this.openDetails(parsed.entity.id, this.renderRoot.querySelector<HTMLElement>('.toolbar .button') ?? this);
  };

  // --- Downloads ------------------------------------------------------------------------------

  private fileName(review: Review, extension: string): string {
    return `${review.id}-action-plan-${this.shown.audience}.${extension}`;
  }

  private startExport(kind: 'csv' | 'ics'): void {
    this.problem = '';
    if (this.shown.audience === 'internal') {
      // An internal copy is not redacted (it names lead officers): ask who and why, and log it.
      this.exporting = { kind };
      void this.updateComplete.then(() => this.exportDialog?.showModal());
      return;
    }
    void this.download(kind);
  }

  /** Makes the file (what the table shows), logs an unredacted one, then hands it over. */
  private async download(kind: 'csv' | 'ics', override?: { role: string; reason: string }): Promise<boolean> {
    const review = this.shown.review;
    if (!review) return false;
    const actions = this.shownRows(review).map((r) => r.action);
    const file =
      kind === 'csv'
        ? {
            contents: actionsToCsv({ ...review, actions }, { today: this.day, locale: this.locale, ...(this.thresholds ? { thresholds: this.thresholds } : {}) }),
            mimeType: 'text/csv;charset=utf-8',
            filename: this.fileName(review, 'csv'),
          }
        : { contents: actionsToIcs({ ...review, actions }, { now: new Date().toISOString(), locale: this.locale }), mimeType: 'text/calendar;charset=utf-8', filename: this.fileName(review, 'ics') };
    if (override) {
      // Logged before the file is handed over; if it cannot be logged, there is no file.
      const problem = await logDownload(this, this.shown.store, review.id, override, this.locale);
      if (problem) {
        if (this.exporting) this.exporting = { ...this.exporting, problem };
        return false;
      }
    }
    downloadFile(this.renderRoot as ShadowRoot, file);
    this.announcement = kind === 'csv' ? msg('The table was downloaded as a CSV file') : msg('Due dates and impact reviews were downloaded as a calendar file');
    return true;
  }

  // --- Print ----------------------------------------------------------------------------------

  /** The board report's title, printed above the summary. */
  private renderPrintHeading(review: Review, rows: ActionRow[]): TemplateResult {
    return html`<div class="print-only print-heading">
      <h2 class="print-title">${msg(str`Action plan: ${review.title}`)}</h2>
      <p>${msg(str`RAG as of ${formatIsoDate(this.day, this.locale)}. Prepared for: ${labelOf(AUDIENCES, this.shown.audience, this.locale)}`)}${isFiltered(this.filter) ? ` · ${msg(str`Showing ${rows.length} of ${this.rows(review).length} actions`)}` : ''}</p>
    </div>`;
  }

  private renderPrint(_review: Review, rows: ActionRow[]): TemplateResult {
    return html`<div class="print-only">
      <table class="print-table">
        <thead>
          <tr>
            <th scope="col" class="p-rec">${msg('Recommendation')}</th>
            <th scope="col" class="p-action">${msg('Action')}</th>
            <th scope="col" class="p-agency">${msg('Agency')}</th>
            <th scope="col">${msg('Lead officer')}</th>
            <th scope="col">${msg('Due')}</th>
            <th scope="col">${msg('Status')}</th>
            <th scope="col" class="p-rag">${msg('RAG')}</th>
            <th scope="col">${msg('Evidence')}</th>
            <th scope="col">${msg('Next impact review')}</th>
            <th scope="col">${msg('Strength')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <td>${r.action.recommendationId}</td>
              <td>${r.action.title}</td>
              <td>${r.agency?.name ?? r.action.agencyId}</td>
              <td>${r.action.leadOfficer.role}</td>
              <td>${this.date(r.action.dueDate)}</td>
              <td>${this.statusLabel(r.action.status)}</td>
              <td><strong>${RAG_LABELS[r.rag.rating][this.locale]}</strong>${r.rag.reasons[0] ? html`<br />${r.rag.reasons[0].text[this.locale]}` : nothing}</td>
              <td>${r.evidence === 0 ? msg('None') : msg(str`${r.accepted} accepted of ${r.evidence}`)}</td>
              <td>${r.nextReview ? this.date(r.nextReview) : ''}</td>
              <td>${labelOf(INTERVENTION_STRENGTHS, r.strength, this.locale)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

/** The filter without one of its optional keys. */
function without(filter: ActionFilter, key: 'recommendationId' | 'overdue' | 'dueWithin'): ActionFilter {
  const next = { ...filter };
  delete next[key];
  return next;
}

/** A mark for each rating, so the badge does not rely on colour (the word is there too). */
const RAG_MARKS: Record<Rag, string> = { red: '✕', amber: '!', green: '✓', blue: '★', none: '–' };

/** The fields each form shows, by their path inside the form's part of the action. */
const FORM_FIELDS: Record<FormKind, readonly string[]> = {
  action: [
    'title',
    'description',
    'recommendationId',
    'agencyId',
    'leadOfficer.role',
    'leadOfficer.name',
    'status',
    'agreedOn',
    'dueDate',
    'interventionType',
    'interventionStrength',
    'impactMeasure.description',
    'impactMeasure.baseline',
    'impactMeasure.target',
  ],
  'progress-note': ['date', 'role', 'text'],
  evidence: ['type', 'date', 'summary', 'link', 'assessment'],
  milestone: ['title', 'dueDate'],
  'impact-review': ['reviewedOn', 'rating', 'summary'],
  'sign-off': ['role', 'name', 'date', 'note'],
  reason: ['statusRationale'],
};

/**
 * Whether an evidence link is an http or https address. The SDK accepts no other, but a
 * `.review` set from code is not validated, and a `javascript:` link would run when followed.
 */
function isWebAddress(link: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(link).protocol);
  } catch {
    return false;
  }
}
