import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  applyBriefingEdits,
  BRIEFING_RAG_LABELS,
  BRIEFING_SECTION_MAX_LENGTH,
  briefingScanner,
  briefingText,
  generateBriefing,
  isBriefingEdits,
  localise,
  REDACTION_RULE_LABELS,
  todayInUk,
  type Briefing,
  type BriefingBlock,
  type BriefingEdits,
  type BriefingLine,
  type BriefingRag,
  type BriefingSection,
  type BriefingVariant,
  type DraftStore,
  type Locale,
  type PseudonymKey,
  type Review,
  type TextScanner,
} from '@slk/sdk';
import { SlkEvent } from '../internal/event.js';
import { formStyles } from '../internal/form-styles.js';
import { SlkReviewElement } from '../internal/review-element.js';
import { shownReview, type ShownReview } from '../internal/review-view.js';
import { DraftKeeper, draftPanel, draftStoreFor } from '../internal/drafts.js';
import { printElement } from '../internal/print.js';
import { styles } from './practice-briefing.styles.js';

/** What changed in the briefing's edits. */
export interface BriefingChangeDetail {
  /** Every edit now: hidden sections and edited text, by section id and language. */
  readonly edits: BriefingEdits;
  /** The section that changed, or '' when everything was reset. */
  readonly section: string;
}

/** Fired when someone edits, hides, shows or resets a section (never when code sets a property). */
export class BriefingChangeEvent extends SlkEvent<BriefingChangeDetail> {
  static readonly eventName = 'slk-briefing-change';
  constructor(detail: BriefingChangeDetail) {
    super(BriefingChangeEvent.eventName, detail);
  }
}

/** What the page can be shown in: one language, or both side by side. */
export type BriefingLanguage = Locale | 'both';

/** What was last chosen in the panel, kept on this device with the edits. */
interface PanelChoice {
  readonly variant: BriefingVariant;
  readonly language: BriefingLanguage;
}

function isPanelChoice(value: unknown): value is PanelChoice {
  const v = value as Partial<PanelChoice> | null;
  return !!v && (v.variant === 'practice' || v.variant === 'you-said-we-did') && (v.language === 'en-GB' || v.language === 'cy' || v.language === 'both');
}

// A4 less the margins print() asks for: the height a page of the briefing has to fill.
const PRINT_MARGIN_MM = 15;
const PRINTABLE_HEIGHT_MM = 297 - 2 * PRINT_MARGIN_MM;
const PX_PER_MM = 96 / 25.4;
const URL_IN_TEXT = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)])/u;

let counter = 0;

/**
 * A one-page practice briefing, drafted from the review: the case in brief, the key practice
 * episodes (and what went well), the patterns and factors behind them, the recommendations
 * and what agencies are doing (with the action plan's RAG summary), what it means for
 * practice, questions for team meetings and supervision, and where to read the full report.
 *
 * It is always made under the **publication** audience profile, whatever the page's audience:
 * pseudonyms only, and dates to the month. Text typed into a section is scanned the same way,
 * so an exact date or a name from the pseudonym key is generalised in what is printed.
 *
 * Before printing, each section can be edited as plain text or hidden; edits are kept as a
 * draft on this device and "reset to generated" brings the review's version back. The page is
 * English, Welsh, or both side by side (Welsh first, as Welsh public bodies publish). The
 * "you said, we did" variant is for practitioners who took part: what they raised at the
 * learning event, what changed, and what is still to do.
 *
 * The briefing prints on one A4 page for a review the size of the sample; when edits or a
 * longer review make it run on, the element says how many pages it will print on.
 *
 * @summary One-page practice briefing generated from the review, editable before printing, in English, Welsh or both.
 *
 * @tag slk-practice-briefing
 *
 * @slot logo - The partnership's logo, printed at the top (an `<img>` with alt text; up to 14 mm high in print).
 *
 * @event {BriefingChangeEvent} slk-briefing-change - A section was edited, hidden, shown or reset; `detail.edits` holds every edit.
 *
 * @csspart base - The component's main wrapper.
 * @csspart controls - The panel for choosing the variant and language and editing sections (not printed).
 * @csspart page - The briefing itself, as it will print.
 * @csspart section - Each section of the briefing.
 * @csspart rag - The action plan's RAG summary.
 * @csspart draft-status - The line that says whether the edits are saved on this device.
 *
 * @cssproperty --slk-practice-briefing-accent - The partnership's colour: headings and the rule under the title (default the kit's action colour).
 * @cssproperty --slk-practice-briefing-heading-colour - The colour of the section headings (default the accent).
 * @cssproperty --slk-practice-briefing-font - The briefing's typeface (default the kit's).
 * @cssproperty --slk-practice-briefing-gap - The space between the controls and the page.
 * @cssproperty --slk-practice-briefing-logo-height - How tall the logo prints (default 14mm).
 */
