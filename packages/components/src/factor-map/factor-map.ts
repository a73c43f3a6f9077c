import { html, nothing, render as renderTemplate, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  AUDIENCES,
  ConflictError,
  FACTOR_INFLUENCES,
  FACTOR_LEVELS,
  LOCI_OF_CHANGE,
  PATTERN_CATEGORIES,
  SEIPS_ELEMENTS,
  StoreValidationError,
  YCFF_DOMAINS,
  draftDownload,
  factorCategories,
  formatPartialDate,
  labelOf,
  parseEntity,
  reidentify,
  toCsv,
  type CodeList,
  type PseudonymKey,
  type Review,
  type Taxonomy,
  type ValidationError,
} from '@slk/sdk';
import { SlkReviewElement } from '../internal/review-element.js';
import { SlkEvent } from '../internal/event.js';
import { downloadFile } from '../internal/review-view.js';
import { formStyles } from '../internal/form-styles.js';
import { excerpt, fieldOf, logDownload, newId, sliceText, textOf, unredactedExportDialog } from '../internal/forms.js';
import { FISH, LEVELS, MAP, layoutFishbone, layoutLevels, type Factor, type FactorLevel, type FishboneLayout, type LevelsLayout, type MapNode } from './factor-layout.js';
import { EXPORT_CSS, styles } from './factor-map.styles.js';

type Pattern = Review['patterns'][number];
type Episode = Review['keyPracticeEpisodes'][number];
type Finding = Review['findings'][number];

// --- Events ------------------------------------------------------------------------------

/** What the reader chose: a factor, or an episode or pattern in the map. */
export interface FactorSelectDetail {
  readonly kind: 'factor' | 'kpe' | 'pattern';
  readonly id: string;
  /** The factor, when a factor was chosen. */
  readonly factor?: Factor;
}

/** The reader chose a factor (or an episode or pattern) in any view. */
export class SlkFactorSelectEvent extends SlkEvent<FactorSelectDetail> {
  static readonly eventName = 'slk-factor-select';
  constructor(detail: FactorSelectDetail) {
    super(SlkFactorSelectEvent.eventName, detail);
  }
}

/** What an edit did. `previous` is absent for something new; `value` is absent after a delete. */
export interface FactorChangeDetail {
  readonly action: 'create' | 'update' | 'delete';
  readonly collection: 'contributoryFactors' | 'patterns';
  readonly value?: Factor | Pattern;
  readonly previous?: Factor | Pattern;
  /** Whether the change was saved to a store; `false` when the element holds its own `.review`. */
  readonly saved: boolean;
}

/** A factor or pattern was added, changed or removed through the element. */
export class SlkFactorChangeEvent extends SlkEvent<FactorChangeDetail> {
  static readonly eventName = 'slk-factor-change';
  constructor(detail: FactorChangeDetail) {
    super(SlkFactorChangeEvent.eventName, detail);
  }
}


export type FactorMapView = 'tree' | 'map' | 'fishbone';
type ExportKind = 'csv' | 'svg' | 'png';

const TAXONOMY_LISTS: Record<Taxonomy, CodeList> = { 'scie-level': FACTOR_LEVELS, seips: SEIPS_ELEMENTS, ycff: YCFF_DOMAINS };
const HINDERS = 'makes-poor-practice-more-likely';
const EVIDENCE_SHOWN = 40;
/** Above this many factors the tree starts with its levels closed. */
const OPEN_LEVELS_UP_TO = 80;

interface FormState {
  readonly kind: 'contributoryFactors' | 'patterns';
  readonly original?: Factor | Pattern;
  readonly revision: number | null;
  readonly errors: readonly ValidationError[];
  readonly conflict?: boolean;
  readonly failed?: boolean;
  readonly busy?: boolean;
  readonly confirmDelete?: boolean;
  /** Words to find chronology entries by, for evidence. */
  readonly evidenceQuery: string;
  /** Evidence ticked so far (kept while the search changes what is listed). */
  readonly evidence: ReadonlySet<string>;
}

/**
 * The contributory factors of a practice review, and the patterns they form: why practice
 * made sense at the time, and where change can be made. Three synchronised views of the same
 * factors: a **tree** (the primary, accessible view: level → factor → the episodes, patterns
 * and chronology evidence it links to), a **levels map** (one band per level of the system,
 * factors as labelled nodes, links to the key practice episodes and patterns they feed) and
 * a **fishbone** for one episode or finding, by SCIE level, SEIPS 3.0 or the Yorkshire
 * framework. A summary counts factors by level and influence and shows where the findings
 * say change can be made.
 *
 * Inside `<slk-review>` it shows that review and saves edits to its store; on its own, set
 * the `review` property. With `editable`, factors and patterns can be added, changed, moved
 * to another level, linked to episodes and removed, through forms validated by the SDK.
 *
 * @summary Contributory factors by level, the patterns they form, and where change can be made.
 *
 * @tag slk-factor-map
 *
 * @event {SlkFactorSelectEvent} slk-factor-select - The reader chose a factor, episode or pattern; `detail` says which.
 * @event {SlkFactorChangeEvent} slk-factor-change - A factor or pattern was created, updated or deleted through the element.
 * @event {SlkAuditEvent} slk-audit - An unredacted (internal) export was made; `detail` is the audit entry.
 *
 * @csspart base - The component's main wrapper.
 * @csspart toolbar - The view switch and the downloads.
 * @csspart tree - The tree of levels and factors.
 * @csspart map - The levels map's drawing.
 * @csspart band - One level's band in the map.
 * @csspart node - A factor, episode or pattern in the map or fishbone.
 * @csspart link - A line from a factor to an episode or pattern.
 * @csspart fishbone - The fishbone's drawing.
 * @csspart details - The panel showing what was chosen.
 * @csspart summary - The counts by level and influence, and where change can be made.
 * @csspart form - The factor and pattern forms.
 * @csspart message - Empty, loading and error messages.
 *
 * @cssproperty --slk-factor-map-gap - Space between the toolbar, the views and the summary.
 * @cssproperty --slk-factor-map-height - Height of the scrolling diagram (default 70vh).
 * @cssproperty --slk-factor-map-supports-color - Colour of factors that supported good practice (they also have a round marker and a plus).
 * @cssproperty --slk-factor-map-hinders-color - Colour of factors that made poor practice more likely (they also have a triangle marker and a minus).
 * @cssproperty --slk-factor-map-band-background - Background of alternate level bands.
 * @cssproperty --slk-factor-map-link-color - Colour of the lines from factors to episodes and patterns.
 * @cssproperty --slk-factor-map-selected-color - Colour marking what is chosen and its links.
 */
export class SlkFactorMap extends SlkReviewElement {
  static override styles = [...SlkReviewElement.styles, formStyles, styles];

  /** A pseudonym key, set from code, to offer the named view (internal audience only). */
  @property({ attribute: false })
  accessor key: PseudonymKey | undefined;

  protected override get ownKey(): PseudonymKey | undefined {
    return this.key;
  }

  /** Which view is showing: `tree` (default), `map` or `fishbone`. */
  @property({ reflect: true })
  accessor view: FactorMapView = 'tree';

  /** The fishbone's taxonomy: `scie-level` (default), `seips` or `ycff`. */
  @property()
  accessor taxonomy: Taxonomy = 'scie-level';

  /** What the fishbone is drawn for: `kpe:<id>` or `finding:<id>`. Defaults to the first episode. */
  @property({ attribute: 'fishbone-for' })
  accessor fishboneFor = '';




  @state() private accessor selected: string | undefined;
  @state() private accessor treeActive: string | undefined;
  @state() private accessor mapActive: string | undefined;
  @state() private accessor fishActive: string | undefined;
  /** Open levels and factors; until the reader opens or closes one, see `openItems`. */
  @state() private accessor expanded: ReadonlySet<string> | undefined;
  @state() private accessor form: FormState | undefined;
  @state() private accessor exporting: { kind: ExportKind; problem?: string } | undefined;
  @state() private accessor announcement = '';
  @state() private accessor width = 900;
  @state() private accessor printing = false;
  @state() private accessor named = false;
  @state() private accessor problem = '';
  /** The part of the levels map that is drawn (see `mapSvg`). */
  @state() private accessor mapRange = rangeFor(0, 0);

  @query('dialog.form-dialog') private accessor formDialog: HTMLDialogElement | null = null;
  @query('dialog.export-dialog') private accessor exportDialog: HTMLDialogElement | null = null;

  private treeOrder: Array<{ key: string; parent?: string; expandable: boolean }> = [];
  private layoutFor: { review?: Review; width: number; layout?: LevelsLayout } = { width: 0 };
  private resizeObserver: ResizeObserver | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private linkCursor = 0;
  /** Where the current run of L presses started, so each press takes the next of its links. */
  private linkOrigin: string | undefined;
  private linkTarget: string | undefined;
  private makingFile = false;
  private scrollFrame = 0;
  private returnFocusTo: HTMLElement | undefined;
  private readonly instanceId = `fm${Math.random().toString(36).slice(2, 8)}`;

  // --- Data -------------------------------------------------------------------------------



  private text(value: string, review: Review): string {
    const key = this.shown.key;
    // Files never carry the real names the reader chose to see on screen.
    return this.named && key && !this.makingFile ? reidentify(value, review, key) : value;
  }

  private levelsLayout(review: Review): LevelsLayout {
    const width = Math.max(MAP.minWidth, this.width);
    if (this.layoutFor.review !== review || this.layoutFor.width !== width || !this.layoutFor.layout) {
      this.layoutFor = { review, width, layout: layoutLevels(review, width) };
    }
    return this.layoutFor.layout!;
  }

  /** The episode or finding the fishbone is drawn for, and its factors. */
  private fishTarget(review: Review): { key: string; title: string; factors: Factor[] } | undefined {
    const key = this.fishboneFor || (review.keyPracticeEpisodes[0] ? `kpe:${review.keyPracticeEpisodes[0].id}` : review.findings[0] ? `finding:${review.findings[0].id}` : '');
    const [kind, id] = splitKey(key);
    if (kind === 'kpe') {
      const kpe = review.keyPracticeEpisodes.find((k) => k.id === id);
      if (kpe) return { key, title: kpe.title, factors: review.contributoryFactors.filter((f) => f.kpeIds.includes(kpe.id)) };
    }
    if (kind === 'finding') {
      const finding = review.findings.find((f) => f.id === id);
      if (finding) {
        const ids = new Set(review.patterns.filter((p) => finding.patternIds.includes(p.id)).flatMap((p) => p.factorIds));
        return { key, title: finding.title, factors: review.contributoryFactors.filter((f) => ids.has(f.id)) };
      }
    }
    return undefined;
  }

