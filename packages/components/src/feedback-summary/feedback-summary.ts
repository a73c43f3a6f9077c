import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  AUDIENCES,
  FEEDBACK_TIMEPOINTS,
  compareFeedback,
  formatIsoDate,
  labelOf,
  responseRate,
  summariseFeedback,
  type ChoiceSummary,
  type DateSummary,
  type FeedbackComparison,
  type FeedbackForm,
  type FeedbackResponse,
  type FeedbackSummary,
  type FormText,
  type FreeTextSummary,
  type LearningEvent,
  type LevelComparison,
  type LevelRatings,
  type QuestionSummary,
  type RatingSummary,
  type Review,
  type ReviewStore,
  FEEDBACK_FORM_DEFINITIONS,
  parseFeedbackForm,
} from '@slk/sdk';
import { SlkReviewElement } from '../internal/review-element.js';
import { formStyles } from '../internal/form-styles.js';
import { excerpt } from '../internal/forms.js';
import { styles } from './feedback-summary.styles.js';

type Timepoint = 'immediate' | 'followUp';

/** Where the responses the element counts come from, and whether they are ready. */
interface ResponseSource {
  readonly state: 'loading' | 'ready' | 'error';
  readonly responses: readonly FeedbackResponse[];
}

interface Figures {
  readonly day: FeedbackSummary | undefined;
  readonly later: FeedbackSummary | undefined;
  readonly comparison: FeedbackComparison | undefined;
}

let shippedForms: readonly FeedbackForm[] | undefined;
/** The two forms the SDK ships, read once: the default for a partnership that has not written its own. */
function defaultForms(): readonly FeedbackForm[] {
  shippedForms ??= Object.values(FEEDBACK_FORM_DEFINITIONS).flatMap((definition) => {
    const parsed = parseFeedbackForm(definition);
    return parsed.ok ? [parsed.form] : [];
  });
  return shippedForms;
}

/** Chart labels longer than this are cut short; the table beside the chart has them in full. */
const CHART_LABEL_CHARS = 52;

/**
 * What practitioners said about a review's learning event: the evaluations filled in on the
 * day and the follow-ups some three months later, counted by the SDK. Headline figures give
 * how many answered out of how many attended; then every question of each form with its
 * answers (bar charts with the same figures in a table beside them, the mean and median of
 * ratings, free-text answers as a list); then what each form found at each Kirkpatrick level,
 * set side by side in words.
 *
 * Inside `<slk-review>` it reads the responses from the review's store and updates when a
 * response is added there; on its own, set `review` and `responses`. For the `publication`
 * audience free-text answers are withheld: people's own words can identify them.
 *
 * @summary Learning event feedback on the day and at follow-up: counts, charts with tables, and a comparison by Kirkpatrick level.
 *
 * @tag slk-feedback-summary
 *
 * @csspart base - The component's main wrapper.
 * @csspart headline - The response counts and rates for each form.
 * @csspart results - One form's results, question by question.
 * @csspart question - One question's figures.
 * @csspart chart - A bar chart (hidden from assistive technology: the table beside it has the same figures).
 * @csspart table - A table of one question's figures.
 * @csspart comparison - The comparison of the two forms by Kirkpatrick level.
 * @csspart message - Empty, loading and error messages.
 *
 * @cssproperty --slk-feedback-summary-gap - Space between the headline figures, the forms' results and the comparison.
 * @cssproperty --slk-feedback-summary-bar-color - Colour of the chart bars (keep at least 3:1 against the background).
 */
export class SlkFeedbackSummary extends SlkReviewElement {
  static override styles = [...SlkReviewElement.styles, formStyles, styles];

  /** The id of the learning event to summarise; the review's first learning event when not set. */
  @property({ attribute: 'learning-event' })
  accessor learningEvent = '';

  /**
   * The responses to count, set from code. When not set inside `<slk-review>`, the element
   * reads the responses for this learning event from the review's store and follows changes.
   */
  @property({ attribute: false })
  accessor responses: readonly FeedbackResponse[] | undefined;