export class SlkPracticeBriefing extends SlkReviewElement {
  static override styles = [...SlkReviewElement.styles, formStyles, styles];

  /** `practice` (the briefing for every agency) or `you-said-we-did` (for practitioners who took part in the review). */
  @property({ reflect: true })
  accessor variant: BriefingVariant = 'practice';

  /** `en-GB`, `cy`, or `both` side by side. By default the page's language. */
  @property({ reflect: true })
  accessor language: BriefingLanguage | '' = '';

  /** Today's date (`YYYY-MM-DD`), for the plan's RAG ratings; by default today in the UK. */
  @property()
  accessor today = '';

  /** The key edits are kept under (with `:<variant>` added); by default `briefing:<review id>`. */
  @property({ attribute: 'draft-key' })
  accessor draftKey = '';

  /** Where edits are saved, when not in the `<slk-review>` store or this browser's own. */
  @property({ attribute: false })
  accessor drafts: DraftStore | undefined;

  /** The pseudonym key for a review given with `.review`, so names it knows are found in free text. Never shown. */
  @property({ attribute: false })
  accessor key: PseudonymKey | undefined;

  /** Show the briefing only, without the panel for editing it (as on an intranet page). */
  @property({ type: Boolean, reflect: true })
  accessor readonly = false;

  @state() private accessor edits: BriefingEdits = { sections: {} };
  @state() private accessor editing = '';
  @state() private accessor pages = 1;
  @state() private accessor confirmingReset = false;
  @state() private accessor hasLogo = false;
  @state() private accessor announcement = '';

  private readonly uid = `slk-pb-${++counter}`;
  private readonly keeper = new DraftKeeper<BriefingEdits>(this, {
    kind: 'practice-briefing',
    accept: isBriefingEdits,
    onFailed: () => (this.announcement = msg('Your changes to the briefing could not be saved on this device. Download a copy so you do not lose them.')),
  });
  private readonly choices = new DraftKeeper<PanelChoice>(this, { kind: 'practice-briefing-panel', accept: isPanelChoice });
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private generated: { readonly review: Review; readonly signature: string; readonly briefings: readonly Briefing[] } | undefined;
  private scanners: { readonly review: Review; readonly key: PseudonymKey | undefined; readonly byLocale: Map<Locale, TextScanner> } | undefined;

  /** The briefing as it prints: one per language shown, with edits applied (hidden sections marked). */
  get value(): readonly Briefing[] {
    const review = this.shown.review;
    return review ? this.briefings(review) : [];
  }

  /** Opens the browser's print dialog; the page prints without the editing panel. */
  print(): void {
    printElement(this, `size: A4 portrait; margin: ${PRINT_MARGIN_MM}mm;`);
  }

  protected override get ownKey(): PseudonymKey | undefined {
    return this.key;
  }

  /** Always the publication copy: a briefing goes to every agency and may be published. */
  protected override get shown(): ShownReview {
    return shownReview(this.review, 'publication', this.key, this.context, this.locale);
  }

  protected override defaultLabel(): string {
    return this.variant === 'you-said-we-did' ? msg('You said, we did') : msg('Practice briefing');
  }