  // --- Lifecycle --------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    clearTimeout(this.announceTimer);
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Lay out for the real width from the first render, rather than drawing everything twice.
    if (!this.hasUpdated && this.clientWidth > 0) this.width = this.clientWidth;
    // Coming back to the tree from a diagram, the factor chosen there is shown and holds the
    // tab stop, even in a large review whose levels start closed.
    const review = this.shown.review;
    if (changed.has('view') && this.hasUpdated && this.view === 'tree' && review && this.selected?.startsWith('factor:')) {
      const factor = review.contributoryFactors.find((f) => `factor:${f.id}` === this.selected);
      if (factor) {
        if (!this.openItems(review).has(`level:${factor.level}`)) this.toggle(`level:${factor.level}`, true);
        this.treeActive = this.selected;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.resizeObserver && typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = Math.round(entries[0]?.contentRect.width ?? 0);
        // Relayout only for real changes, so a scroll bar appearing does not loop.
        if (width > 0 && Math.abs(width - this.width) > 24) this.width = width;
      });
      this.resizeObserver.observe(this);
    }
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.performUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  // --- Rendering --------------------------------------------------------------------------

  protected override defaultLabel(): string {
    return msg('Contributory factors');
  }

  protected override stateText() {
    return {
      loading: msg('Loading the contributory factors…'),
      providerFailed: msg('The factors cannot be shown because the review did not load. The message above says why.'),
    };
  }

  protected override renderReview(review: Review): TemplateResult {
    const factors = review.contributoryFactors;
    return html`
      <header class="heading screen-only">
        <h2 class="title">${this.regionName}</h2>
        <p class="subtitle">${review.title} · ${labelOf(AUDIENCES, this.shown.audience, this.locale)}</p>
      </header>
      ${this.renderToolbar()}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.problem ? html`<p class="message message--error" role="alert">${this.problem}</p>` : nothing}
      <div class="screen-only views-area">
        ${factors.length === 0
          ? html`<div part="message" class="message">
              <p><strong>${msg('No contributory factors have been recorded for this review yet.')}</strong></p>
              <p>${this.canEdit
                ? msg('Add the first factor: what made practice the way it was, at which level of the system, and which episodes it influenced.')
                : msg('Factors appear here when the review team records why practice made sense at the time.')}</p>
            </div>`
          : this.view === 'map'
            ? this.renderMap(review)
            : this.view === 'fishbone'
              ? this.renderFishbone(review)
              : this.renderTree(review)}
        ${this.selected ? this.renderDetails(review, this.selected) : nothing}
      </div>
      ${this.renderSummary(review)}
      ${this.printing ? this.renderPrint(review) : nothing}
      ${this.canEdit ? html`<dialog part="form" class="form-dialog" aria-labelledby="${this.instanceId}-form-title" @cancel=${this.onFormCancel}>${this.form ? this.renderForm(review, this.form) : nothing}</dialog>` : nothing}
      ${this.renderExportDialog()}
    `;
  }

  private renderToolbar(): TemplateResult {
    const views: Array<[FactorMapView, string]> = [
      ['tree', msg('Tree')],
      ['map', msg('Levels map')],
      ['fishbone', msg('Fishbone')],
    ];
    return html`<div part="toolbar" class="toolbar screen-only">
      <div class="toolbar__row">
        <div class="views" role="group" aria-label=${msg('View')}>
          ${views.map(([view, name]) => html`<button type="button" class="toggle" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => this.switchView(view)}>${name}</button>`)}
        </div>
        <div class="actions">
          ${this.shown.key
            ? html`<button type="button" class="toggle" aria-pressed=${this.named ? 'true' : 'false'} @click=${() => (this.named = !this.named)}>${msg('Show real names')}</button>`
            : nothing}
          ${this.canEdit
            ? html`<button type="button" class="button" @click=${(e: Event) => this.openForm('contributoryFactors', undefined, e.currentTarget as HTMLElement)}>${msg('Add factor')}</button>
                <button type="button" class="button button--secondary" @click=${(e: Event) => this.openForm('patterns', undefined, e.currentTarget as HTMLElement)}>${msg('Add pattern')}</button>`
            : nothing}
          <button type="button" class="button button--secondary" @click=${() => this.startExport('csv')}>${msg('Download table (CSV)')}</button>
          <button type="button" class="button button--secondary" @click=${() => this.startExport('svg')}>${msg('Download diagram (SVG)')}</button>
          <button type="button" class="button button--secondary" @click=${() => this.startExport('png')}>${msg('Download diagram (PNG)')}</button>
        </div>
      </div>
    </div>`;
  }

  private switchView(view: FactorMapView): void {
    if (view === this.view) return;
    this.view = view;
    // The chosen factor stays chosen, and is where the keyboard starts in the new view.
    if (this.selected) {
      if (view === 'map') this.mapActive = this.selected;
      if (view === 'tree') this.treeActive = this.selected;
    }
  }

  private select(review: Review, key: string, options: { focusDetails?: boolean } = {}): void {
    this.selected = key;
    const [kind, id] = splitKey(key);
    if (kind === 'factor' || kind === 'kpe' || kind === 'pattern') {
      const factor = kind === 'factor' ? review.contributoryFactors.find((f) => f.id === id) : undefined;
      this.dispatchEvent(new SlkFactorSelectEvent({ kind, id, ...(factor ? { factor } : {}) }));
    }
    if (options.focusDetails) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="details"]')?.focus());
  }

  /** Says what is focused once the reader pauses, so quick arrow presses are not all read out. */
  private announceSoon(text: string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = text), 250);
  }

  private describe(review: Review, key: string): string {
    const [kind, id] = splitKey(key);
    if (kind === 'factor') {
      const f = review.contributoryFactors.find((x) => x.id === id);
      if (!f) return '';
      const patterns = review.patterns.filter((p) => p.factorIds.includes(f.id)).length;
      return msg(
        str`Factor ${this.text(f.title, review)}, ${labelOf(FACTOR_LEVELS, f.level, this.locale)} level, ${labelOf(FACTOR_INFLUENCES, f.influence, this.locale)}, ${f.kpeIds.length === 1 ? msg('linked to 1 episode') : msg(str`linked to ${f.kpeIds.length} episodes`)} and ${patterns === 1 ? msg('1 pattern') : msg(str`${patterns} patterns`)}`,
      );
    }
    if (kind === 'kpe') {
      const k = review.keyPracticeEpisodes.find((x) => x.id === id);
      return k ? msg(str`Key practice episode ${k.title}, ${factorCount(review.contributoryFactors.filter((f) => f.kpeIds.includes(k.id)).length)}`) : '';
    }
    if (kind === 'pattern') {
      const p = review.patterns.find((x) => x.id === id);
      return p ? msg(str`Pattern ${p.title}, ${factorCount(p.factorIds.length)}`) : '';
    }
    return '';
  }

  // --- The tree ---------------------------------------------------------------------------

  /**
   * What is open in the tree. Every level starts open, unless the review has so many
   * factors that opening them all would make a very long page (and a slow first render).
   */
  private openItems(review: Review): ReadonlySet<string> {
    return this.expanded ?? new Set(review.contributoryFactors.length <= OPEN_LEVELS_UP_TO ? LEVELS.map((l) => `level:${l}`) : []);
  }

  private renderTree(review: Review): TemplateResult {
    const open = this.openItems(review);
    const entries = new Map(review.chronology.map((c) => [c.id, c]));
    const agencies = new Map(review.agencies.map((a) => [a.id, a]));
    const kpes = new Map(review.keyPracticeEpisodes.map((k) => [k.id, k]));
    // Children are built only for open items: a closed factor costs one row.
    const leavesOf = (f: Factor, key: string, patterns: Pattern[]): TreeNode[] => [
      ...f.kpeIds.map((id) => ({ key: `${key}/kpe:${id}`, label: msg(str`Episode: ${kpes.get(id)?.title ?? id}`), className: 'tree-item--leaf' })),
      ...patterns.map((p) => ({ key: `${key}/pattern:${p.id}`, label: msg(str`Pattern: ${this.text(p.title, review)}`), className: 'tree-item--leaf' })),
      ...f.evidence.map((ev) => {
        const entry = entries.get(ev.entryId);
        const when = entry ? formatPartialDate(entry.date, this.locale) : '';
        const what = entry ? `${agencies.get(entry.agencyId)?.code ?? ''} · ${excerpt(this.text(entry.event, review), 90)}` : ev.entryId;
        return { key: `${key}/evidence:${ev.entryId}`, label: msg(str`Evidence: ${when}, ${what}`) + (ev.note ? ` (${this.text(ev.note, review)})` : ''), className: 'tree-item--leaf' };
      }),
    ];
    const nodes: TreeNode[] = LEVELS.map((level) => {
      const inLevel = review.contributoryFactors.filter((f) => f.level === level);
      const levelKey = `level:${level}`;
      const hinders = inLevel.filter((f) => f.influence === HINDERS).length;
      return {
        key: levelKey,
        className: 'tree-item--level',
        label: html`<span class="tree-title">${labelOf(FACTOR_LEVELS, level, this.locale)}</span>
          <span class="tree-meta">${inLevel.length === 0
            ? msg('no factors')
            : msg(str`${factorCount(inLevel.length)}: ${hinders} made poor practice more likely, ${inLevel.length - hinders} supported good practice`)}</span>`,
        ...(inLevel.length
          ? {
              children: inLevel.map((f): TreeNode => {
                const key = `factor:${f.id}`;
                const patterns = review.patterns.filter((p) => p.factorIds.includes(f.id));
                const hasChildren = f.kpeIds.length + patterns.length + f.evidence.length > 0;
                const tags = [...f.seips.map((c) => labelOf(SEIPS_ELEMENTS, c, this.locale)), ...f.ycff.map((c) => labelOf(YCFF_DOMAINS, c, this.locale))];
                return {
                  key,
                  className: `tree-item--factor tree-item--${f.influence === HINDERS ? 'hinders' : 'supports'}`,
                  label: html`${influenceMarker(f.influence)}
                    <span class="tree-title">${this.text(f.title, review)}</span>
                    <span class="tree-meta">${labelOf(FACTOR_INFLUENCES, f.influence, this.locale)} ·
                      ${msg(str`episodes: ${f.kpeIds.length}, patterns: ${patterns.length}, evidence entries: ${f.evidence.length}`)}${tags.length ? ` · ${tags.join(', ')}` : ''}</span>`,
                  ...(hasChildren ? { children: open.has(key) ? leavesOf(f, key, patterns) : [] } : {}),
                };
              }),
            }
          : {}),
      };
    });

    const order: typeof this.treeOrder = [];
    const active = this.treeActive && this.treeShows(review, open, this.treeActive) ? this.treeActive : nodes[0]!.key;
    const onKey = (e: KeyboardEvent) => this.onTreeKey(e, review);
    // The treeitem is the row; its children's group is a sibling it owns (aria-owns), so
    // each item's accessible name is its own row, not everything nested under it.
    const renderItems = (items: TreeNode[], depth: number, parent: string | undefined): TemplateResult[] =>
      items.map((node, i) => {
        const expandable = node.children !== undefined;
        const isOpen = expandable && open.has(node.key);
        order.push({ key: node.key, ...(parent ? { parent } : {}), expandable });
        const groupId = `${this.instanceId}-g-${order.length}`;
        const labelId = `${this.instanceId}-l-${order.length}`;
        const selected = node.key === this.selected;
        const children = isOpen ? renderItems(node.children, depth + 1, node.key) : [];
        return html`<li role="none" class="tree-item ${node.className} ${selected ? 'tree-item--selected' : ''}">
          <div role="treeitem" class="tree-row" data-key=${node.key} aria-level=${depth} aria-setsize=${items.length} aria-posinset=${i + 1}
            aria-expanded=${expandable ? (isOpen ? 'true' : 'false') : nothing} aria-selected=${selected ? 'true' : 'false'} aria-labelledby=${labelId}
            aria-owns=${isOpen && children.length ? groupId : nothing} tabindex=${node.key === active ? 0 : -1}
            @focus=${() => (this.treeActive = node.key)} @click=${(e: Event) => this.onTreeClick(e, review, node.key, expandable)} @keydown=${onKey}>
            <span class="twisty" aria-hidden="true">${expandable ? (isOpen ? '▾' : '▸') : ''}</span>
            <span id=${labelId} class="tree-label">${node.label}</span>
          </div>
          ${isOpen && children.length ? html`<ul role="group" id=${groupId}>${children}</ul>` : nothing}
        </li>`;
      });
    const tree = renderItems(nodes, 1, undefined);
    this.treeOrder = order;
    return html`
      <ul part="tree" class="tree" role="tree" aria-label=${msg('Contributory factors by level')} aria-describedby="${this.instanceId}-tree-help">
        ${tree}
      </ul>
      <p id="${this.instanceId}-tree-help" class="hint">${msg('Use the up and down arrow keys to move, right to open a level or factor, left to close it, and Enter to see a factor’s details.')}</p>
    `;
  }

  /** Whether the tree shows `key` with these items open (so it can hold the tab stop). */
  private treeShows(review: Review, open: ReadonlySet<string>, key: string): boolean {
    const [head, leaf] = key.split('/');
    const [kind, id] = splitKey(head!);
    if (kind === 'level') return true;
    const factor = kind === 'factor' ? review.contributoryFactors.find((f) => f.id === id) : undefined;
    if (!factor || !open.has(`level:${factor.level}`)) return false;
    return !leaf || open.has(head!);
  }

  private onTreeClick(event: Event, review: Review, key: string, expandable: boolean): void {
    event.stopPropagation();
    this.treeActive = key;
    if (key.startsWith('factor:') && !key.includes('/')) this.select(review, key);
    if (expandable) this.toggle(key);
  }

  private toggle(key: string, open?: boolean): void {
    const review = this.shown.review;
    const next = new Set(review ? this.openItems(review) : this.expanded);
    if (open ?? !next.has(key)) next.add(key);
    else next.delete(key);
    this.expanded = next;
  }

  private onTreeKey(event: KeyboardEvent, review: Review): void {
    const current = (event.target as Element).closest('[role="treeitem"]')?.getAttribute('data-key');
    const at = this.treeOrder.findIndex((i) => i.key === current);
    if (at < 0) return;
    const item = this.treeOrder[at]!;
    const open = this.openItems(review).has(item.key);
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = this.treeOrder[at + 1]?.key;
        break;
      case 'ArrowUp':
        next = this.treeOrder[at - 1]?.key;
        break;
      case 'Home':
        next = this.treeOrder[0]?.key;
        break;
      case 'End':
        next = this.treeOrder.at(-1)?.key;
        break;
      case 'ArrowRight':
        if (item.expandable && !open) this.toggle(item.key, true);
        else if (item.expandable) next = this.treeOrder[at + 1]?.parent === item.key ? this.treeOrder[at + 1]!.key : undefined;
        break;
      case 'ArrowLeft':
        if (item.expandable && open) this.toggle(item.key, false);
        else next = item.parent;
        break;
      case 'Enter':
      case ' ': {
        const factorKey = item.key.split('/')[0]!;
        if (factorKey.startsWith('factor:')) this.select(review, factorKey, { focusDetails: true });
        else if (item.expandable) this.toggle(item.key);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    if (next) this.focusTreeItem(next);
  }

  private focusTreeItem(key: string): void {
    this.treeActive = key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[role="treeitem"][data-key="${CSS.escape(key)}"]`)?.focus());
  }

  // --- The levels map ---------------------------------------------------------------------

  private renderMap(review: Review): TemplateResult {
    const layout = this.levelsLayout(review);
    const first = layout.rows.find((r) => r.length)?.[0]?.key;
    const active = this.mapActive && layout.byKey.has(this.mapActive) ? this.mapActive : first;
    return html`
      <p id="${this.instanceId}-map-help" class="hint">
        ${msg('Arrow keys move along a level and up and down between levels; L follows a factor’s links to its episodes and patterns (and back); Enter shows the details.')}
        ${msg('Factors that made poor practice more likely have a triangle and a minus sign; factors that supported good practice have a circle and a plus sign.')}
      </p>
      <div class="diagram-scroller map-scroller" @scroll=${this.onMapScroll}>${this.mapSvg(review, layout, active, this.mapRange)}</div>
    `;
  }

  private readonly onMapScroll = (event: Event): void => {
    const scroller = event.currentTarget as HTMLElement;
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const next = rangeFor(scroller.scrollTop, scroller.clientHeight);
      if (next.top !== this.mapRange.top || next.bottom !== this.mapRange.bottom) this.mapRange = next;
    });
  };

  /**
   * The levels map. On screen only what is near the visible part of the scroller is drawn
   * (plus the node with the tab stop and the chosen one), so a map of hundreds of factors
   * costs the browser no more than one screenful; a download draws everything (`range` unset).
   */
  private mapSvg(review: Review, layout: LevelsLayout, active: string | undefined, range?: { top: number; bottom: number }): SVGTemplateResult {
    const factors = new Map(review.contributoryFactors.map((f) => [f.id, f]));
    const near = (top: number, bottom: number) => !range || (bottom >= range.top && top <= range.bottom);
    const nodes = layout.nodes.filter((n) => n.kind !== 'factor' || n.key === active || n.key === this.selected || near(n.y, n.y + n.height));
    const links = layout.links.filter((l) => {
      const a = layout.byKey.get(l.from)!;
      const b = layout.byKey.get(l.to)!;
      return near(Math.min(a.y, b.y), Math.max(a.y, b.y) + MAP.nodeHeight);
    });
    const kpes = new Map(review.keyPracticeEpisodes.map((k) => [k.id, k]));
    const patterns = new Map(review.patterns.map((p) => [p.id, p]));
    const lit = this.selected ?? active;
    return svg`<svg part="map" class="diagram map" xmlns="http://www.w3.org/2000/svg" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}"
      role="group" aria-label=${msg('Levels map')} aria-describedby="${this.instanceId}-map-help" @keydown=${(e: KeyboardEvent) => this.onMapKey(e, review, layout)}>
      ${layout.bands.map(
        (band, i) => svg`<g part="band" class="band ${i % 2 ? 'band--alt' : ''}">
          <rect class="band-bg" x="0" y=${band.y} width=${layout.width} height=${band.height}></rect>
          ${wrap(labelOf(FACTOR_LEVELS, band.level, this.locale), 17, 3).lines.map((line, n) => svg`<text class="band-label" x="8" y=${band.y + 22 + n * 15}>${line}</text>`)}
          ${band.count === 0 ? svg`<text class="band-empty" x=${MAP.labelWidth} y=${band.y + 30}>${msg('No factors at this level')}</text>` : nothing}
        </g>`,
      )}
      <g class="links" aria-hidden="true">
        ${links.map((link) => {
          const a = layout.byKey.get(link.from)!;
          const b = layout.byKey.get(link.to)!;
          const x1 = a.x + a.width;
          const y1 = a.y + a.height / 2;
          const x2 = b.x;
          const y2 = b.y + b.height / 2;
          const mid = (x1 + x2) / 2;
          const on = lit === link.from || lit === link.to;
          return svg`<path part="link" class="link link--${link.kind} ${on ? 'link--on' : ''}" d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}"></path>`;
        })}
      </g>
      ${nodes.map((node) => {
        if (node.kind === 'factor') {
          const f = factors.get(node.id)!;
          return this.nodeSvg(node, active, [this.text(f.title, review)], labelOf(FACTOR_INFLUENCES, f.influence, this.locale), f.influence);
        }
        const title = node.kind === 'kpe' ? (kpes.get(node.id)?.title ?? node.id) : this.text(patterns.get(node.id)?.title ?? node.id, review);
        return this.nodeSvg(node, active, [title], node.kind === 'kpe' ? msg('Key practice episode') : msg('Pattern'));
      })}
    </svg>`;
  }

  private nodeSvg(node: MapNode, active: string | undefined, [title]: string[], caption: string, influence?: string): SVGTemplateResult {
    const selected = node.key === this.selected;
    const kindClass = influence ? `node--factor node--${influence === HINDERS ? 'hinders' : 'supports'}` : `node--${node.kind}`;
    // About 7.5px a character for 12px bold text: a line never runs past the box.
    const { lines, cut } = wrap(title ?? '', Math.floor((node.width - (influence ? 28 : 8) - 20) / 7.5), 2);
    return svg`<g part="node" class="node ${kindClass} ${selected ? 'node--selected' : ''}" role="button" data-key=${node.key}
      tabindex=${node.key === active ? 0 : -1} aria-label="${caption}: ${title ?? ''}" aria-pressed=${selected ? 'true' : 'false'} transform="translate(${node.x} ${node.y})"
      @click=${() => this.onNodeActivate(node.key)} @focus=${() => this.onNodeFocus(node.key)}>
      <rect class="node-box" width=${node.width} height=${node.height} rx=${influence && influence !== HINDERS ? 14 : node.kind === 'pattern' ? 8 : 0}></rect>
      ${influence ? svg`<g transform="translate(14 ${node.height / 2})">${influenceShape(influence)}</g>` : nothing}
      <text class="node-caption" x=${influence ? 28 : 8} y="15">${caption} </text>
      ${lines.map((line, n) => svg`<text class="node-title" x=${influence ? 28 : 8} y=${32 + n * 15}>${line} </text>`)}
      ${cut ? svg`<g class="more" transform="translate(${node.width - 16} ${node.height - 6})">${[0, 5, 10].map((dx) => svg`<circle cx=${dx} cy="0" r="1.6"></circle>`)}</g>` : nothing}
    </g>`;
  }

  private onNodeFocus(key: string): void {
    if (this.view === 'map') this.mapActive = key;
    else this.fishActive = key;
    const review = this.shown.review;
    if (review) this.announceSoon(this.describe(review, key.includes('/') ? key.split('/')[1]! : key));
  }

  private onNodeActivate(key: string): void {
    const review = this.shown.review;
    if (!review) return;
    const target = key.includes('/') ? key.split('/')[1]! : key;
    if (this.view === 'map') this.mapActive = key;
    else this.fishActive = key;
    this.select(review, target, { focusDetails: true });
  }

  private onMapKey(event: KeyboardEvent, review: Review, layout: LevelsLayout): void {
    const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
    const node = key ? layout.byKey.get(key) : undefined;
    if (!node) return;
    let next: MapNode | undefined;
    const factorsInOrder = layout.rows.flat();
    if (node.kind === 'factor') {
      const row = layout.rows[node.band]!;
      switch (event.key) {
        case 'ArrowRight':
          next = row[node.order + 1] ?? this.linkedTo(node, layout)[0];
          break;
        case 'ArrowLeft':
          next = row[node.order - 1];
          break;
        case 'Home':
          next = row[0];
          break;
        case 'End':
          next = row.at(-1);
          break;
        case 'ArrowUp':
        case 'ArrowDown':
          next = verticalNeighbour(factorsInOrder, node, event.key === 'ArrowUp' ? -1 : 1);
          break;
      }
    } else {
      const column = layout.column;
      switch (event.key) {
        case 'ArrowUp':
          next = column[node.order - 1];
          break;
        case 'ArrowDown':
          next = column[node.order + 1];
          break;
        case 'Home':
          next = column[0];
          break;
        case 'End':
          next = column.at(-1);
          break;
        case 'ArrowLeft':
          next = this.linkedTo(node, layout)[0];
          break;
      }
    }
    if (event.key === 'l' || event.key === 'L') {
      // Pressed again on where the last press landed, L takes the next link of the same node.
      const origin = this.linkOrigin && this.linkTarget === node.key ? layout.byKey.get(this.linkOrigin) : undefined;
      if (!origin) {
        this.linkOrigin = node.key;
        this.linkCursor = 0;
      }
      const links = this.linkedTo(origin ?? node, layout);
      if (links.length) {
        next = links[this.linkCursor++ % links.length];
        this.linkTarget = next?.key;
      } else this.announcement = msg('This has no links.');
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.onNodeActivate(node.key);
      return;
    }
    if (!next && !['l', 'L'].includes(event.key) && !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    if (next) this.focusNode(next.key);
  }

  /** The nodes at the other end of a node's links, in the layout's order. */
  private linkedTo(node: MapNode, layout: LevelsLayout): MapNode[] {
    const keys = layout.links.filter((l) => l.from === node.key || l.to === node.key).map((l) => (l.from === node.key ? l.to : l.from));
    return keys.map((k) => layout.byKey.get(k)!).sort((a, b) => a.y - b.y || a.x - b.x);
  }

  private focusNode(key: string): void {
    if (this.view === 'map') {
      this.mapActive = key;
      // Bring a node that is not drawn yet into the drawn part before focusing it.
      const node = this.layoutFor.layout?.byKey.get(key);
      const scroller = this.renderRoot.querySelector<HTMLElement>('.map-scroller');
      if (node && scroller && (node.y < scroller.scrollTop || node.y + node.height > scroller.scrollTop + scroller.clientHeight)) {
        scroller.scrollTop = Math.max(0, node.y - MAP.gapY * 2);
        this.mapRange = rangeFor(scroller.scrollTop, scroller.clientHeight);
      }
    } else this.fishActive = key;
    void this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`);
      el?.focus();
      el?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    });
  }

  // --- The fishbone -----------------------------------------------------------------------

  private renderFishbone(review: Review): TemplateResult {
    const target = this.fishTarget(review);
    const id = this.instanceId;
    const list = TAXONOMY_LISTS[this.taxonomy];
    return html`
      <div class="fish-controls">
        <div class="field">
          <label for="${id}-fish-target">${msg('Draw the fishbone for')}</label>
          <select id="${id}-fish-target" @change=${(e: Event) => (this.fishboneFor = (e.target as HTMLSelectElement).value)}>
            <optgroup label=${msg('Key practice episodes')}>
              ${review.keyPracticeEpisodes.map((k) => html`<option value="kpe:${k.id}" ?selected=${target?.key === `kpe:${k.id}`}>${k.title}</option>`)}
            </optgroup>
            ${review.findings.length
              ? html`<optgroup label=${msg('Findings')}>
                  ${review.findings.map((f) => html`<option value="finding:${f.id}" ?selected=${target?.key === `finding:${f.id}`}>${this.text(f.title, review)}</option>`)}
                </optgroup>`
              : nothing}
          </select>
        </div>
        <div class="field">
          <label for="${id}-fish-taxonomy">${msg('Group the factors by')}</label>
          <select id="${id}-fish-taxonomy" @change=${(e: Event) => (this.taxonomy = (e.target as HTMLSelectElement).value as Taxonomy)}>
            <option value="scie-level" ?selected=${this.taxonomy === 'scie-level'}>${msg('Level of the system (SCIE)')}</option>
            <option value="seips" ?selected=${this.taxonomy === 'seips'}>${msg('Work-system element (SEIPS 3.0)')}</option>
            <option value="ycff" ?selected=${this.taxonomy === 'ycff'}>${msg('Yorkshire Contributory Factors Framework')}</option>
          </select>
        </div>
      </div>
      ${!target
        ? html`<p part="message" class="message">${msg('Choose an episode or finding to draw its fishbone.')}</p>`
        : target.factors.length === 0
          ? html`<p part="message" class="message">${msg('No factors are linked to this yet. Link factors to it from their details, or choose another.')}</p>`
          : this.renderFishboneDiagram(review, target, list)}
    `;
  }

  private renderFishboneDiagram(review: Review, target: { key: string; title: string; factors: Factor[] }, list: CodeList): TemplateResult {
    const layout = layoutFishbone(target.factors, list.codes, this.taxonomy, this.width);
    const items = fishItems(layout);
    const active = this.fishActive && items.some((i) => i.key === this.fishActive) ? this.fishActive : items[0]?.key;
    return html`
      <p id="${this.instanceId}-fish-help" class="hint">
        ${msg('Left and right arrow keys move between bones, up and down along a bone; Enter shows a factor’s details. A factor tagged with several categories is on each of their bones.')}
      </p>
      <div class="diagram-scroller">${this.fishSvg(review, target, layout, list, active)}</div>
      ${layout.empty.length
        ? html`<p class="hint">${msg(str`No factors here under: ${layout.empty.map((c) => labelOf(list, c, this.locale)).join(', ')}.`)}</p>`
        : nothing}
    `;
  }

  private fishSvg(review: Review, target: { title: string }, layout: FishboneLayout, list: CodeList, active: string | undefined): SVGTemplateResult {
    const factors = new Map(review.contributoryFactors.map((f) => [f.id, f]));
    const { head } = layout;
    return svg`<svg part="fishbone" class="diagram fishbone" xmlns="http://www.w3.org/2000/svg" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}"
      role="group" aria-label=${msg(str`Fishbone for ${target.title}`)} aria-describedby="${this.instanceId}-fish-help" @keydown=${(e: KeyboardEvent) => this.onFishKey(e, layout)}>
      <line class="spine" x1=${FISH.margin} x2=${head.x} y1=${layout.spineY} y2=${layout.spineY}></line>
      <g class="head" aria-hidden="true">
        <rect class="head-box" x=${head.x} y=${head.y} width=${head.width} height=${head.height}></rect>
        ${wrap(this.text(target.title, review), 24, 4).lines.map((line, n) => svg`<text class="head-text" x=${head.x + 8} y=${head.y + 18 + n * 15}>${line}</text>`)}
      </g>
      ${layout.bones.map(
        (bone) => svg`<g class="bone">
          <line class="bone-line" x1=${bone.x - FISH.slant} y1=${bone.labelY + (bone.side === 'top' ? 6 : -14)} x2=${bone.x} y2=${layout.spineY}></line>
          <text class="bone-label" x=${bone.x - FISH.slant} y=${bone.labelY} aria-hidden="true">${excerpt(labelOf(list, bone.category, this.locale), 28)}</text>
          ${bone.factors.map((item) => {
            const f = factors.get(item.id)!;
            const key = `${bone.category}/factor:${f.id}`;
            const selected = this.selected === `factor:${f.id}`;
            const shortTitle = wrap(this.text(f.title, review), Math.floor((layout.spacing - 48) / 7.5), 1);
            return svg`<g part="node" class="node node--fish node--${f.influence === HINDERS ? 'hinders' : 'supports'} ${selected ? 'node--selected' : ''}" role="button" data-key=${key}
              tabindex=${key === active ? 0 : -1} aria-label=${msg(str`${this.text(f.title, review)} (${labelOf(list, bone.category, this.locale)})`)} aria-pressed=${selected ? 'true' : 'false'}
              transform="translate(${item.x} ${item.y})" @click=${() => this.onNodeActivate(key)} @focus=${() => this.onNodeFocus(key)}>
              <rect class="node-box" x="-4" y="-12" width=${layout.spacing - 16} height="20"></rect>
              <g transform="translate(6 -2)">${influenceShape(f.influence, 0.7)}</g>
              <text class="node-title" x="16" y="2">${shortTitle.lines[0] ?? ''}</text>
              ${shortTitle.cut ? svg`<g class="more" transform="translate(${layout.spacing - 32} -2)">${[0, 5, 10].map((dx) => svg`<circle cx=${dx} cy="0" r="1.6"></circle>`)}</g>` : nothing}
            </g>`;
          })}
        </g>`,
      )}
    </svg>`;
  }

  private onFishKey(event: KeyboardEvent, layout: FishboneLayout): void {
    const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
    const items = fishItems(layout);
    const item = items.find((i) => i.key === key);
    if (!item) return;
    const bones = [...new Set(items.map((i) => i.bone))];
    const onBone = items.filter((i) => i.bone === item.bone);
    let next: (typeof items)[number] | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const bone = bones[bones.indexOf(item.bone) + (event.key === 'ArrowRight' ? 1 : -1)];
        next = bone === undefined ? undefined : items.find((i) => i.bone === bone);
        break;
      }
      case 'ArrowDown':
        next = onBone[onBone.indexOf(item) + 1];
        break;
      case 'ArrowUp':
        next = onBone[onBone.indexOf(item) - 1];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items.at(-1);
        break;
      case 'Enter':
      case ' ':
        this.onNodeActivate(item.key);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.focusNode(next.key);
  }

  // --- Details ----------------------------------------------------------------------------

  private renderDetails(review: Review, key: string): TemplateResult | typeof nothing {
    const [kind, id] = splitKey(key);
    const titleId = `${this.instanceId}-details-title`;
    const back = html`<button type="button" class="link-button" @click=${() => this.backFromDetails(key)}>${msg('Back to the view')}</button>`;
    if (kind === 'kpe' || kind === 'pattern') {
      const record = kind === 'kpe' ? review.keyPracticeEpisodes.find((k) => k.id === id) : review.patterns.find((p) => p.id === id);
      if (!record) return nothing;
      const linked = review.contributoryFactors.filter((f) => (kind === 'kpe' ? f.kpeIds.includes(id) : (record as Pattern).factorIds.includes(f.id)));
      return html`<section part="details" class="details" tabindex="-1" aria-labelledby=${titleId}>
        <h3 id=${titleId} class="details__title">${kind === 'kpe' ? msg(str`Key practice episode: ${record.title}`) : msg(str`Pattern: ${this.text(record.title, review)}`)}</h3>
        ${kind === 'pattern' ? html`<p class="hint">${labelOf(PATTERN_CATEGORIES, (record as Pattern).category, this.locale)}</p>` : nothing}
        <p class="details__text">${this.text(kind === 'kpe' ? (record as Episode).summary : (record as Pattern).description, review)}</p>
        <h4>${msg(str`Factors (${linked.length})`)}</h4>
        ${linked.length
          ? html`<ul class="details__list">${linked.map((f) => html`<li>${influenceMarker(f.influence)}
              <button type="button" class="link-button" @click=${() => this.select(review, `factor:${f.id}`, { focusDetails: true })}>${this.text(f.title, review)}</button>
              <span class="hint">${labelOf(FACTOR_LEVELS, f.level, this.locale)} · ${labelOf(FACTOR_INFLUENCES, f.influence, this.locale)}</span></li>`)}</ul>`
          : html`<p>${msg('No factors are linked to this yet.')}</p>`}
        <div class="form-actions">
          ${kind === 'pattern' && this.canEdit
            ? html`<button type="button" class="button button--secondary" @click=${(e: Event) => this.openForm('patterns', record as Pattern, e.currentTarget as HTMLElement)}>${msg('Edit pattern')}</button>`
            : nothing}
          ${back}
        </div>
      </section>`;
    }
    const factor = review.contributoryFactors.find((f) => f.id === id);
    if (!factor) return nothing;
    const entries = new Map(review.chronology.map((c) => [c.id, c]));
    const agencies = new Map(review.agencies.map((a) => [a.id, a]));
    const patterns = review.patterns.filter((p) => p.factorIds.includes(factor.id));
    const kpes = review.keyPracticeEpisodes.filter((k) => factor.kpeIds.includes(k.id));
    const unlinked = review.keyPracticeEpisodes.filter((k) => !factor.kpeIds.includes(k.id));
    const otherPatterns = review.patterns.filter((p) => !p.factorIds.includes(factor.id));
    const uid = this.instanceId;
    return html`<section part="details" class="details" tabindex="-1" aria-labelledby=${titleId}>
      <h3 id=${titleId} class="details__title">${influenceMarker(factor.influence)} ${this.text(factor.title, review)}</h3>
      <dl class="details__facts">
        <div><dt>${msg('Level')}</dt><dd>${labelOf(FACTOR_LEVELS, factor.level, this.locale)}</dd></div>
        <div><dt>${msg('Influence')}</dt><dd>${labelOf(FACTOR_INFLUENCES, factor.influence, this.locale)}</dd></div>
        <div><dt>${msg('SEIPS 3.0')}</dt><dd>${factorCategories(factor, 'seips').map((c) => labelOf(SEIPS_ELEMENTS, c, this.locale)).join(', ')}${factor.seips.length ? '' : ` ${factor.ycff.length ? msg('(from its Yorkshire framework domains)') : msg('(from the level)')}`}</dd></div>
        <div><dt>${msg('Yorkshire framework')}</dt><dd>${factorCategories(factor, 'ycff').map((c) => labelOf(YCFF_DOMAINS, c, this.locale)).join(', ')}${factor.ycff.length ? '' : ` ${msg('(from the level)')}`}</dd></div>
        <div><dt>${msg('Episodes')}</dt><dd>${kpes.length ? kpes.map((k) => k.title).join('; ') : msg('none')}</dd></div>
        <div><dt>${msg('Patterns')}</dt><dd>${patterns.length ? patterns.map((p) => this.text(p.title, review)).join('; ') : msg('none')}</dd></div>
      </dl>
      <p class="details__text">${this.text(factor.description, review)}</p>
      <h4>${msg(str`Evidence from the chronology (${factor.evidence.length})`)}</h4>
      ${factor.evidence.length
        ? html`<ul class="details__list">
            ${factor.evidence.map((ev) => {
              const entry = entries.get(ev.entryId);
              return html`<li>
                ${entry ? html`<time>${formatPartialDate(entry.date, this.locale)}</time> · ${agencies.get(entry.agencyId)?.name ?? ''}: ${this.text(entry.event, review)}` : ev.entryId}
                ${ev.note ? html`<br /><em>${this.text(ev.note, review)}</em>` : nothing}
              </li>`;
            })}
          </ul>`
        : html`<p>${msg('No chronology entries are linked as evidence yet.')}</p>`}
      ${this.canEdit
        ? html`<div class="quick">
            <div class="quick__item">
              <label for="${uid}-move">${msg('Move to level')}</label>
              <select id="${uid}-move">${LEVELS.map((l) => html`<option value=${l} ?selected=${l === factor.level}>${labelOf(FACTOR_LEVELS, l, this.locale)}</option>`)}</select>
              <button type="button" class="button button--secondary" @click=${() => this.quickMove(review, factor)}>${msg('Move')}</button>
            </div>
            ${unlinked.length
              ? html`<div class="quick__item">
                  <label for="${uid}-link">${msg('Link to episode')}</label>
                  <select id="${uid}-link">${unlinked.map((k) => html`<option value=${k.id}>${k.title}</option>`)}</select>
                  <button type="button" class="button button--secondary" @click=${() => this.quickLink(review, factor)}>${msg('Link')}</button>
                </div>`
              : nothing}
            ${otherPatterns.length
              ? html`<div class="quick__item">
                  <label for="${uid}-pattern">${msg('Add to pattern')}</label>
                  <select id="${uid}-pattern">${otherPatterns.map((p) => html`<option value=${p.id}>${this.text(p.title, review)}</option>`)}</select>
                  <button type="button" class="button button--secondary" @click=${() => this.quickPattern(review, factor)}>${msg('Add')}</button>
                </div>`
              : nothing}
          </div>`
        : nothing}
      <div class="form-actions">
        ${this.canEdit
          ? html`<button type="button" class="button button--secondary" @click=${(e: Event) => this.openForm('contributoryFactors', factor, e.currentTarget as HTMLElement)}>${msg('Edit factor')}</button>`
          : nothing}
        ${back}
      </div>
    </section>`;
  }

  private backFromDetails(key: string): void {
    if (this.view === 'tree') return this.focusTreeItem(this.treeActive ?? key);
    if (this.view === 'map') return this.focusNode(this.mapActive ?? key);
    this.focusNode(this.fishActive ?? key);
  }

  // --- Summary ----------------------------------------------------------------------------

  private renderSummary(review: Review): TemplateResult {
    const factors = review.contributoryFactors;
    const byLevel = LEVELS.map((level) => {
      const inLevel = factors.filter((f) => f.level === level);
      const hinders = inLevel.filter((f) => f.influence === HINDERS).length;
      return { level, total: inLevel.length, hinders, supports: inLevel.length - hinders };
    });
    const totalHinders = byLevel.reduce((n, r) => n + r.hinders, 0);
    const sumId = `${this.instanceId}-summary`;
    return html`<section part="summary" class="summary" aria-labelledby=${sumId}>
      <h3 id=${sumId} class="summary__title">${msg('Where change can be made')}</h3>
      <div class="summary__grid">
        <table class="counts">
          <caption>${msg('Factors by level and influence')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Level')}</th>
              <th scope="col">${msg('Made poor practice more likely')}</th>
              <th scope="col">${msg('Supported good practice')}</th>
              <th scope="col">${msg('All')}</th>
            </tr>
          </thead>
          <tbody>
            ${byLevel.map((r) => html`<tr><th scope="row">${labelOf(FACTOR_LEVELS, r.level, this.locale)}</th><td>${r.hinders}</td><td>${r.supports}</td><td>${r.total}</td></tr>`)}
          </tbody>
          <tfoot>
            <tr><th scope="row">${msg('All levels')}</th><td>${totalHinders}</td><td>${factors.length - totalHinders}</td><td>${factors.length}</td></tr>
          </tfoot>
        </table>
        <div class="loci">
          ${review.findings.length
            ? LOCI_OF_CHANGE.codes.map((locus) => {
                const findings = review.findings.filter((f) => f.lociOfChange.includes(locus));
                return html`<div class="locus">
                  <h4>${labelOf(LOCI_OF_CHANGE, locus, this.locale)} <span class="locus__count">${findings.length === 1 ? msg('1 finding') : msg(str`${findings.length} findings`)}</span></h4>
                  ${findings.length ? html`<ul>${findings.map((f: Finding) => html`<li>${this.text(f.title, review)}</li>`)}</ul>` : nothing}
                </div>`;
              })
            : html`<p>${msg('The review has no findings yet, so it does not yet say where change can be made.')}</p>`}
        </div>
      </div>
    </section>`;
  }

  // --- Print ------------------------------------------------------------------------------

  private renderPrint(review: Review): TemplateResult {
    const kpes = new Map(review.keyPracticeEpisodes.map((k) => [k.id, k.title]));
    return html`<div class="print-only">
      <h2 class="print-title">${msg(str`Contributory factors: ${review.title}`)}</h2>
      <p>${msg(str`Prepared for: ${labelOf(AUDIENCES, this.shown.audience, this.locale)}`)}</p>
      <table class="print-table">
        <thead>
          <tr>
            <th scope="col">${msg('Level')}</th>
            <th scope="col">${msg('Factor')}</th>
            <th scope="col">${msg('Influence')}</th>
            <th scope="col">${msg('Episodes')}</th>
            <th scope="col">${msg('Patterns')}</th>
            <th scope="col">${msg('Evidence entries')}</th>
          </tr>
        </thead>
        <tbody>
          ${LEVELS.flatMap((level) =>
            review.contributoryFactors
              .filter((f) => f.level === level)
              .map(
                (f) => html`<tr>
                  <td>${labelOf(FACTOR_LEVELS, f.level, this.locale)}</td>
                  <td><strong>${this.text(f.title, review)}</strong><br />${this.text(f.description, review)}</td>
                  <td>${labelOf(FACTOR_INFLUENCES, f.influence, this.locale)}</td>
                  <td>${f.kpeIds.map((id) => kpes.get(id) ?? id).join('; ')}</td>
                  <td>${review.patterns.filter((p) => p.factorIds.includes(f.id)).map((p) => this.text(p.title, review)).join('; ')}</td>
                  <td>${f.evidence.length}</td>
                </tr>`,
              ),
          )}
        </tbody>
      </table>
    </div>`;
  }

  // --- Export -----------------------------------------------------------------------------

  private startExport(kind: ExportKind): void {
    this.problem = '';
    if (this.shown.audience === 'internal') {
      // An internal copy is not redacted: ask who and why, and log it, before making it.
      this.exporting = { kind };
      void this.updateComplete.then(() => this.exportDialog?.showModal());
      return;
    }
    void this.download(kind);
  }

  private async download(kind: ExportKind, override?: { role: string; reason: string }): Promise<boolean> {
    const review = this.shown.review;
    if (!review) return false;
    const base = `${review.id}-factors-${this.shown.audience}`;
    let file: { contents: string | Blob; mimeType: string; filename: string };
    // The file is made first: nothing is logged for a download that could not be made.
    this.makingFile = true;
    try {
      if (kind === 'csv') file = { contents: this.tableCsv(review), mimeType: 'text/csv;charset=utf-8', filename: `${base}.csv` };
      else {
        const text = this.diagramSvg(review);
        file = kind === 'svg' ? { contents: text, mimeType: 'image/svg+xml', filename: `${base}.svg` } : { contents: await svgToPng(text), mimeType: 'image/png', filename: `${base}.png` };
      }
    } catch {
      return this.failExport(
        kind === 'png'
          ? msg('The picture could not be made on this page (its security settings may not allow it). Download the SVG instead; it opens in any browser and in Word.')
          : msg('The file could not be made. Try again, or tell the person who looks after this page.'),
      );
    } finally {
      this.makingFile = false;
    }
    if (override) {
      // Logged before the file is handed over; if it cannot be logged, there is no file.
      const problem = await logDownload(this, this.shown.store, review.id, override, this.locale);
      if (problem) return this.failExport(problem);
    }
    downloadFile(this.renderRoot as ShadowRoot, file);
    this.announcement = msg('The download has started.');
    return true;
  }

  private failExport(text: string): false {
    if (this.exporting) this.exporting = { ...this.exporting, problem: text };
    else this.problem = text;
    return false;
  }

  /** The factor table as CSV, through the SDK (cells that look like formulas are made safe). */
  private tableCsv(review: Review): string {
    const kpes = new Map(review.keyPracticeEpisodes.map((k) => [k.id, k.title]));
    const headers = [msg('Level'), msg('Factor'), msg('Description'), msg('Influence'), msg('SEIPS 3.0'), msg('Yorkshire framework'), msg('Episodes'), msg('Patterns'), msg('Evidence entries')];
    const rows = LEVELS.flatMap((level) =>
      review.contributoryFactors
        .filter((f) => f.level === level)
        .map((f) => [
          labelOf(FACTOR_LEVELS, f.level, this.locale),
          this.text(f.title, review),
          this.text(f.description, review),
          labelOf(FACTOR_INFLUENCES, f.influence, this.locale),
          factorCategories(f, 'seips').map((c) => labelOf(SEIPS_ELEMENTS, c, this.locale)).join('; '),
          factorCategories(f, 'ycff').map((c) => labelOf(YCFF_DOMAINS, c, this.locale)).join('; '),
          f.kpeIds.map((id) => kpes.get(id) ?? id).join('; '),
          review.patterns.filter((p) => p.factorIds.includes(f.id)).map((p) => this.text(p.title, review)).join('; '),
          f.evidence.map((e) => e.entryId).join('; '),
        ]),
    );
    return toCsv(headers, rows, { bom: true });
  }

  /**
   * The diagram on screen (the levels map when the tree is showing) as a standalone SVG file:
   * the same Lit template rendered off-screen, with its styles written into the file so it
   * looks the same outside the page.
   */
  private diagramSvg(review: Review): string {
    const box = document.createElement('div');
    const target = this.view === 'fishbone' ? this.fishTarget(review) : undefined;
    if (target && target.factors.length) {
      const list = TAXONOMY_LISTS[this.taxonomy];
      renderTemplate(this.fishSvg(review, target, layoutFishbone(target.factors, list.codes, this.taxonomy, this.width), list, undefined), box);
    } else {
      renderTemplate(this.mapSvg(review, this.levelsLayout(review), undefined), box);
    }
    const drawing = box.querySelector('svg')!;
    for (const el of drawing.querySelectorAll('[tabindex], [role]')) {
      el.removeAttribute('tabindex');
    }
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = EXPORT_CSS;
    drawing.prepend(style);
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = `${review.title} · ${labelOf(AUDIENCES, this.shown.audience, this.locale)}`;
    drawing.prepend(title);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(drawing)}\n`;
  }

  private renderExportDialog(): TemplateResult {
    return unredactedExportDialog({
      id: this.instanceId,
      host: this,
      open: Boolean(this.exporting),
      problem: this.exporting?.problem,
      onRequest: (override) => this.download(this.exporting!.kind, override),
      onClose: () => (this.exporting = undefined),
    });
  }

  // --- Editing ----------------------------------------------------------------------------

  private async openForm(kind: FormState['kind'], original: Factor | Pattern | undefined, opener: HTMLElement): Promise<void> {
    const review = this.shown.review;
    if (!review || !this.canEdit) return;
    this.returnFocusTo = opener;
    let revision: number | null = null;
    const store = this.shown.store;
    if (original && store) revision = (await store.getEntity(review.id, kind, original.id))?.revision ?? null;
    const evidence = new Set(kind === 'contributoryFactors' && original ? (original as Factor).evidence.map((e) => e.entryId) : []);
    this.form = { kind, ...(original ? { original } : {}), revision, errors: [], evidenceQuery: '', evidence };
    await this.updateComplete;
    this.formDialog?.showModal();
  }

  private readonly onFormCancel = (event: Event): void => {
    event.preventDefault();
    this.closeForm();
  };

  private closeForm(focusKey?: string): void {
    this.formDialog?.close();
    this.form = undefined;
    if (focusKey) {
      const review = this.shown.review;
      if (review) this.select(review, focusKey, { focusDetails: true });
      return;
    }
    const back = this.returnFocusTo;
    if (back?.isConnected) back.focus();
    else this.renderRoot.querySelector<HTMLElement>('.toolbar button')?.focus();
  }

  private renderForm(review: Review, form: FormState): TemplateResult {
    const id = this.instanceId;
    const isFactor = form.kind === 'contributoryFactors';
    const f = isFactor ? (form.original as Factor | undefined) : undefined;
    const p = isFactor ? undefined : (form.original as Pattern | undefined);
    const errorFor = (name: string) => form.errors.find((err) => err.path === name || err.path.startsWith(`${name}[`) || err.path.startsWith(`${name}.`));
    const inline = (name: string) => {
      const error = errorFor(name);
      return error ? html`<p class="error-message" id="${id}-f-${name}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error.text[this.locale]}</p>` : nothing;
    };
    const described = (name: string, hint?: boolean) => [hint ? `${id}-f-${name}-hint` : '', errorFor(name) ? `${id}-f-${name}-error` : ''].filter(Boolean).join(' ') || nothing;
    const invalid = (name: string) => (errorFor(name) ? 'true' : 'false');
    const group = (name: string, legend: string, body: TemplateResult | TemplateResult[]) => html`<fieldset class="field ${errorFor(name) ? 'field--error' : ''}" id="${id}-f-${name}" tabindex="-1" aria-describedby=${described(name)}>
      <legend>${legend}</legend>${inline(name)}${body}
    </fieldset>`;
    const title = isFactor ? (f ? msg('Change this factor') : msg('Add a contributory factor')) : p ? msg('Change this pattern') : msg('Add a pattern');

    return html`<form novalidate @submit=${this.onFormSubmit}>
      <h2 id="${id}-form-title">${title}</h2>
      ${form.errors.length || form.conflict || form.failed
        ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="${id}-summary-title">
            <h3 id="${id}-summary-title">${msg('There is a problem')}</h3>
            <ul>
              ${form.errors.map((err) =>
                err.path
                  ? html`<li><a href="#${id}-f-${fieldOf(err.path, 'title')}" @click=${(ev: Event) => this.focusField(ev, fieldOf(err.path, 'title'))}>${err.text[this.locale]}</a></li>`
                  : html`<li>${err.text[this.locale]}</li>`,
              )}
              ${form.conflict ? html`<li>${msg('Someone else changed this while you were editing. Download what you typed, then close the form to see their version and make your change again.')}</li>` : nothing}
              ${form.failed ? html`<li>${msg('Your change could not be saved in this browser. Download what you typed so nothing is lost, then try again.')}</li>` : nothing}
            </ul>
            ${form.conflict || form.failed
              ? html`<button type="button" class="button button--secondary" @click=${this.downloadTyped}>${msg('Download what I typed')}</button>`
              : nothing}
          </div>`
        : nothing}
      ${form.confirmDelete
        ? html`<div class="confirm" role="alert">
            <p><strong>${isFactor ? msg('Remove this factor? It cannot be undone.') : msg('Remove this pattern? Its factors stay.')}</strong></p>
            <div class="form-actions">
              <button type="button" class="button button--warning" @click=${this.deleteRecord}>${msg('Yes, remove it')}</button>
              <button type="button" class="button button--secondary" @click=${() => (this.form = { ...form, confirmDelete: false })}>${msg('No, keep it')}</button>
            </div>
          </div>`
        : nothing}
      <div class="field ${errorFor('title') ? 'field--error' : ''}">
        <label for="${id}-f-title">${msg('Title')}</label>
        ${inline('title')}
        <input id="${id}-f-title" name="title" .value=${(f ?? p)?.title ?? ''} aria-describedby=${described('title')} aria-invalid=${invalid('title')} />
      </div>
      ${isFactor
        ? html`
            <div class="field ${errorFor('description') ? 'field--error' : ''}">
              <label for="${id}-f-description">${msg('What it was, and how it shaped practice')}</label>
              <p class="hint" id="${id}-f-description-hint">${msg('Why practice made sense at the time. Use pseudonyms, never real names.')}</p>
              ${inline('description')}
              <textarea id="${id}-f-description" name="description" rows="4" .value=${f?.description ?? ''} aria-describedby=${described('description', true)} aria-invalid=${invalid('description')}></textarea>
            </div>
            <div class="field ${errorFor('level') ? 'field--error' : ''}">
              <label for="${id}-f-level">${msg('Level of the system')}</label>
              ${inline('level')}
              <select id="${id}-f-level" name="level" aria-describedby=${described('level')} aria-invalid=${invalid('level')}>
                <option value="" ?selected=${!f}>${msg('Choose the level')}</option>
                ${LEVELS.map((l) => html`<option value=${l} ?selected=${f?.level === l}>${labelOf(FACTOR_LEVELS, l, this.locale)}</option>`)}
              </select>
            </div>
            ${group('influence', msg('How it influenced practice'), FACTOR_INFLUENCES.entries.map((e) => html`<label class="check"><input type="radio" name="influence" value=${e.code} ?checked=${f?.influence === e.code} /> ${e.label[this.locale]}</label>`))}
            ${group('seips', msg('SEIPS 3.0 elements (optional)'), SEIPS_ELEMENTS.entries.map((e) => html`<label class="check"><input type="checkbox" name="seips" value=${e.code} ?checked=${f?.seips.includes(e.code as never) ?? false} /> ${e.label[this.locale]}</label>`))}
            ${group('ycff', msg('Yorkshire framework domains (optional)'), YCFF_DOMAINS.entries.map((e) => html`<label class="check"><input type="checkbox" name="ycff" value=${e.code} ?checked=${f?.ycff.includes(e.code as never) ?? false} /> ${e.label[this.locale]}</label>`))}
            ${group(
              'kpeIds',
              msg('Key practice episodes it influenced (optional)'),
              review.keyPracticeEpisodes.length
                ? review.keyPracticeEpisodes.map((k) => html`<label class="check"><input type="checkbox" name="kpeIds" value=${k.id} ?checked=${f?.kpeIds.includes(k.id) ?? false} /> ${k.title}</label>`)
                : html`<p class="hint">${msg('The review has no key practice episodes yet.')}</p>`,
            )}
            ${this.renderEvidenceField(review, form)}
            ${group('visibility', msg('Who may see this factor'), AUDIENCES.entries.map((a) => html`<label class="check"><input type="radio" name="visibility" value=${a.code} ?checked=${(f?.visibility ?? 'panel') === a.code} /> ${a.label[this.locale]}</label>`))}
          `
        : html`
            <div class="field ${errorFor('category') ? 'field--error' : ''}">
              <label for="${id}-f-category">${msg('Type of pattern')}</label>
              ${inline('category')}
              <select id="${id}-f-category" name="category" aria-describedby=${described('category')} aria-invalid=${invalid('category')}>
                <option value="" ?selected=${!p}>${msg('Choose the type')}</option>
                ${PATTERN_CATEGORIES.entries.map((e) => html`<option value=${e.code} ?selected=${p?.category === e.code}>${e.label[this.locale]}</option>`)}
              </select>
            </div>
            <div class="field ${errorFor('description') ? 'field--error' : ''}">
              <label for="${id}-f-description">${msg('Description')}</label>
              ${inline('description')}
              <textarea id="${id}-f-description" name="description" rows="4" .value=${p?.description ?? ''} aria-describedby=${described('description')} aria-invalid=${invalid('description')}></textarea>
            </div>
            ${group(
              'factorIds',
              msg('Factors in the pattern'),
              LEVELS.flatMap((level) =>
                review.contributoryFactors
                  .filter((x) => x.level === level)
                  .map((x) => html`<label class="check check--block"><input type="checkbox" name="factorIds" value=${x.id} ?checked=${p?.factorIds.includes(x.id) ?? false} /> ${this.text(x.title, review)} <span class="hint">(${labelOf(FACTOR_LEVELS, level, this.locale)})</span></label>`),
              ),
            )}
          `}
      <div class="form-actions">
        <button type="submit" class="button" ?disabled=${form.busy}>${isFactor ? msg('Save factor') : msg('Save pattern')}</button>
        <button type="button" class="button button--secondary" @click=${() => this.closeForm()}>${msg('Cancel')}</button>
        ${form.original ? html`<button type="button" class="button button--warning" @click=${() => (this.form = { ...form, confirmDelete: true })}>${isFactor ? msg('Remove factor') : msg('Remove pattern')}</button>` : nothing}
      </div>
    </form>`;
  }

  /** Evidence: find chronology entries by words or date, tick the ones that show the factor. */
  private renderEvidenceField(review: Review, form: FormState): TemplateResult {
    const id = this.instanceId;
    const words = form.evidenceQuery.trim().toLowerCase();
    const agencies = new Map(review.agencies.map((a) => [a.id, a.code]));
    const ticked = review.chronology.filter((c) => form.evidence.has(c.id));
    const matches = words
      ? review.chronology.filter((c) => !form.evidence.has(c.id) && `${c.event} ${c.date} ${c.source} ${agencies.get(c.agencyId) ?? ''}`.toLowerCase().includes(words))
      : [];
    const option = (c: Review['chronology'][number]) => html`<label class="check check--block">
      <input type="checkbox" name="evidence" value=${c.id} ?checked=${form.evidence.has(c.id)} @change=${(e: Event) => this.tickEvidence(c.id, (e.target as HTMLInputElement).checked)} />
      <span><time>${formatPartialDate(c.date, this.locale)}</time> · ${agencies.get(c.agencyId) ?? ''}: ${excerpt(this.text(c.event, review), 100)}</span>
    </label>`;
    return html`<fieldset class="field" id="${id}-f-evidence" tabindex="-1">
      <legend>${msg('Evidence from the chronology (optional)')}</legend>
      ${ticked.length ? html`<div class="evidence-list">${ticked.map(option)}</div>` : html`<p class="hint">${msg('No entries chosen yet.')}</p>`}
      <label for="${id}-f-evidence-q">${msg('Find entries by words or date')}</label>
      <input id="${id}-f-evidence-q" type="search" autocomplete="off" .value=${form.evidenceQuery}
        @input=${(e: Event) => (this.form = { ...this.form!, evidenceQuery: (e.target as HTMLInputElement).value })} />
      ${words
        ? html`<p class="hint" role="status">${matches.length > EVIDENCE_SHOWN
              ? msg(str`${matches.length} entries match; the first ${EVIDENCE_SHOWN} are listed. Add words to narrow them.`)
              : msg(str`${matches.length} entries match.`)}</p>
            <div class="evidence-list">${matches.slice(0, EVIDENCE_SHOWN).map(option)}</div>`
        : nothing}
    </fieldset>`;
  }

  private tickEvidence(entryId: string, on: boolean): void {
    if (!this.form) return;
    const evidence = new Set(this.form.evidence);
    if (on) evidence.add(entryId);
    else evidence.delete(entryId);
    this.form = { ...this.form, evidence };
  }

  private focusField(event: Event, name: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${this.instanceId}-f-${name}`)?.focus();
  }

  /** What the form holds now, as the SDK's input for the record. */
  private readForm(): Record<string, unknown> | undefined {
    const form = this.form;
    const element = this.renderRoot.querySelector<HTMLFormElement>('dialog.form-dialog form');
    if (!form || !element) return undefined;
    const data = new FormData(element);
    const original = form.original;
    const base = { id: original?.id ?? newId(form.kind === 'contributoryFactors' ? 'factor' : 'pattern'), title: textOf(data, 'title'), description: textOf(data, 'description') };
    if (form.kind === 'patterns') {
      return { ...base, category: textOf(data, 'category'), factorIds: data.getAll('factorIds').map(String) };
    }
    const notes = new Map(((original as Factor | undefined)?.evidence ?? []).map((e) => [e.entryId, e.note]));
    const review = this.shown.review;
    // Evidence in date order, so the record reads like the chronology.
    const evidence = (review?.chronology ?? []).filter((c) => form.evidence.has(c.id)).map((c) => (notes.get(c.id) ? { entryId: c.id, note: notes.get(c.id) } : { entryId: c.id }));
    return {
      ...base,
      level: textOf(data, 'level'),
      influence: textOf(data, 'influence'),
      seips: data.getAll('seips').map(String),
      ycff: data.getAll('ycff').map(String),
      kpeIds: data.getAll('kpeIds').map(String),
      evidence,
      visibility: textOf(data, 'visibility') || 'panel',
    };
  }

  private readonly onFormSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const review = this.shown.review;
    const form = this.form;
    const input = this.readForm();
    if (!review || !form || !input) return;
    const parsed = parseEntity(form.kind, input, review, { locale: this.locale });
    if (!parsed.ok) {
      this.form = { ...form, errors: parsed.errors, failed: false, conflict: false };
      await this.focusSummary();
      return;
    }
    const saved = await this.write(review, form.kind, parsed.entity, form.revision, form.original);
    if (saved) this.closeForm(form.kind === 'contributoryFactors' ? `factor:${parsed.entity.id}` : `pattern:${parsed.entity.id}`);
  };

  private readonly downloadTyped = (): void => {
    const input = this.readForm();
    if (!input || !this.form) return;
    downloadFile(this.renderRoot as ShadowRoot, draftDownload(String(input['id']), this.form.kind === 'patterns' ? 'pattern' : 'factor', input));
  };

  /**
   * Saves one factor or pattern: to the store when there is one (the provider then shares
   * the change with every element), else into this element's own review. Form errors,
   * conflicts and failures are shown in the open form; quick actions report in the page.
   */
  private async write(review: Review, kind: FormState['kind'], value: Factor | Pattern, revision: number | null, previous?: Factor | Pattern): Promise<boolean> {
    const store = this.shown.store;
    if (this.form) this.form = { ...this.form, busy: true };
    try {
      if (store) await store.putEntity(review.id, kind, value, { expectedRevision: revision });
      else {
        const list = review[kind] as ReadonlyArray<Factor | Pattern>;
        const next = previous ? list.map((x) => (x.id === value.id ? value : x)) : [...list, value];
        this.review = { ...review, [kind]: next };
      }
    } catch (error) {
      this.report(error);
      return false;
    }
    this.dispatchEvent(new SlkFactorChangeEvent({ action: previous ? 'update' : 'create', collection: kind, value, ...(previous ? { previous } : {}), saved: Boolean(store) }));
    this.announcement = kind === 'patterns' ? msg('Pattern saved') : msg('Factor saved');
    await this.settle(kind, value.id, true);
    return true;
  }

  private report(error: unknown): void {
    const conflict = error instanceof ConflictError;
    const invalid = error instanceof StoreValidationError ? error.errors : [];
    if (this.form) {
      this.form = { ...this.form, busy: false, confirmDelete: false, errors: invalid, conflict, failed: !conflict && !invalid.length };
      void this.focusSummary();
    } else {
      this.problem = conflict
        ? msg('Someone else changed this factor a moment ago. Look at it again and repeat your change.')
        : invalid.length
          ? invalid.map((e) => e.text[this.locale]).join(' ')
          : msg('The change could not be saved in this browser. Try again; if it keeps happening, tell the person who looks after this page.');
    }
  }

  /** Waits (briefly) until the review shown has caught up with a write, so focus can follow. */
  private async settle(kind: FormState['kind'], id: string, present: boolean): Promise<void> {
    for (let i = 0; i < 20; i++) {
      await this.updateComplete;
      const list = (this.shown.review?.[kind] ?? []) as ReadonlyArray<{ id: string }>;
      if (list.some((x) => x.id === id) === present) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private readonly deleteRecord = async (): Promise<void> => {
    const form = this.form;
    const review = this.shown.review;
    const original = form?.original;
    if (!form || !review || !original) return;
    const store = this.shown.store;
    try {
      // A pattern must keep at least one factor: a factor is taken out of its patterns
      // first, and a pattern it was the only factor of is removed with it.
      if (form.kind === 'contributoryFactors') {
        for (const pattern of review.patterns.filter((p) => p.factorIds.includes(original.id))) {
          const rest = pattern.factorIds.filter((id) => id !== original.id);
          if (store) {
            const stored = await store.getEntity(review.id, 'patterns', pattern.id);
            if (rest.length) await store.putEntity(review.id, 'patterns', { ...pattern, factorIds: rest }, { expectedRevision: stored?.revision ?? null });
            else await store.deleteEntity(review.id, 'patterns', pattern.id, { expectedRevision: stored?.revision ?? null });
          }
        }
      }
      if (store) await store.deleteEntity(review.id, form.kind, original.id, { expectedRevision: form.revision });
      else if (form.kind === 'contributoryFactors') {
        const patterns = review.patterns.map((p) => ({ ...p, factorIds: p.factorIds.filter((id) => id !== original.id) })).filter((p) => p.factorIds.length);
        this.review = { ...review, contributoryFactors: review.contributoryFactors.filter((x) => x.id !== original.id), patterns };
      } else this.review = { ...review, patterns: review.patterns.filter((x) => x.id !== original.id) };
    } catch (error) {
      this.report(error);
      return;
    }
    this.dispatchEvent(new SlkFactorChangeEvent({ action: 'delete', collection: form.kind, previous: original, saved: Boolean(store) }));
    this.announcement = form.kind === 'patterns' ? msg('Pattern removed') : msg('Factor removed');
    await this.settle(form.kind, original.id, false);
    this.formDialog?.close();
    this.form = undefined;
    this.selected = undefined;
    this.renderRoot.querySelector<HTMLElement>('.toolbar .button')?.focus();
  };

  private async quick(review: Review, collection: FormState['kind'], next: Factor | Pattern, previous: Factor | Pattern, done: string): Promise<void> {
    this.problem = '';
    const store = this.shown.store;
    const revision = store ? ((await store.getEntity(review.id, collection, previous.id))?.revision ?? null) : null;
    if (await this.write(review, collection, next, revision, previous)) {
      this.announcement = done;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="details"]')?.focus();
    }
  }

  private quickMove(review: Review, factor: Factor): void {
    const level = this.renderRoot.querySelector<HTMLSelectElement>(`#${this.instanceId}-move`)?.value as FactorLevel | undefined;
    if (!level || level === factor.level) return;
    void this.quick(review, 'contributoryFactors', { ...factor, level }, factor, msg(str`Moved to ${labelOf(FACTOR_LEVELS, level, this.locale)}`));
  }

  private quickLink(review: Review, factor: Factor): void {
    const kpeId = this.renderRoot.querySelector<HTMLSelectElement>(`#${this.instanceId}-link`)?.value;
    if (!kpeId) return;
    const order = review.keyPracticeEpisodes.map((k) => k.id);
    const kpeIds = [...factor.kpeIds, kpeId].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    void this.quick(review, 'contributoryFactors', { ...factor, kpeIds }, factor, msg('Linked to the episode'));
  }

  private quickPattern(review: Review, factor: Factor): void {
    const patternId = this.renderRoot.querySelector<HTMLSelectElement>(`#${this.instanceId}-pattern`)?.value;
    const pattern = review.patterns.find((p) => p.id === patternId);
    if (!pattern) return;
    void this.quick(review, 'patterns', { ...pattern, factorIds: [...pattern.factorIds, factor.id] }, pattern, msg('Added to the pattern'));
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }
}