  /**
   * The forms the responses answer, matched to the learning event's `evaluationFormId` and
   * `followUpFormId`. Defaults to the kit's sample evaluation and follow-up forms.
   */
  @property({ attribute: false })
  accessor forms: readonly FeedbackForm[] | undefined;

  @state() private accessor fromStore: ResponseSource | undefined;

  private watchedStore: ReviewStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private loadTicket = 0;
  private loading: Promise<void> = Promise.resolve();
  private figuresFor: { key: readonly unknown[]; figures: Figures } | undefined;
  private readonly instanceId = `fs${Math.random().toString(36).slice(2, 8)}`;

  /** Resolves once the store's responses (if any are being read) have loaded and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    await this.loading;
    result = (await super.getUpdateComplete()) && result;
    return result;
  }

  // --- Responses from the store ------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: listen to the store again (willUpdate picks it up).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watch(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Responses set from code win; otherwise the provider's store, while on the page.
    const store = this.responses === undefined && this.isConnected ? this.shown.store : undefined;
    if (store !== this.watchedStore) this.watch(store);
  }

  private watch(store: ReviewStore | undefined): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.watchedStore = store;
    this.loadTicket++;
    if (!store) {
      this.fromStore = undefined;
      return;
    }
    this.fromStore = { state: 'loading', responses: [] };
    this.unsubscribe = store.subscribe((change) => {
      if ((change.type === 'document' || change.type === 'document-deleted') && change.kind === 'feedback-response') {
        this.loading = this.load(store);
      }
    });
    this.loading = this.load(store);
  }

  private async load(store: ReviewStore): Promise<void> {
    const ticket = ++this.loadTicket;
    const current = () => ticket === this.loadTicket && store === this.watchedStore;
    try {
      const stored = await store.listDocuments('feedback-response');
      if (!current()) return;
      // Stores validate documents as they read them, so these are responses.
      this.fromStore = { state: 'ready', responses: stored.map((s) => s.value as FeedbackResponse) };
    } catch {
      // Keep what was shown before: a failed re-read should not blank the figures.
      if (current()) this.fromStore = { state: 'error', responses: this.fromStore?.responses ?? [] };
    }
  }

  /**
   * The responses for this event. A store holds every review's responses, and event ids are
   * only unique within a review, so stored responses must name the event and may not name
   * another review. Responses set from code may leave both out: the host chose them.
   */
  private eventResponses(review: Review, event: LearningEvent): ResponseSource {
    const ofReview = (r: FeedbackResponse) => r.reviewId === undefined || r.reviewId === review.id;
    if (this.responses !== undefined) {
      // A host script may set something that is not a list; count nothing rather than throw.
      const responses: readonly FeedbackResponse[] = Array.isArray(this.responses) ? (this.responses as readonly FeedbackResponse[]) : [];
      return { state: 'ready', responses: responses.filter((r) => ofReview(r) && (r.learningEventId === undefined || r.learningEventId === event.id)) };
    }
    if (!this.fromStore) return { state: 'ready', responses: [] };
    return { ...this.fromStore, responses: this.fromStore.responses.filter((r) => ofReview(r) && r.learningEventId === event.id) };
  }

  private figures(event: LearningEvent, responses: readonly FeedbackResponse[]): Figures {
    const forms = this.forms ?? defaultForms();
    // Re-counted only when the event, a response or the forms change, not on every render.
    const key = [event, ...responses, forms];
    if (this.figuresFor && this.figuresFor.key.length === key.length && this.figuresFor.key.every((k, i) => k === key[i])) return this.figuresFor.figures;
    const formFor = (id: string | undefined) => (id ? forms.find((f) => f.id === id) : undefined);
    const dayForm = formFor(event.evaluationFormId);
    const laterForm = formFor(event.followUpFormId);
    const day = dayForm ? summariseFeedback(dayForm, responses) : undefined;
    const later = laterForm ? summariseFeedback(laterForm, responses) : undefined;
    const figures = { day, later, comparison: day && later ? compareFeedback(day, later) : undefined };
    this.figuresFor = { key, figures };
    return figures;
  }