  protected override stateText() {
    return { loading: msg('Loading the review for the briefing…'), providerFailed: msg('The briefing cannot be made because the review did not load.') };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('variant') || changed.has('draftKey') || changed.has('context') || changed.has('review') || changed.has('drafts')) void this.openDraft();
  }

  override updated(): void {
    this.watchMeasure();
  }

  private get day(): string {
    return this.today || todayInUk();
  }

  private get languages(): readonly Locale[] {
    const chosen = this.language || this.locale;
    // Welsh first: Welsh public bodies put the Welsh where it is read first.
    return chosen === 'both' ? ['cy', 'en-GB'] : [chosen === 'cy' ? 'cy' : 'en-GB'];
  }

  /** Where the edits and the panel's choices are kept: `<draft-key or briefing:review>:<variant>` and `…:panel`. */
  private get draftBase(): string {
    const review = this.shown.review?.id ?? this.context?.review?.id;
    return this.draftKey || (review ? `briefing:${review}` : '');
  }

  // --- Drafts ------------------------------------------------------------------------------

  private async openDraft(): Promise<void> {
    const base = this.draftBase;
    const store = base ? draftStoreFor(this.drafts, this.context) : undefined;
    if (!store) return;
    // The variant and language chosen in the panel come back too: edits made in Welsh would
    // otherwise seem lost after a reload that shows the page's language again. Read beside
    // the edits, not before them, so typing can start as soon as the edits are open.
    const choice = `${base}:panel` !== this.choices.key ? this.choices.open(`${base}:panel`, store) : undefined;
    await Promise.all([this.openEdits(`${base}:${this.variant}`, store), choice?.then((record) => record && this.restoreChoice(record.value))]);
  }

  private restoreChoice(choice: PanelChoice): void {
    this.variant = choice.variant;
    this.language = choice.language;
  }

  private async openEdits(key: string, store: Promise<DraftStore | undefined>): Promise<void> {
    if (key === this.keeper.key) return;
    this.edits = { sections: {} };
    this.editing = '';
    const record = await this.keeper.open(key, store);
    if (record === null || !record) return;
    this.edits = record.value;
    this.announcement = msg('Your earlier changes to the briefing were restored.');
  }

  /** A choice made in the panel: shown at once and remembered on this device. */
  private choose(choice: Partial<PanelChoice>): void {
    if (choice.variant) this.variant = choice.variant;
    if (choice.language) this.language = choice.language;
    this.choices.update({ variant: this.variant, language: this.language || this.locale });
  }

  private change(next: BriefingEdits, section: string): void {
    this.edits = next;
    this.keeper.update(next);
    this.dispatchEvent(new BriefingChangeEvent({ edits: next, section }));
  }

  private editSection(id: string, edit: { hidden?: boolean; text?: Partial<Record<Locale, string>> }): void {
    const current = this.edits.sections[id] ?? {};
    const next = { ...current, ...edit };
    if (next.text && !Object.keys(next.text).length) delete next.text;
    if (!next.hidden) delete next.hidden;
    const sections = { ...this.edits.sections };
    if (Object.keys(next).length) sections[id] = next;
    else delete sections[id];
    this.change({ sections }, id);
  }

  private setText(id: string, locale: Locale, text: string): void {
    this.editSection(id, { text: { ...this.edits.sections[id]?.text, [locale]: text } });
  }

  private resetSection(id: string, heading: string): void {
    const text = { ...this.edits.sections[id]?.text };
    for (const locale of this.languages) delete text[locale];
    this.editSection(id, { text });
    this.announcement = msg(str`${heading}: back to the text generated from the review.`);
  }

  private async resetAll(): Promise<void> {
    this.confirmingReset = false;
    this.editing = '';
    this.edits = { sections: {} };
    await this.keeper.discard();
    this.dispatchEvent(new BriefingChangeEvent({ edits: this.edits, section: '' }));
    this.announcement = msg('The whole briefing is back to the text generated from the review.');
  }

  // --- The briefing ------------------------------------------------------------------------

  /**
   * The generated briefings, kept until the review, variant, languages or day change. The
   * review is already the publication copy (see `shown`), so generating never redacts again.
   */
  private generatedFor(review: Review): readonly Briefing[] {
    const signature = [this.variant, this.day, ...this.languages].join('|');
    if (this.generated?.review !== review || this.generated.signature !== signature) {
      this.generated = { review, signature, briefings: this.languages.map((locale) => generateBriefing(review, { today: this.day, locale, variant: this.variant })) };
    }
    return this.generated.briefings;
  }

  /** A scanner per language for typed text, kept with the review and key it was made for (making one compiles its patterns). */
  private scannerFor(review: Review, locale: Locale): TextScanner {
    const key = this.key ?? this.context?.key;
    if (this.scanners?.review !== review || this.scanners.key !== key) this.scanners = { review, key, byLocale: new Map() };
    let scanner = this.scanners.byLocale.get(locale);
    if (!scanner) this.scanners.byLocale.set(locale, (scanner = briefingScanner(review, key, locale)));
    return scanner;
  }

  private briefings(review: Review): readonly Briefing[] {
    return this.generatedFor(review).map((b) => applyBriefingEdits(b, this.edits, this.scannerFor(review, b.locale)));
  }

  protected override renderReview(review: Review): TemplateResult {
    const generated = this.generatedFor(review);
    const briefings = this.briefings(review);
    return html`<div class="layout ${this.readonly ? 'layout--readonly' : ''}">
      ${this.readonly ? nothing : this.renderControls(generated, briefings)}
      <div class="preview">${this.renderPaper(briefings, false)}</div>
      <div class="measure-box" aria-hidden="true" inert>${this.renderPaper(briefings, true)}</div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderControls(generated: readonly Briefing[], briefings: readonly Briefing[]): TemplateResult {
    const id = this.uid;
    const sections = briefings[0]!.sections;
    const languageNames: Record<BriefingLanguage, string> = { 'en-GB': msg('English'), cy: msg('Cymraeg (Welsh)'), both: msg('Both, side by side') };
    const chosenLanguage = this.language || this.locale;
    return html`<div class="controls" part="controls">
      <h2 class="controls__title">${msg('Prepare the briefing')}</h2>
      <fieldset class="field">
        <legend>${msg('Which briefing')}</legend>
        <label class="check"><input type="radio" name="${id}-variant" .checked=${live(this.variant === 'practice')} @change=${() => this.choose({ variant: 'practice' })} />${msg('Practice briefing, for every agency')}</label>
        <label class="check"><input type="radio" name="${id}-variant" .checked=${live(this.variant === 'you-said-we-did')} @change=${() => this.choose({ variant: 'you-said-we-did' })} />${msg('You said, we did: for practitioners who took part')}</label>
      </fieldset>
      <fieldset class="field">
        <legend>${msg('Language')}</legend>
        ${(['en-GB', 'cy', 'both'] as const).map(
          (l) => html`<label class="check"><input type="radio" name="${id}-language" .checked=${live(chosenLanguage === l)} @change=${() => this.choose({ language: l })} />${languageNames[l]}</label>`,
        )}
      </fieldset>
      <fieldset class="field">
        <legend>${msg('Sections')}</legend>
        <p class="hint">${msg('Untick a section to leave it out. Edit a section to change its words before printing.')}</p>
        <ul class="section-list">
          ${sections.map((s) => this.renderSectionControl(s, generated, briefings))}
        </ul>
      </fieldset>
      ${this.pages > 1
        ? html`<div class="fit fit--over" role="status">
            <p><strong>${msg(str`Too long for one page: this briefing will print on ${this.pages} pages.`)}</strong></p>
            <p>${msg('Hide a section or shorten the text to fit it on one A4 page.')}</p>
          </div>`
        : html`<p class="fit" role="status">${msg('Fits on one A4 page.')}</p>`}
      <div class="actions">
        <button type="button" class="button" @click=${() => this.print()}>${msg('Print the briefing')}</button>
      </div>
      ${draftPanel({
        id,
        keeper: this.keeper,
        locale: this.locale,
        idle: msg('Your changes are saved on this device as you make them.'),
        unavailable: msg('This browser cannot save your changes.'),
        download: msg('Download your changes'),
        onDownload: () => this.keeper.download(this.renderRoot as ShadowRoot, `briefing-edits-${this.variant}.json`, this.edits),
        clear: {
          confirming: this.confirmingReset,
          disabled: !Object.keys(this.edits.sections).length,
          label: msg('Reset the whole briefing to generated'),
          question: msg('Undo every change to this briefing, and show every section again?'),
          yes: msg('Yes, reset the briefing'),
          keep: msg('No, keep my changes'),
          onAsk: () => (this.confirmingReset = true),
          onClear: () => void this.resetAll(),
          onKeep: () => (this.confirmingReset = false),
        },
      })}
    </div>`;
  }

  private renderSectionControl(section: BriefingSection, generated: readonly Briefing[], briefings: readonly Briefing[]): TemplateResult {
    const id = `${this.uid}-${section.id}`;
    const open = this.editing === section.id;
    const edited = briefings.some((b) => b.sections.find((s) => s.id === section.id)?.edited);
    return html`<li class="section-control">
      <div class="section-control__row">
        <label class="check"><input type="checkbox" .checked=${live(!section.hidden)} @change=${(e: Event) => this.editSection(section.id, { hidden: !(e.target as HTMLInputElement).checked })} />${section.heading}</label>
        ${edited ? html`<span class="tag">${msg('edited')}</span>` : nothing}
        <button type="button" class="link-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-editor" @click=${() => (this.editing = open ? '' : section.id)}>
          ${open ? msg('Close') : msg('Edit')}<span class="visually-hidden"> ${section.heading}</span>
        </button>
      </div>
      <div class="editor" id="${id}-editor" ?hidden=${!open}>${open ? this.renderEditor(section, edited, generated, briefings) : nothing}</div>
    </li>`;
  }

  private renderEditor(section: BriefingSection, edited: boolean, generated: readonly Briefing[], briefings: readonly Briefing[]): TemplateResult {
    const id = `${this.uid}-${section.id}`;
    const languageName = (l: Locale) => (l === 'cy' ? msg('Welsh') : msg('English'));
    return html`<p class="hint" id="${id}-hint">${msg('Start a line with “- ” for a bullet point, and leave a blank line between paragraphs. Words between ** at the start of a line print in bold.')}</p>
      ${generated.map((g) => {
        const own = g.sections.find((s) => s.id === section.id);
        const shown = briefings.find((b) => b.locale === g.locale)?.sections.find((s) => s.id === section.id);
        if (!own) return nothing;
        const text = this.edits.sections[section.id]?.text?.[g.locale] ?? briefingText(own.blocks);
        const fromReview = !shown?.edited && own.blocks.some((b) => lines(b).some((l) => l.lang && l.lang !== g.locale));
        return html`<div class="field">
          <label for="${id}-${g.locale}">${msg(str`${section.heading}, in ${languageName(g.locale)}`)}</label>
          ${fromReview ? html`<p class="hint">${msg('Some of this is in English because the review is written in English. Write it in Welsh here to replace it.')}</p>` : nothing}
          <textarea
            id="${id}-${g.locale}"
            lang=${g.locale}
            rows="8"
            maxlength=${BRIEFING_SECTION_MAX_LENGTH}
            aria-describedby="${id}-hint"
            .value=${live(text)}
            @input=${(e: Event) => this.setText(section.id, g.locale, (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${shown?.generalised.length
            ? html`<p class="note">${msg('When printed, for publication:')} ${shown.generalised.map((rule) => localise(REDACTION_RULE_LABELS[rule], this.locale)).join('; ')}.</p>`
            : nothing}
        </div>`;
      })}
      <div class="form-actions">
        <button type="button" class="button button--secondary" ?disabled=${!edited} @click=${() => this.resetSection(section.id, section.heading)}>${msg('Reset to generated')}</button>
        <button type="button" class="button button--secondary" @click=${() => this.closeEditor(section.id)}>${msg('Done')}</button>
      </div>`;
  }

  private closeEditor(id: string): void {
    this.editing = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[aria-controls="${this.uid}-${id}-editor"]`)?.focus());
  }

  // --- The page ----------------------------------------------------------------------------

  private renderPaper(briefings: readonly Briefing[], measuring: boolean): TemplateResult {
    const both = briefings.length > 1;
    const first = briefings[0]!;
    return html`<article class="paper ${both ? 'paper--both' : ''}" part=${measuring ? nothing : 'page'} lang=${first.locale}>
      <header class="masthead">
        ${this.hasLogo || !measuring ? html`<div class="logo" ?hidden=${!this.hasLogo}>${measuring ? nothing : html`<slot name="logo" @slotchange=${this.onLogo}></slot>`}</div>` : nothing}
        <div class="masthead__text">
          ${briefings.map(
            (b) => html`<div class="masthead__lang" lang=${b.locale}>
              <p class="kicker">${b.partnership}</p>
              <h2 class="paper__title">${b.title}: <span lang=${b.reviewTitle.lang ?? nothing}>${b.reviewTitle.text}</span></h2>
            </div>`,
          )}
        </div>
      </header>
      <div class="body ${both ? 'body--both' : ''}">
        ${briefings.map((b) => html`<div class="lang-column" lang=${b.locale}>${b.sections.filter((s) => !s.hidden).map((s) => this.renderSection(s, b.locale, measuring))}</div>`)}
      </div>
      <footer class="paper__footer">${briefings.map((b) => html`<p lang=${b.locale}>${b.footer}</p>`)}</footer>
    </article>`;
  }

  private renderSection(section: BriefingSection, locale: Locale, measuring: boolean): TemplateResult {
    return html`<section class="bsec bsec--${section.id}" part=${measuring ? nothing : 'section'}>
      <h3>${section.heading}</h3>
      ${section.rag ? this.renderRag(section.rag, locale, measuring) : nothing}
      ${section.blocks.map((b) => renderBlock(b))}
    </section>`;
  }

  private renderRag(rag: BriefingRag, locale: Locale, measuring: boolean): TemplateResult {
    const shown = (['red', 'amber', 'green', 'blue'] as const).filter((r) => rag.counts[r] > 0);
    return html`<ul class="rag" part=${measuring ? nothing : 'rag'}>
      ${shown.map(
        (r) => html`<li class="rag__item rag__item--${r}"><span class="rag__swatch" aria-hidden="true"></span><strong>${rag.counts[r]}</strong> ${localise(BRIEFING_RAG_LABELS[r], locale)}</li>`,
      )}
    </ul>`;
  }

  private readonly onLogo = (e: Event): void => {
    this.hasLogo = (e.target as HTMLSlotElement).assignedElements().length > 0;
  };

  /** Measures the print-sized copy of the page, so the panel can say how many pages it prints on. */
  private watchMeasure(): void {
    const paper = this.renderRoot.querySelector('.measure-box .paper');
    if (paper === this.observed) return;
    this.observer ??= new ResizeObserver((entries) => {
      const height = entries[entries.length - 1]!.target.getBoundingClientRect().height;
      // A pixel of rounding is not a second page.
      const pages = Math.max(1, Math.ceil((height - 1) / (PRINTABLE_HEIGHT_MM * PX_PER_MM)));
      if (pages !== this.pages) this.pages = pages;
    });
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = paper ?? undefined;
    if (paper) this.observer.observe(paper);
  }
}

function lines(block: BriefingBlock): readonly BriefingLine[] {
  return block.kind === 'paragraph' ? [block.line] : block.items.flat();
}

/** Text with web addresses as links; only http and https addresses become links. */
function linked(text: string): (string | TemplateResult)[] {
  return text.split(URL_IN_TEXT).map((part, i) => (i % 2 === 1 ? html`<a href=${part}>${part}</a>` : part));
}

function renderLine(line: BriefingLine): TemplateResult {
  return html`${line.lead ? html`<strong class="lead">${line.lead}</strong> ` : nothing}<span lang=${line.lang ?? nothing}>${linked(line.text)}</span>`;
}

function renderBlock(block: BriefingBlock): TemplateResult {
  if (block.kind === 'paragraph') return html`<p>${renderLine(block.line)}</p>`;
  const items = block.items.map((item) => html`<li>${item.length === 1 ? renderLine(item[0]!) : item.map((l) => html`<span class="line">${renderLine(l)}</span>`)}</li>`);
  return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
}