// --- Helpers -------------------------------------------------------------------------------

interface TreeNode {
  readonly key: string;
  readonly label: TemplateResult | string;
  readonly className: string;
  /** Absent for a leaf; empty for a closed item whose children are not built. */
  readonly children?: TreeNode[];
}

/**
 * The band of the map to draw for a scroll position: the screenful plus 400px either side,
 * in 200px steps so that scrolling re-renders a few times a screen, not every frame.
 * Before the scroller has a height, a tall screen's worth is assumed.
 */
function rangeFor(scrollTop: number, height: number): { top: number; bottom: number } {
  const step = 200;
  const seen = height || 1000;
  return { top: Math.floor((scrollTop - 400) / step) * step, bottom: Math.ceil((scrollTop + seen + 400) / step) * step };
}

/** "1 factor", "3 factors": English and Welsh count nouns differently, so each form is its own string. */
function factorCount(n: number): string {
  return n === 1 ? msg('1 factor') : msg(str`${n} factors`);
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}

/** A factor's influence as a shape and a sign, never colour alone. */
function influenceShape(influence: string, scale = 1): SVGTemplateResult {
  return influence === HINDERS
    ? svg`<g class="marker marker--hinders" transform="scale(${scale})"><path d="M0,-9 L9,7 L-9,7 Z"></path><line x1="-4" x2="4" y1="2" y2="2"></line></g>`
    : svg`<g class="marker marker--supports" transform="scale(${scale})"><circle r="8"></circle><line x1="-4" x2="4" y1="0" y2="0"></line><line x1="0" x2="0" y1="-4" y2="4"></line></g>`;
}