  // --- Words and numbers --------------------------------------------------------------------

  /** A form's text in the current language; English marked as English where Welsh is missing. */
  private text(value: FormText): TemplateResult | string {
    if (this.locale !== 'cy') return value['en-GB'];
    return value.cy ?? html`<span lang="en-GB">${value['en-GB']}</span>`;
  }

  private plain(value: FormText): string {
    return this.locale === 'cy' ? (value.cy ?? value['en-GB']) : value['en-GB'];
  }

  private percent(share: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  }

  private decimal(value: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(value);
  }

  // --- Rendering --------------------------------------------------------------------------

  protected override defaultLabel(): string {
    return msg('Learning event feedback');
  }

  protected override stateText() {
    return {
      loading: msg('Loading the learning event feedback…'),
      providerFailed: msg('The feedback cannot be shown because the review did not load. The message above says why.'),
    };
  }

  protected override renderReview(review: Review): TemplateResult {
    const event = this.learningEvent ? review.learningEvents.find((e) => e.id === this.learningEvent) : review.learningEvents[0];
    return html`
      <header class="heading">
        <h2 class="title">${this.regionName}</h2>
        <p class="subtitle">
          ${event ? html`${event.title} · ${formatIsoDate(event.date, this.locale)} · ` : nothing}${labelOf(AUDIENCES, this.shown.audience, this.locale)}
        </p>
      </header>
      ${event ? this.renderEvent(review, event) : this.renderNoEvent(review)}
    `;
  }

  private renderNoEvent(review: Review): TemplateResult {
    return html`<div part="message" class="message">
      ${review.learningEvents.length
        ? html`<p><strong>${msg('This review has no learning event with the id this summary was given.')}</strong></p>
            <p>${msg('Check the learning-event attribute: it should be the id of one of the review’s learning events, or left out to show the first.')}</p>`
        : html`<p><strong>${msg('This review has no learning events yet.')}</strong></p>
            <p>${msg('Feedback appears here once a learning event is recorded in the review and practitioners answer its evaluation form.')}</p>`}
    </div>`;
  }

  private renderEvent(review: Review, event: LearningEvent): TemplateResult {
    const source = this.eventResponses(review, event);
    if (source.state === 'loading') {
      return html`<p part="message" class="message" role="status">${msg('Loading the responses…')}</p>`;
    }
    const failed =
      source.state === 'error'
        ? html`<div part="message" class="message message--error" role="alert">
            <p><strong>${msg('The responses could not be read from this browser’s storage.')}</strong></p>
            <p>${msg('Reload the page to try again. If it keeps happening, tell the person who looks after this page.')}</p>
          </div>`
        : nothing;
    if (!event.evaluationFormId && !event.followUpFormId) {
      return html`${failed}<div part="message" class="message">
          <p><strong>${msg('No feedback forms are linked to this learning event.')}</strong></p>
          <p>${msg('Link an evaluation form (and a follow-up form) to the learning event in the review, and their results will appear here.')}</p>
        </div>`;
    }
    const figures = this.figures(event, source.responses);
    const total = (figures.day?.responses ?? 0) + (figures.later?.responses ?? 0);
    if (total === 0) {
      return html`${failed}${source.state === 'error'
          ? nothing
          : html`<div part="message" class="message">
              <p><strong>${msg('No responses yet.')}</strong></p>
              <p>${msg('Figures appear here as practitioners answer the evaluation form on the day of the event, and again when they answer the follow-up about three months later.')}</p>
            </div>`}`;
    }
    return html`
      ${failed}
      ${this.renderHeadline(event, figures)}
      ${this.renderResults(event.evaluationFormId, figures.day, 'immediate')}
      ${this.renderResults(event.followUpFormId, figures.later, 'followUp')}
      ${this.renderComparison(figures)}
    `;
  }

  private timepointName(timepoint: Timepoint, summary: FeedbackSummary | undefined): string {
    if (timepoint === 'immediate') return msg('On the day');
    return summary ? labelOf(FEEDBACK_TIMEPOINTS, summary.form.timepoint, this.locale) : msg('Follow-up');
  }

  private renderHeadline(event: LearningEvent, figures: Figures): TemplateResult {
    const figure = (timepoint: Timepoint, summary: FeedbackSummary | undefined) => {
      if (!summary) return nothing;
      const count = summary.responses;
      const rate = responseRate(count, event.attendance);
      return html`<div class="figure">
        <dt class="figure__label">${this.timepointName(timepoint, summary)}</dt>
        <dd class="figure__value">${rate === undefined ? count : this.percent(rate)}</dd>
        <dd class="figure__detail">
          ${rate === undefined
            ? msg(str`${count} answered. The attendance was not recorded, so there is no response rate.`)
            : msg(str`${count} of the ${event.attendance ?? 0} people who attended answered.`)}
        </dd>
      </div>`;
    };
    return html`<dl part="headline" class="headline">
      ${figure('immediate', figures.day)}
      ${figure('followUp', figures.later)}
    </dl>`;
  }

  private renderResults(formId: string | undefined, summary: FeedbackSummary | undefined, timepoint: Timepoint): TemplateResult | typeof nothing {
    if (!formId) return nothing;
    const id = `${this.instanceId}-${timepoint}`;
    if (!summary) {
      return html`<section part="results" class="results">
        <h3 id=${id} class="results__title">${this.timepointName(timepoint, undefined)}</h3>
        <p class="message">${msg('The form for this part of the event is not available to this page, so its responses cannot be counted. Give the element the form through its forms property.')}</p>
      </section>`;
    }
    const byId = new Map(summary.questions.map((q) => [q.question.id, q]));
    // Headed, not named: a named section is a landmark, and the form beside it on a page has
    // the same title as its region's name.
    return html`<section part="results" class="results">
      <h3 id=${id} class="results__title">${this.text(summary.form.title)}</h3>
      <p class="subtitle">
        ${this.timepointName(timepoint, summary)} ·
        ${this.responsesText(summary.responses)}
      </p>
      ${summary.responses === 0
        ? html`<p class="message">${timepoint === 'followUp'
            ? msg('No one has answered the follow-up yet. It is usually sent about three months after the event.')
            : msg('No one has answered the evaluation from the day yet.')}</p>`
        : summary.form.sections.map(
            (section) => html`<div class="form-section">
              <h4 class="form-section__title">${this.text(section.title)}</h4>
              ${section.questions.map((q) => {
                const found = byId.get(q.id);
                return found ? this.renderQuestion(found, summary.responses) : nothing;
              })}
            </div>`,
          )}
    </section>`;
  }

  private renderQuestion(summary: QuestionSummary, responses: number): TemplateResult {
    const { question, shown, answered } = summary;
    return html`<div part="question" class="question">
      <h5 class="question__title">${this.text(question.label)}</h5>
      <p class="hint">
        ${question.showIf
          ? msg(str`Asked only when an earlier answer called for it: ${shown} of ${responses} were asked, and ${answered} answered.`)
          : msg(str`${answered} of ${shown} answered.`)}
      </p>
      ${summary.type === 'rating'
        ? this.renderRating(summary)
        : summary.type === 'free-text'
          ? this.renderFreeText(summary)
          : summary.type === 'date'
            ? this.renderDates(summary)
            : this.renderChoice(summary)}
    </div>`;
  }