function influenceMarker(influence: string): TemplateResult {
  return html`<svg class="marker-icon" viewBox="-10 -10 20 20" aria-hidden="true">${influenceShape(influence)}</svg>`;
}

/**
 * Text broken into at most `lines` lines of about `width` characters, at spaces. `cut` says
 * whether anything was left out; the drawing then shows a "more" mark (not a typed "…",
 * so what is visible stays part of the accessible name).
 */
function wrap(text: string, width: number, lines: number): { lines: string[]; cut: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      used++;
      continue;
    }
    if (line) out.push(line);
    if (out.length === lines) return { lines: out, cut: true };
    // Never half of a surrogate pair: half an emoji draws as a replacement character.
    line = word.length > width ? sliceText(word, width) : word;
    used++;
    if (word.length > width) {
      out.push(line);
      return { lines: out.slice(0, lines), cut: true };
    }
  }
  if (line) out.push(line);
  return { lines: out.slice(0, lines), cut: out.length > lines || used < words.length };
}


/** The nearest factor in the next line up or down (within a level, or the next level). */
function verticalNeighbour(nodes: readonly MapNode[], from: MapNode, direction: -1 | 1): MapNode | undefined {
  const candidates = nodes.filter((n) => (direction < 0 ? n.y < from.y : n.y > from.y));
  if (!candidates.length) return undefined;
  const y = direction < 0 ? Math.max(...candidates.map((n) => n.y)) : Math.min(...candidates.map((n) => n.y));
  return candidates.filter((n) => n.y === y).reduce((best, n) => (Math.abs(n.x - from.x) < Math.abs(best.x - from.x) ? n : best));
}

function fishItems(layout: FishboneLayout): Array<{ key: string; bone: string }> {
  return [...layout.bones]
    .sort((a, b) => a.x - b.x || (a.side === 'top' ? -1 : 1))
    .flatMap((bone) => bone.factors.map((f) => ({ key: `${bone.category}/factor:${f.id}`, bone: bone.category })));
}




/**
 * Draws an SVG document onto a canvas and returns it as PNG, at twice the size for print.
 * The picture is loaded from a `data:` address, which the kit's recommended CSP allows for
 * images (`img-src 'self' data:`), where a `blob:` one would need the policy widened.
 */
async function svgToPng(svgText: string): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}