  private renderChoice(summary: ChoiceSummary): TemplateResult {
    return html`
      <div class="figures">
        ${this.choiceChart(summary)}
        <table part="table" class="counts">
          <caption><span class="visually-hidden">${this.plain(summary.question.label)}: </span>${msg('How people answered')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Answer')}</th>
              <th scope="col" class="num">${msg('People')}</th>
              <th scope="col" class="num">${msg('Share of those who answered')}</th>
            </tr>
          </thead>
          <tbody>
            ${summary.options.map(
              (o) => html`<tr>
                <th scope="row">${this.text(o.label)}</th>
                <td class="num">${o.count}</td>
                <td class="num">${this.percent(o.share)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${summary.type === 'multiple-choice'
        ? html`<p class="hint">${msg('People could choose more than one answer, so the shares can add up to more than 100%.')}</p>`
        : nothing}
    `;
  }

  private renderRating(summary: RatingSummary): TemplateResult {
    const { question } = summary;
    const scaleLabel = (value: number) =>
      value === question.min ? html` <span class="scale-label">(${this.text(question.minLabel)})</span>` : value === question.max ? html` <span class="scale-label">(${this.text(question.maxLabel)})</span>` : nothing;
    return html`
      <div class="figures">
        ${this.ratingChart(summary)}
        <table part="table" class="counts">
          <caption><span class="visually-hidden">${this.plain(question.label)}: </span>${msg('Ratings given')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Rating')}</th>
              <th scope="col" class="num">${msg('People')}</th>
              <th scope="col" class="num">${msg('Share of those who answered')}</th>
            </tr>
          </thead>
          <tbody>
            ${summary.distribution.map(
              (d) => html`<tr>
                <th scope="row">${d.value}${scaleLabel(d.value)}</th>
                <td class="num">${d.count}</td>
                <td class="num">${this.percent(summary.answered ? d.count / summary.answered : 0)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="stats">
        ${summary.mean === undefined || summary.median === undefined
          ? msg('No ratings yet, so there is no mean or median.')
          : msg(str`Mean ${this.decimal(summary.mean)}, median ${this.decimal(summary.median)}, on a scale from ${question.min} to ${question.max}.`)}
      </p>
    `;
  }

  private renderFreeText(summary: FreeTextSummary): TemplateResult {
    if (!summary.answered) return html`<p>${msg('No answers yet.')}</p>`;
    if (this.shown.audience === 'publication') {
      return html`<p class="withheld">${msg('The answers to this question are withheld for publication: what people write in their own words can identify them.')}</p>`;
    }
    return html`<ul class="answers">
      ${summary.answers.map((answer) => html`<li>${answer}</li>`)}
    </ul>`;
  }

  private renderDates(summary: DateSummary): TemplateResult {
    const dates = summary.answers;
    if (!dates.length) return html`<p>${msg('No answers yet.')}</p>`;
    return html`
      <p>${msg(str`Earliest ${formatIsoDate(dates[0]!, this.locale)}, latest ${formatIsoDate(dates[dates.length - 1]!, this.locale)}.`)}</p>
      <ul class="dates">
        ${dates.map((d) => html`<li>${formatIsoDate(d, this.locale)}</li>`)}
      </ul>
    `;
  }

  // --- Charts: drawings of the figures in the tables beside them -----------------------------

  private choiceChart(summary: ChoiceSummary): TemplateResult {
    const row = 40;
    const barSpace = 290;
    const height = summary.options.length * row;
    return html`<svg part="chart" class="chart chart--choice" viewBox="0 0 400 ${height}" aria-hidden="true" focusable="false">
      ${summary.options.map((o, i) => {
        const y = i * row;
        // Drawn to the share, so the track behind each bar stands for everyone who answered.
        const width = Math.min(1, o.share) * barSpace;
        const label = this.plain(o.label);
        return svg`
          <text class="chart__label" x="0" y=${y + 13}>${excerpt(label, CHART_LABEL_CHARS)}</text>
          <rect class="chart__track" x="0" y=${y + 18} width=${barSpace} height="14"></rect>
          ${o.count ? svg`<rect class="chart__bar" x="0" y=${y + 18} width=${width} height="14"></rect>` : nothing}
          <text class="chart__count" x=${barSpace + 8} y=${y + 30}>${o.count} (${this.percent(o.share)})</text>
        `;
      })}
    </svg>`;
  }

  private ratingChart(summary: RatingSummary): TemplateResult {
    const step = 44;
    const plot = 90;
    const top = 18;
    const most = Math.max(1, ...summary.distribution.map((d) => d.count));
    const width = summary.distribution.length * step;
    const columns: SVGTemplateResult[] = summary.distribution.map((d, i) => {
      const x = i * step;
      const barHeight = (d.count / most) * plot;
      return svg`
        ${d.count ? svg`<rect class="chart__bar" x=${x + 8} y=${top + plot - barHeight} width=${step - 16} height=${barHeight}></rect>` : nothing}
        <text class="chart__count" x=${x + step / 2} y=${top + plot - barHeight - 4} text-anchor="middle">${d.count}</text>
        <text class="chart__label" x=${x + step / 2} y=${top + plot + 16} text-anchor="middle">${d.value}</text>
      `;
    });
    return html`<svg part="chart" class="chart chart--rating" viewBox="0 0 ${width} ${top + plot + 22}" aria-hidden="true" focusable="false">
      <line class="chart__axis" x1="0" x2=${width} y1=${top + plot} y2=${top + plot}></line>
      ${columns}
    </svg>`;
  }

  // --- The two forms side by side ------------------------------------------------------------

  private renderComparison(figures: Figures): TemplateResult | typeof nothing {
    const { day, later, comparison } = figures;
    if (!day || !later || !comparison) return nothing;
    const id = `${this.instanceId}-comparison`;
    const title = later.form.timepoint === 'follow-up-3-months' ? msg('On the day and three months later') : msg('On the day and at follow-up');
    return html`<section part="comparison" class="comparison">
      <h3 id=${id} class="results__title">${title}</h3>
      <p>${msg('The two forms ask different questions, so this sets what each found at each level side by side; it does not compare answers to the same question. The people who answered later may not be the ones who answered on the day.')}</p>
      ${day.responses === 0 || later.responses === 0
        ? html`<p class="message">${msg('The comparison appears once both forms have responses.')}</p>`
        : comparison.levels.length === 0
          ? html`<p class="message">${msg('Neither form asks a rating or a yes or no question linked to a Kirkpatrick level, so there is nothing to set side by side.')}</p>`
          : html`<table part="table" class="comparison__table">
              <caption>${msg('What each form found, by what it measures (Kirkpatrick level)')}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Level')}</th>
                  <th scope="col">${this.timepointName('immediate', day)} (${this.responsesText(comparison.responses.immediate)})</th>
                  <th scope="col">${this.timepointName('followUp', later)} (${this.responsesText(comparison.responses.followUp)})</th>
                </tr>
              </thead>
              <tbody>
                ${comparison.levels.map(
                  (level) => html`<tr>
                    <th scope="row">${level.label[this.locale]}</th>
                    <td>${this.renderLevelCell(level, 'immediate')}</td>
                    <td>${this.renderLevelCell(level, 'followUp')}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`}
    </section>`;
  }

  private responsesText(count: number): string {
    return count === 1 ? msg('1 response') : msg(str`${count} responses`);
  }

  private renderLevelCell(level: LevelComparison, timepoint: Timepoint): TemplateResult {
    const ratings = level.ratings[timepoint];
    const yesNo = level.yesNo[timepoint];
    if (!ratings && !yesNo.length) return html`<span class="hint">${msg('Not asked at this point')}</span>`;
    return html`<ul class="level-figures">
      ${ratings ? html`<li>${this.ratingsText(ratings)}</li>` : nothing}
      ${yesNo.map(
        (y) => html`<li>
          ${this.text(y.question.label)}
          ${y.share === undefined ? msg('Nobody answered.') : msg(str`${y.yes} of ${y.answered} said yes (${this.percent(y.share)}).`)}
        </li>`,
      )}
    </ul>`;
  }

  private ratingsText(ratings: LevelRatings): string {
    const questions = ratings.questions === 1 ? msg('1 question') : msg(str`${ratings.questions} questions`);
    if (ratings.share === undefined) return msg(str`No ratings given yet (${questions}).`);
    const share = this.percent(ratings.share);
    if (ratings.scale?.mean !== undefined) {
      const { min, max, mean } = ratings.scale;
      return msg(str`Average rating ${this.decimal(mean)} on a scale from ${min} to ${max} (${share} of the way up the scale), from ${ratings.ratings} ratings across ${questions}.`);
    }
    return msg(str`Ratings averaged ${share} of the way up their scales, from ${ratings.ratings} ratings across ${questions}.`);
  }
}
