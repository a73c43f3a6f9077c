import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import {
  answerTo,
  answersToEntries,
  answersToSend,
  FEEDBACK_FORM_DEFINITIONS,
  isBlankAnswer,
  isIsoDate,
  isQuestionShown,
  parseFeedbackForm,
  parseFeedbackResponse,
  responseFromAnswers,
  todayInUk,
  type DraftStore,
  type FeedbackForm,
  type FeedbackResponse,
  type Question,
  type ReviewStore,
  type ValidationError,
} from '@slk/sdk';
import { SlkElement } from '../internal/slk-element.js';
import { SlkEvent } from '../internal/event.js';
import { reviewContext, type ReviewContextValue } from '../internal/review-context.js';
import { DraftKeeper, draftPanel, draftStoreFor, savedTime, type DraftState } from '../internal/drafts.js';
import { newId } from '../internal/forms.js';
import { formStyles } from '../internal/form-styles.js';
import { styles } from './feedback-form.styles.js';

/** An answer as the form holds it: text, chosen options, a rating or yes/no. */
export type FeedbackAnswer = string | readonly string[] | number | boolean;
/** Answers by question id: the element's `value`. */
export type FeedbackAnswers = Readonly<Record<string, FeedbackAnswer>>;

/** `pages`: one section at a time with a progress indicator; `single`: every section on one page. */
export type FeedbackLayout = 'pages' | 'single';

/** Where the draft of the answers is: shown to the person filling in the form. */
export type FeedbackDraftState = DraftState;

/** What `slk-submit` carries. */
export interface FeedbackSubmitDetail {
  /** The response, validated by the SDK against the form. */
  readonly response: FeedbackResponse;
  /**
   * Pass the promise of sending the response on (to a server, say): the form shows that it is
   * sending, keeps the draft until the promise resolves, and says so if it rejects.
   */
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * Fired when the person sends their answers from the "Check your answers" page. Cancel it
 * (`preventDefault()`) to stop the element saving the response to its `<slk-review>` store.
 */
export class FeedbackSubmitEvent extends SlkEvent<FeedbackSubmitDetail> {
  static readonly eventName = 'slk-submit';
  constructor(detail: FeedbackSubmitDetail) {
    super(FeedbackSubmitEvent.eventName, detail, { cancelable: true });
  }
}

/** The person chose to stay on the page when warned that their session would end: extend it. */
export class SessionExtendEvent extends SlkEvent<Record<string, never>> {
  static readonly eventName = 'slk-session-extend';
  constructor() {
    super(SessionExtendEvent.eventName, {});
  }
}

/** The host's session has ended (by the `session-timeout` clock); the answers are saved as a draft. */
export class SessionTimeoutEvent extends SlkEvent<Record<string, never>> {
  static readonly eventName = 'slk-session-timeout';
  constructor() {
    super(SessionTimeoutEvent.eventName, {});
  }
}

type Step = number | 'check' | 'done';
type Resolved = { readonly state: 'ready'; readonly form: FeedbackForm } | { readonly state: 'loading' } | { readonly state: 'none' } | { readonly state: 'invalid'; readonly errors: readonly ValidationError[] };

interface DraftValue {
  readonly answers: FeedbackAnswers;
  readonly step?: number | 'check';
}

/** Bilingual text from a form definition. */
type FormText = { readonly 'en-GB': string; readonly cy?: string | undefined };

let counter = 0;

function isDraftValue(value: unknown): value is DraftValue {
  const answers = (value as { answers?: unknown } | null)?.answers;
  return !!value && typeof value === 'object' && !!answers && typeof answers === 'object';
}

const DATE_PARTS = ['day', 'month', 'year'] as const;

/** A date answer as the three boxes hold it: `year-month-day`, any part blank while typing. */
function dateParts(answer: FeedbackAnswer | undefined): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = typeof answer === 'string' ? answer.split('-') : [];
  return { day, month, year };
}

/** The three boxes as an answer: an ISO date when they make a real one, else what was typed. */
function dateAnswer(parts: { day: string; month: string; year: string }): string {
  const { day, month, year } = parts;
  if (!day && !month && !year) return '';
  const iso = `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return /^\d{4}$/.test(year) && /^\d{1,2}$/.test(month) && /^\d{1,2}$/.test(day) && isIsoDate(iso) ? iso : `${year}-${month}-${day}`;
}

/**
 * A practitioner feedback form: the evaluation of a learning event on the day, or the
 * follow-up about three months later. It renders any `FeedbackForm` definition from the SDK
 * (or one of the two it ships, by `definition-id`) the GOV.UK way: one section per page with
 * a progress indicator, "(optional)" on questions that may be left, conditional questions, a
 * character count that never blocks typing, an error summary that takes focus and links to
 * each question, and a "Check your answers" page before sending.
 *
 * No answer is lost: every change is saved as a draft on this device (through the SDK's
 * draft API, in the `<slk-review>` store or the browser's own), restored after a reload or a
 * crash with the time it was saved, and removed once the answers are sent or cleared. When
 * the draft cannot be saved, the form says so and offers a download of the answers.
 *
 * It is a form-associated element: inside a native `<form>` it shows every section on one
 * page, adds its answers to the form data (named `name.questionId` when it has a `name`),
 * takes part in reset, `disabled` and `<fieldset disabled>`, and reports validity, showing
 * its error summary when the form is submitted with problems. On its own it fires
 * `slk-submit` with the validated `FeedbackResponse`.
 *
 * Like native controls it has a `value` (the answers by question id) and fires `input` on
 * every change and `change` when a choice is made or a text box is left, so React
 * properties, Vue's `v-model` and Angular's forms can bind to it.
 *
 * @summary Practitioner feedback forms with GOV.UK errors, drafts that survive a reload, and check-your-answers.
 *
 * @tag slk-feedback-form
 *
 * @event {FeedbackSubmitEvent} slk-submit - The person sent their answers; `detail.response` is the validated response. Cancel it to keep the response out of the `<slk-review>` store; pass a promise to `detail.waitUntil()` to show sending and failure.
 * @event {SessionExtendEvent} slk-session-extend - With `session-timeout`: the person chose to carry on when warned; extend their session.
 * @event {SessionTimeoutEvent} slk-session-timeout - With `session-timeout`: the time ran out; the answers are kept as a draft.
 * @event input - An answer changed (`value` holds every answer).
 * @event change - An answer was committed: a choice made, or a text box left.
 *
 * @csspart base - The component's main wrapper.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart question - Each question.
 * @csspart draft-status - The line that says whether the answers are saved on this device.
 * @csspart confirmation - The panel shown once the answers are sent.
 *
 * @cssproperty --slk-feedback-form-max-width - The widest the questions grow (default 40rem, a readable line).
 * @cssproperty --slk-feedback-form-gap - The space between questions.
 */
export class SlkFeedbackForm extends SlkElement {
  static override styles = [...SlkElement.styles, formStyles, styles];
  static formAssociated = true;

  /** The form to show: a `FeedbackForm` (or its input, which the SDK checks first). Overrides `definition-id`. */
  @property({ attribute: false })
  accessor definition: unknown;

  /**
   * The id of the form to show: one kept in the `<slk-review>` store, else one the SDK ships
   * (`event-evaluation`, `follow-up-3-months`).
   */
  @property({ attribute: 'definition-id' })
  accessor definitionId = '';

  /** The learning event the answers are about; inside `<slk-review>` it defaults to the event that uses this form. */
  @property({ attribute: 'learning-event' })
  accessor learningEvent = '';

  /** The name of the answers in form data: each answer is sent as `name.questionId`. */
  @property({ reflect: true })
  accessor name = '';

  /** Stops the person changing or sending the answers. */
  @property({ type: Boolean, reflect: true })
  accessor disabled = false;

  /** `pages` (one section at a time, the default) or `single`. Inside a native `<form>` it is always `single`. */
  @property()
  accessor layout: FeedbackLayout = 'pages';

  /** Where the draft is kept, when the default (per form, version and event) does not suit. */
  @property({ attribute: 'draft-key' })
  accessor draftKey = '';

  /** The draft store to use instead of the `<slk-review>` store or this browser's own. */
  @property({ attribute: false })
  accessor drafts: DraftStore | undefined;

  /** Minutes until the host page's session ends; a warning shows `session-warning` minutes before. 0: no timeout. */
  @property({ attribute: 'session-timeout', type: Number })
  accessor sessionTimeout = 0;

  /** How many minutes before the session ends to warn. Default 2. */
  @property({ attribute: 'session-warning', type: Number })
  accessor sessionWarning = 2;

  /** A link to the partnership's privacy notice, shown with the statement on how answers are used. */
  @property({ attribute: 'privacy-href' })
  accessor privacyHref = '';

  /** The date responses are recorded as sent (ISO). Defaults to today in the UK. */
  @property()
  accessor today = '';

  /** A name for the form's region, for assistive technology. Default: the form's title. */
  @property()
  accessor label = '';

  @consume({ context: reviewContext, subscribe: true })
  @state()
  protected accessor context: ReviewContextValue | undefined;

  @state() private accessor answers: FeedbackAnswers = Object.freeze({});
  @state() private accessor step: Step = 0;
  @state() private accessor problems: readonly ValidationError[] = [];
  @state() private accessor returnToCheck = false;
  @state() private accessor stored: { readonly id: string; readonly store: ReviewStore | undefined; readonly result: Resolved } | undefined;
  @state() private accessor restoredAt = '';
  @state() private accessor confirmingClear = false;
  @state() private accessor sending = false;
  @state() private accessor sendFailed = false;
  @state() private accessor sent: FeedbackResponse | undefined;
  @state() private accessor formDisabled = false;
  @state() private accessor inNativeForm = false;
  @state() private accessor session: 'active' | 'warning' | 'ended' = 'active';
  @state() private accessor announcement = '';

  private readonly internals = this.attachInternals();
  private readonly uid = `slk-ff-${++counter}`;
  private readonly keeper = new DraftKeeper<DraftValue>(this, {
    kind: 'feedback-response',
    accept: isDraftValue,
    onFailed: () => (this.announcement = msg('Your answers could not be saved on this device. Download a copy so you do not lose them.')),
  });
  private parsed: { readonly input: unknown; readonly locale: string; readonly result: Resolved } | undefined;
  private focusAfterRender: (() => void) | undefined;
  private sessionTimers: Array<ReturnType<typeof setTimeout>> = [];
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private nativeForm: HTMLFormElement | null = null;
  private formValueFor: readonly unknown[] | undefined;
  private readonly dateTyping = new Map<string, { day: string; month: string; year: string }>();

  constructor() {
    super();
    // Interactive validation of a native form ends here: the element shows its own GOV.UK
    // error summary, so the browser's bubble is cancelled.
    this.addEventListener('invalid', (event) => {
      event.preventDefault();
      this.showProblems(this.check('all'));
    });
  }

  // --- The native-control API ------------------------------------------------------------

  /** The answers by question id. Set it to fill the form in (`''` or `null` empties it). */
  get value(): FeedbackAnswers {
    return this.answers;
  }
  set value(value: FeedbackAnswers | '' | null | undefined) {
    if (value === this.answers) return;
    const next: Record<string, FeedbackAnswer> = {};
    if (value && typeof value === 'object') {
      for (const [id, answer] of Object.entries(value)) {
        if (typeof answer === 'string' || typeof answer === 'number' || typeof answer === 'boolean') next[id] = answer;
        else if (Array.isArray(answer)) next[id] = Object.freeze(answer.filter((a): a is string => typeof a === 'string'));
      }
    }
    this.answers = Object.freeze(next);
  }

  /** The `<form>` the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** Whether the answers are valid: `valueMissing` for a required question left unanswered, `customError` for any other problem. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The SDK's message for the first problem, in the kit's language; '' when there is none. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** False while disabled: a disabled control is not validated or sent. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Whether the answers are valid. Like native controls, fires `invalid` when not, which here also shows the error summary. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Checks the answers and, when there is a problem, shows the error summary and moves focus to it. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    void this.clearAnswers(false);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(stateValue: unknown): void {
    if (typeof stateValue !== 'string') return;
    try {
      this.value = JSON.parse(stateValue) as FeedbackAnswers;
    } catch {
      // A state this element did not write: ignore it, the draft is still there.
    }
  }

  // --- Life cycle ------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.startSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.nativeForm?.removeEventListener('submit', this.onNativeSubmit);
    this.nativeForm = null;
    this.stopSession();
    if (this.countTimer) clearTimeout(this.countTimer);
  }

  private readonly onNativeSubmit = (): void => {
    // The host's form has passed validation and is being sent: the draft has done its job.
    void this.keeper.discard().catch(() => undefined);
    this.restoredAt = '';
  };

  override willUpdate(changed: PropertyValues): void {
    if (this.internals.form !== this.nativeForm) {
      this.nativeForm?.removeEventListener('submit', this.onNativeSubmit);
      this.nativeForm = this.internals.form;
      this.nativeForm?.addEventListener('submit', this.onNativeSubmit);
      this.inNativeForm = !!this.nativeForm;
    }
    if ((changed.has('definitionId') || changed.has('context')) && this.definition === undefined && this.definitionId) this.lookUpStored();
    if (changed.has('sessionTimeout') || changed.has('sessionWarning')) this.startSession();
  }

  override updated(): void {
    const resolved = this.resolved;
    if (resolved.state === 'ready') {
      const key = this.draftKeyFor(resolved.form);
      if (key !== this.keeper.key) void this.openDraft(resolved.form, key);
      // Every render: the answers, the form or the language (for the message) may have changed.
      this.updateFormValue(resolved.form);
    } else {
      this.internals.setFormValue(null);
      this.internals.setValidity({});
    }
    const focus = this.focusAfterRender;
    this.focusAfterRender = undefined;
    focus?.();
  }

  // --- The form definition ---------------------------------------------------------------

  /** The form to show, or why there is none. */
  private get resolved(): Resolved {
    if (this.definition !== undefined && this.definition !== null) {
      if (this.parsed?.input !== this.definition || this.parsed.locale !== this.locale) {
        const result = parseFeedbackForm(this.definition, { locale: this.locale });
        this.parsed = { input: this.definition, locale: this.locale, result: result.ok ? { state: 'ready', form: result.form } : { state: 'invalid', errors: result.errors } };
      }
      return this.parsed.result;
    }
    if (!this.definitionId) return { state: 'none' };
    if (this.context?.state === 'loading' && !this.context.store) return { state: 'loading' };
    if (this.stored?.id === this.definitionId && this.stored.store === this.context?.store) return this.stored.result;
    return this.context?.store ? { state: 'loading' } : this.shipped(this.definitionId);
  }

  private shipped(id: string): Resolved {
    const input = Object.hasOwn(FEEDBACK_FORM_DEFINITIONS, id) ? FEEDBACK_FORM_DEFINITIONS[id] : undefined;
    if (!input) return { state: 'none' };
    const result = parseFeedbackForm(input, { locale: this.locale });
    return result.ok ? { state: 'ready', form: result.form } : { state: 'invalid', errors: result.errors };
  }

  /** Looks for the form in the `<slk-review>` store, falling back to the forms the SDK ships. */
  private lookUpStored(): void {
    const id = this.definitionId;
    const store = this.context?.store;
    if (!store || (this.stored?.id === id && this.stored.store === store)) return;
    store
      .getDocument('feedback-form', id)
      .then((found) => {
        const parsed = found ? parseFeedbackForm(found.value, { locale: this.locale }) : undefined;
        const result: Resolved = !parsed ? this.shipped(id) : parsed.ok ? { state: 'ready', form: parsed.form } : { state: 'invalid', errors: parsed.errors };
        if (this.definitionId === id) this.stored = { id, store, result };
      })
      .catch(() => {
        if (this.definitionId === id) this.stored = { id, store, result: this.shipped(id) };
      });
  }

  private get layoutNow(): FeedbackLayout {
    return this.inNativeForm ? 'single' : this.layout === 'single' ? 'single' : 'pages';
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled || this.sending || this.session === 'ended';
  }

  private t(text: FormText | undefined): string {
    if (!text) return '';
    return this.locale === 'cy' && text.cy ? text.cy : text['en-GB'];
  }

  // --- Drafts ----------------------------------------------------------------------------

  private draftKeyFor(form: FeedbackForm): string {
    return this.draftKey || `feedback:${form.id}:v${form.version}${this.learningEvent ? `:${this.learningEvent}` : ''}`;
  }

  /** Finds the draft for this form and restores it, then saves every change into it. */
  private async openDraft(form: FeedbackForm, key: string): Promise<void> {
    const store = draftStoreFor(this.drafts, this.context);
    // A provider still opening its store will have one shortly: wait for it.
    if (!store) return;
    const record = await this.keeper.open(key, store);
    if (record === null) return;
    const value = record?.value;
    if (value && Object.keys(value.answers).length) {
      this.value = value.answers;
      const sections = form.sections.length;
      this.step = value.step === 'check' ? 'check' : typeof value.step === 'number' && value.step >= 0 && value.step < sections ? value.step : 0;
      this.restoredAt = record.savedAt;
      // Frameworks bound to `value` learn about the restored answers the way they learn about typing.
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }

  private saveDraft(): void {
    this.keeper.update({ answers: this.answers, ...(this.step !== 'done' ? { step: this.step } : {}) });
  }

  private downloadDraft(): void {
    const resolved = this.resolved;
    this.keeper.download(this.renderRoot as ShadowRoot, `feedback-${resolved.state === 'ready' ? resolved.form.id : 'form'}-answers.json`, { answers: this.answers });
  }

  /** Empties every answer and forgets the draft. */
  private async clearAnswers(announce: boolean): Promise<void> {
    this.answers = Object.freeze({});
    this.problems = [];
    this.step = 0;
    this.returnToCheck = false;
    this.restoredAt = '';
    this.confirmingClear = false;
    this.sent = undefined;
    this.sendFailed = false;
    try {
      await this.keeper.discard();
    } catch {
      // Nothing to forget, or the store is gone: the answers on screen are cleared either way.
    }
    if (announce) {
      this.announcement = msg('Your answers have been cleared.');
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.form-title')?.focus();
    }
  }

  // --- Answers ---------------------------------------------------------------------------

  private setAnswer(question: Question, answer: FeedbackAnswer, commit: boolean): void {
    this.answers = Object.freeze({ ...this.answers, [question.id]: answer });
    this.sendFailed = false;
    this.saveDraft();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (commit) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private updateFormValue(form: FeedbackForm): void {
    // Re-rendering for anything else (a draft saved, focus moved) leaves value and validity as they are.
    const inputs = [form, this.answers, this.name, this.locale] as const;
    if (this.formValueFor?.every((v, i) => v === inputs[i])) return;
    this.formValueFor = inputs;
    const data = new FormData();
    for (const [name, value] of answersToEntries(form, this.answers, this.name ? `${this.name}.` : '')) data.append(name, value);
    this.internals.setFormValue(data, JSON.stringify(this.answers));
    const problems = this.check('all');
    if (!problems.length) {
      this.internals.setValidity({});
      return;
    }
    const first = problems[0]!;
    const question = first.segments[0] === 'answers' ? String(first.segments[1]) : undefined;
    const anchor = question ? this.controlFor(question) : undefined;
    const blank = question !== undefined && isBlankAnswer(answerTo(this.answers, question));
    this.internals.setValidity(blank ? { valueMissing: true } : { customError: true }, first.message, anchor ?? undefined);
  }

  /** The problems with the answers to the questions in `scope`, in form order. */
  private check(scope: 'all' | number): ValidationError[] {
    const resolved = this.resolved;
    if (resolved.state !== 'ready') return [];
    const form = resolved.form;
    const candidate = responseFromAnswers(form, this.answers, { id: 'response-check', submittedOn: this.day });
    const parsed = parseFeedbackResponse(candidate, { form, locale: this.locale });
    if (parsed.ok) return [];
    if (scope === 'all') return [...parsed.errors];
    const ids = new Set(form.sections[scope]?.questions.map((q) => q.id));
    return parsed.errors.filter((e) => e.segments[0] === 'answers' && ids.has(String(e.segments[1])));
  }

  private get day(): string {
    return isIsoDate(this.today) ? this.today : todayInUk();
  }

  private showProblems(problems: readonly ValidationError[]): void {
    this.problems = problems;
    if (!problems.length) return;
    const resolved = this.resolved;
    // On a page-by-page form, go to the first page with a problem so the links work.
    if (resolved.state === 'ready' && this.layoutNow === 'pages') {
      const first = problems.find((p) => p.segments[0] === 'answers');
      const section = first ? resolved.form.sections.findIndex((s) => s.questions.some((q) => q.id === first.segments[1])) : -1;
      if (section >= 0) this.step = section;
    }
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private controlFor(questionId: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(this.controlId(questionId));
  }

  private checkedIn(questionId: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`input[name="${this.uid}-${questionId}"]:checked`);
  }

  private controlId(questionId: string): string {
    return `${this.uid}-q-${questionId}`;
  }

  /** Error summary links: the controls live in this shadow root, so the link moves focus itself. */
  private focusQuestion(event: Event, questionId: string): void {
    event.preventDefault();
    const control = this.controlFor(questionId);
    control?.focus();
    control?.scrollIntoView({ block: 'center' });
  }

  // --- Moving through the form -----------------------------------------------------------

  private goTo(step: Step, focus: 'heading' | { question: string } = 'heading'): void {
    this.step = step;
    this.confirmingClear = false;
    if (step !== 'done') this.saveDraft();
    this.focusAfterRender = () => {
      if (typeof focus === 'object') {
        // The chosen option, as GOV.UK's "Change" does, so arrow keys start from the answer given.
        const control = this.checkedIn(focus.question) ?? this.controlFor(focus.question);
        control?.focus();
        control?.scrollIntoView({ block: 'center' });
      } else {
        const heading = this.renderRoot.querySelector<HTMLElement>('.step-title');
        heading?.focus();
        heading?.scrollIntoView({ block: 'nearest' });
      }
    };
  }

  private onContinue(event: SubmitEvent, form: FeedbackForm): void {
    event.preventDefault();
    if (this.isDisabled) return;
    const single = this.layoutNow === 'single';
    const section = typeof this.step === 'number' ? this.step : 0;
    const problems = this.check(single ? 'all' : section);
    if (problems.length) {
      this.showProblems(problems);
      return;
    }
    this.problems = [];
    const last = section >= form.sections.length - 1;
    this.goTo(single || last || this.returnToCheck ? 'check' : section + 1);
    if (single || last) this.returnToCheck = false;
  }

  private back(): void {
    this.problems = [];
    if (this.step === 'check') this.goTo(this.layoutNow === 'single' ? 0 : this.lastSection());
    else if (typeof this.step === 'number' && this.step > 0) this.goTo(this.step - 1);
  }

  private lastSection(): number {
    const resolved = this.resolved;
    return resolved.state === 'ready' ? resolved.form.sections.length - 1 : 0;
  }

  private change(form: FeedbackForm, question: Question): void {
    this.returnToCheck = true;
    const section = form.sections.findIndex((s) => s.questions.some((q) => q.id === question.id));
    this.goTo(this.layoutNow === 'single' ? 0 : Math.max(section, 0), { question: question.id });
  }

  private async send(form: FeedbackForm): Promise<void> {
    if (this.isDisabled) return;
    const problems = this.check('all');
    if (problems.length) {
      this.showProblems(problems);
      return;
    }
    const reviewId = this.context?.review?.id;
    const learningEventId = this.learningEvent || this.context?.review?.learningEvents.find((e) => e.evaluationFormId === form.id || e.followUpFormId === form.id)?.id;
    const candidate = responseFromAnswers(form, this.answers, { id: newId('response'), submittedOn: this.day, reviewId, learningEventId });
    const parsed = parseFeedbackResponse(candidate, { form, locale: this.locale });
    if (!parsed.ok) {
      this.showProblems(parsed.errors);
      return;
    }
    const waits: Array<Promise<unknown>> = [];
    const event = new FeedbackSubmitEvent({ response: parsed.response, waitUntil: (promise) => void waits.push(promise) });
    const keep = this.dispatchEvent(event);
    const store = this.context?.store;
    if (keep && store) waits.push(store.putDocument('feedback-response', parsed.response, { expectedRevision: null }));
    this.sending = true;
    this.sendFailed = false;
    try {
      await Promise.all(waits);
    } catch {
      this.sending = false;
      this.sendFailed = true;
      this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.send-failed')?.focus();
      return;
    }
    this.sending = false;
    this.sent = parsed.response;
    this.restoredAt = '';
    try {
      await this.keeper.discard();
    } catch {
      // The answers were sent; a draft that could not be removed expires on its own.
    }
    this.goTo('done');
  }

  private startAgain(): void {
    void this.clearAnswers(false).then(() => {
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.goTo(0);
    });
  }

  // --- Session timeout -------------------------------------------------------------------

  private startSession(): void {
    this.stopSession();
    this.session = 'active';
    if (!this.isConnected || !(this.sessionTimeout > 0)) return;
    const total = this.sessionTimeout * 60_000;
    const warnAt = Math.max(0, total - Math.max(0, this.sessionWarning) * 60_000);
    this.sessionTimers.push(
      setTimeout(() => {
        this.session = 'warning';
        this.focusAfterRender = () => {
          const dialog = this.renderRoot.querySelector<HTMLDialogElement>('.session-dialog');
          if (dialog && !dialog.open) dialog.showModal();
        };
      }, warnAt),
      setTimeout(() => {
        this.keeper.flush();
        this.session = 'ended';
        this.dispatchEvent(new SessionTimeoutEvent());
        this.focusAfterRender = () => {
          const dialog = this.renderRoot.querySelector<HTMLDialogElement>('.session-dialog');
          if (dialog && !dialog.open) dialog.showModal();
          dialog?.querySelector<HTMLElement>('h2')?.focus();
        };
      }, total),
    );
  }

  private stopSession(): void {
    for (const timer of this.sessionTimers) clearTimeout(timer);
    this.sessionTimers = [];
  }

  private stayOnPage(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('.session-dialog')?.close();
    this.dispatchEvent(new SessionExtendEvent());
    this.startSession();
  }

  // --- Rendering -------------------------------------------------------------------------

  override render() {
    const resolved = this.resolved;
    const title = resolved.state === 'ready' ? this.t(resolved.form.title) : '';
    return html`
      <section part="base" class="base" lang=${this.locale} aria-label=${this.label || title || msg('Feedback form')} aria-busy=${resolved.state === 'loading' || this.keeper.state === 'checking' ? 'true' : 'false'} @input=${this.stopNative}>
        ${resolved.state === 'ready' ? this.renderForm(resolved.form) : this.renderState(resolved)}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </section>
    `;
  }

  /** The inner controls' `input` events would leave the shadow root as the host's: the element fires its own. */
  private readonly stopNative = (event: Event): void => {
    event.stopPropagation();
  };

  private renderState(resolved: Exclude<Resolved, { state: 'ready' }>): TemplateResult {
    switch (resolved.state) {
      case 'loading':
        return html`<p class="message">${msg('Loading the form…')}</p>`;
      case 'none':
        return html`<div class="message">
          <p>${msg('There is no form to show.')}</p>
          <p class="hint">${msg('Give the element a form definition (the definition property), or the id of a form in the review’s store or one the kit ships, such as event-evaluation or follow-up-3-months (the definition-id attribute).')}</p>
        </div>`;
      case 'invalid':
        return html`<div class="message message--error" role="alert">
          <p>${msg('This form cannot be shown, because its definition has problems:')}</p>
          <ul>
            ${resolved.errors.slice(0, 10).map((e) => html`<li>${e.path ? html`<code>${e.path}</code>: ` : nothing}${e.message}</li>`)}
          </ul>
          ${resolved.errors.length > 10 ? html`<p>${msg(str`And ${resolved.errors.length - 10} more.`)}</p>` : nothing}
        </div>`;
    }
  }

  private renderForm(form: FeedbackForm): TemplateResult {
    if (this.keeper.state === 'checking') return html`<p class="message">${msg('Looking for answers saved on this device…')}</p>`;
    const step = this.step;
    const single = this.layoutNow === 'single';
    return html`
      <div class="form-header">
        <h2 class="form-title" tabindex="-1">${this.t(form.title)}</h2>
        ${step === 0 || single ? this.renderIntro(form) : nothing}
      </div>
      ${this.renderRestored()} ${this.renderSendFailed()}
      ${step === 'done' ? this.renderDone(form) : step === 'check' ? this.renderCheck(form) : single ? this.renderSingle(form) : this.renderPage(form, step)}
      ${step !== 'done' ? this.renderDraftStatus() : nothing} ${this.renderSessionDialog()}
    `;
  }

  private renderIntro(form: FeedbackForm): TemplateResult {
    const href = safeHref(this.privacyHref);
    return html`${form.description ? html`<p class="lede">${this.t(form.description)}</p>` : nothing}
      <div class="privacy">
        <p>
          ${form.anonymous
            ? msg('Your answers are anonymous. The form does not ask for your name, and we do not use your answers to work out who you are. Do not include names or anything else that could identify you, a child, a family or a colleague.')
            : msg('This form asks who you are. The partnership’s learning team can see who gave each answer.')}
          ${msg('We use the answers to improve learning events and to check that learning reaches practice.')}
          ${href ? html`<a href=${href}>${msg('How we use your information (privacy notice)')}</a>` : nothing}
        </p>
        <p class="hint">${msg('Your answers are saved on this device as you go, until you send them or clear them. On a shared computer, clear them when you finish.')}</p>
      </div>`;
  }

  private renderRestored(): TemplateResult | typeof nothing {
    if (!this.restoredAt || this.step === 'done') return nothing;
    return html`<div class="banner" role="region" aria-labelledby="${this.uid}-restored-title">
      <h3 id="${this.uid}-restored-title" class="banner__title">${msg('Welcome back')}</h3>
      <p>${msg(str`We restored your answers from ${savedTime(this.restoredAt, this.locale)}.`)} ${msg('Carry on where you left off, or clear them to start again.')}</p>
    </div>`;
  }

  private renderSendFailed(): TemplateResult | typeof nothing {
    if (!this.sendFailed) return nothing;
    return html`<div class="message message--error send-failed" role="alert" tabindex="-1">
      <p>${msg('Your answers could not be sent. They are still saved on this device. Try again in a few minutes.')}</p>
    </div>`;
  }

  /** A saved time in words: "10:42" today, "10:42 on 20 November" another day. */
  private renderErrorSummary(): TemplateResult | typeof nothing {
    const problems = this.problems;
    if (!problems.length) return nothing;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="${this.uid}-summary-title">
      <h3 id="${this.uid}-summary-title">${msg('There is a problem')}</h3>
      <ul>
        ${problems.map((p) => {
          const question = p.segments[0] === 'answers' && p.segments.length > 1 ? String(p.segments[1]) : undefined;
          // In the language shown now, not the one the answers were checked in.
          const words = p.text[this.locale];
          return question ? html`<li><a href="#${this.controlId(question)}" @click=${(e: Event) => this.focusQuestion(e, question)}>${words}</a></li>` : html`<li>${words}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderPage(form: FeedbackForm, index: number): TemplateResult {
    const section = form.sections[index] ?? form.sections[0]!;
    const count = form.sections.length;
    return html`<form novalidate class="page" @submit=${(e: SubmitEvent) => this.onContinue(e, form)}>
      ${this.renderErrorSummary()}
      <div class="progress">
        <p id="${this.uid}-progress" class="progress__text">${msg(str`Section ${index + 1} of ${count}`)}</p>
        <progress max=${count} value=${index + 1} aria-labelledby="${this.uid}-progress"></progress>
      </div>
      <h3 class="step-title" tabindex="-1">${this.t(section.title)}</h3>
      ${section.description ? html`<p class="hint">${this.t(section.description)}</p>` : nothing}
      ${this.renderQuestions(section.questions)}
      <div class="form-actions">
        <button type="submit" class="button" ?disabled=${this.isDisabled}>${this.returnToCheck ? msg('Save and go back to check your answers') : msg('Continue')}</button>
        ${index > 0 ? html`<button type="button" class="button button--secondary" @click=${() => this.back()}>${msg('Back')}</button>` : nothing}
      </div>
    </form>`;
  }

  private renderSingle(form: FeedbackForm): TemplateResult {
    const body = html`${this.renderErrorSummary()}
    ${form.sections.map(
      (section) => html`<div class="section">
        <h3 class="section-title">${this.t(section.title)}</h3>
        ${section.description ? html`<p class="hint">${this.t(section.description)}</p>` : nothing} ${this.renderQuestions(section.questions)}
      </div>`,
    )}`;
    // Inside a native form the host's own button sends the answers; a nested <form> is not allowed there anyway.
    if (this.inNativeForm) return html`<div class="page">${body}</div>`;
    return html`<form novalidate class="page" @submit=${(e: SubmitEvent) => this.onContinue(e, form)}>
      ${body}
      <div class="form-actions">
        <button type="submit" class="button" ?disabled=${this.isDisabled}>${msg('Continue')}</button>
      </div>
    </form>`;
  }

  private renderQuestions(questions: readonly Question[]): TemplateResult[] {
    return questions.filter((q) => isQuestionShown(q, this.answers)).map((q) => this.renderQuestion(q));
  }

  private renderQuestion(question: Question): TemplateResult {
    const id = this.controlId(question.id);
    const problem = this.problems.find((p) => p.segments[0] === 'answers' && p.segments[1] === question.id);
    const hint = question.hint ? this.t(question.hint) : '';
    const label = html`${this.t(question.label)}${question.required ? nothing : html` <span class="optional">${msg('(optional)')}</span>`}`;
    const hintEl = hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing;
    const errorEl = problem ? html`<p id="${id}-error" class="error-message"><span class="visually-hidden">${msg('Error:')}</span> ${problem.text[this.locale]}</p>` : nothing;
    const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : '', question.type === 'free-text' ? `${id}-count` : ''].filter(Boolean).join(' ');
    const answer = answerTo(this.answers, question.id);
    const disabled = this.isDisabled;
    const classes = `question${problem ? ' field--error' : ''}`;

    if (question.type === 'free-text') {
      const text = typeof answer === 'string' ? answer : '';
      const input = (e: Event) => {
        this.setAnswer(question, (e.target as HTMLInputElement | HTMLTextAreaElement).value, false);
        this.announceCount(question.maxLength - (e.target as HTMLInputElement).value.length);
      };
      const commit = () => this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      return html`<div class=${classes} part="question">
        <label for=${id}>${label}</label>
        ${hintEl} ${errorEl}
        ${question.multiline
          ? html`<textarea id=${id} name=${question.id} rows="5" class=${text.length > question.maxLength ? 'over-limit' : ''} .value=${live(text)} ?disabled=${disabled} aria-describedby=${describedBy} aria-invalid=${problem ? 'true' : 'false'} @input=${input} @change=${commit}></textarea>`
          : html`<input id=${id} name=${question.id} type="text" class=${text.length > question.maxLength ? 'over-limit' : ''} .value=${live(text)} ?disabled=${disabled} aria-describedby=${describedBy} aria-invalid=${problem ? 'true' : 'false'} @input=${input} @change=${commit} />`}
        ${this.renderCount(id, question.maxLength, text.length)}
      </div>`;
    }

    if (question.type === 'date') {
      // What was typed stays as typed ("2", not "02") while it still makes the stored answer.
      const typing = this.dateTyping.get(question.id);
      const parts = typing && dateAnswer(typing) === (answer ?? '') ? typing : dateParts(answer);
      const update = (part: (typeof DATE_PARTS)[number], e: Event) => {
        // A dash would split the stored answer into the wrong boxes.
        const next = { ...parts, [part]: (e.target as HTMLInputElement).value.replace(/-/g, '') };
        this.dateTyping.set(question.id, next);
        this.setAnswer(question, dateAnswer(next), false);
      };
      const names = { day: msg('Day'), month: msg('Month'), year: msg('Year') };
      return html`<fieldset class=${classes} part="question" aria-describedby=${describedBy || nothing}>
        <legend>${label}</legend>
        ${hintEl} ${errorEl}
        <div class="date">
          ${DATE_PARTS.map(
            (part, i) => html`<div class="date__part date__part--${part}">
              <label for=${i === 0 ? id : `${id}-${part}`}>${names[part]}</label>
              <input id=${i === 0 ? id : `${id}-${part}`} name="${question.id}-${part}" inputmode="numeric" autocomplete="off" .value=${live(parts[part])} ?disabled=${disabled} aria-invalid=${problem ? 'true' : 'false'} @input=${(e: Event) => update(part, e)} @change=${() => this.dispatchEvent(new Event('change', { bubbles: true, composed: true }))} />
            </div>`,
          )}
        </div>
      </fieldset>`;
    }

    const options: Array<{ value: string; label: string | TemplateResult }> =
      question.type === 'yes-no'
        ? [
            { value: 'true', label: msg('Yes') },
            { value: 'false', label: msg('No') },
          ]
        : question.type === 'rating'
          ? Array.from({ length: question.max - question.min + 1 }, (_, i) => {
              const n = question.min + i;
              const end = n === question.min ? this.t(question.minLabel) : n === question.max ? this.t(question.maxLabel) : '';
              return { value: String(n), label: html`${n}${end ? html`<span class="visually-hidden"> (${end})</span>` : nothing}` };
            })
          : question.options.map((o) => ({ value: o.value, label: this.t(o.label) }));
    const multiple = question.type === 'multiple-choice';
    const chosen = (value: string): boolean =>
      multiple ? Array.isArray(answer) && answer.includes(value) : answer !== undefined && String(answer) === value;
    const pick = (value: string, checked: boolean) => {
      if (multiple) {
        const current = Array.isArray(answer) ? (answer as readonly string[]) : [];
        const next = checked ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
        // Kept in the form's order of options, whatever order they were ticked in.
        const order = question.options.map((o) => o.value);
        this.setAnswer(question, Object.freeze(next.sort((a, b) => order.indexOf(a) - order.indexOf(b))), true);
      } else if (question.type === 'rating') this.setAnswer(question, Number(value), true);
      else if (question.type === 'yes-no') this.setAnswer(question, value === 'true', true);
      else this.setAnswer(question, value, true);
    };
    const inline = question.type === 'yes-no' || question.type === 'rating';
    return html`<fieldset class=${classes} part="question" aria-describedby=${describedBy || nothing}>
      <legend>${label}</legend>
      ${hintEl} ${errorEl}
      <div class="options${question.type === 'rating' ? ' options--scale' : ''}">
      ${question.type === 'rating'
        ? html`<div class="scale-ends" aria-hidden="true"><span>${question.min}: ${this.t(question.minLabel)}</span><span>${question.max}: ${this.t(question.maxLabel)}</span></div>`
        : nothing}
      <div class="choices${inline ? ' choices--inline' : ''}">
        ${options.map(
          (o, i) => html`<div class="choice">
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              id=${i === 0 ? id : `${id}-${i}`}
              name="${this.uid}-${question.id}"
              value=${o.value}
              .checked=${live(chosen(o.value))}
              ?disabled=${disabled}
              aria-invalid=${problem ? 'true' : 'false'}
              @change=${(e: Event) => pick(o.value, (e.target as HTMLInputElement).checked)}
            />
            <label for=${i === 0 ? id : `${id}-${i}`}>${o.label}</label>
          </div>`,
        )}
      </div>
      </div>
    </fieldset>`;
  }

  private renderCount(id: string, max: number, length: number): TemplateResult {
    const left = max - length;
    const n = (value: number) => this.number(value);
    const text = length === 0 ? msg(str`You can enter up to ${n(max)} characters`) : left >= 0 ? msg(str`You have ${n(left)} characters remaining`) : msg(str`You have ${n(-left)} characters too many`);
    return html`<p id="${id}-count" class="hint count${left < 0 ? ' count--over' : ''}">${text}</p>`;
  }

  /** "1,000", as GOV.UK writes numbers. */
  private number(value: number): string {
    return new Intl.NumberFormat(this.locale === 'cy' ? 'cy-GB' : 'en-GB').format(value);
  }

  /** Says how many characters are left once typing pauses, as GOV.UK's character count does. */
  private announceCount(left: number): void {
    if (this.countTimer) clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.announcement = left >= 0 ? msg(str`You have ${this.number(left)} characters remaining`) : msg(str`You have ${this.number(-left)} characters too many`);
    }, 1000);
  }

  private renderCheck(form: FeedbackForm): TemplateResult {
    return html`<div class="page">
      ${this.renderErrorSummary()}
      <h3 class="step-title" tabindex="-1">${msg('Check your answers before sending them')}</h3>
      ${form.sections.map((section) => {
        const questions = section.questions.filter((q) => isQuestionShown(q, answersToSend(form, this.answers)));
        return html`<h4 class="check-section">${this.t(section.title)}</h4>
          <dl class="summary-list">
            ${questions.map(
              (q) => html`<div class="summary-list__row">
                <dt>${this.t(q.label)}</dt>
                <dd>${this.renderAnswer(q)}</dd>
                <dd class="summary-list__action">
                  <button type="button" class="link-button" ?disabled=${this.isDisabled} @click=${() => this.change(form, q)}>
                    ${msg('Change')}<span class="visually-hidden"> ${msg(str`your answer to: ${this.t(q.label)}`)}</span>
                  </button>
                </dd>
              </div>`,
            )}
          </dl>`;
      })}
      <div class="send-step">
      <h4>${msg('Now send your answers')}</h4>
      <p>${form.anonymous ? msg('You do not need to give your name. Once you send your answers you cannot change them.') : msg('Once you send your answers you cannot change them.')}</p>
      <div class="form-actions">
        <button type="button" class="button" ?disabled=${this.isDisabled} @click=${() => void this.send(form)}>${this.sending ? msg('Sending…') : msg('Send my answers')}</button>
        <button type="button" class="button button--secondary" ?disabled=${this.sending} @click=${() => this.back()}>${msg('Back')}</button>
      </div>
      </div>
    </div>`;
  }

  private renderAnswer(question: Question): TemplateResult | string {
    // Own answers only: a question called "constructor" is not answered by Object's constructor.
    const answer = answerTo(this.answers, question.id);
    if (isBlankAnswer(answer)) return html`<span class="hint">${msg('Not answered')}</span>`;
    switch (question.type) {
      case 'single-choice':
        return this.t(question.options.find((o) => o.value === answer)?.label) || String(answer);
      case 'multiple-choice': {
        const chosen = Array.isArray(answer) ? (answer as readonly string[]) : [];
        return html`<ul class="plain">
          ${chosen.map((v) => html`<li>${this.t(question.options.find((o) => o.value === v)?.label) || v}</li>`)}
        </ul>`;
      }
      case 'rating':
        return msg(str`${String(answer)} out of ${question.max}`);
      case 'yes-no':
        return answer === true ? msg('Yes') : answer === false ? msg('No') : String(answer);
      case 'date': {
        const text = String(answer);
        if (!isIsoDate(text)) return text;
        const [y, m, d] = text.split('-').map(Number);
        return new Intl.DateTimeFormat(this.locale === 'cy' ? 'cy-GB' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d));
      }
      case 'free-text':
        return html`<span class="free-text">${String(answer)}</span>`;
    }
  }

  private renderDone(form: FeedbackForm): TemplateResult {
    return html`<div class="panel" part="confirmation">
      <h3 class="step-title" tabindex="-1">${msg('Your answers have been sent')}</h3>
      <p>${msg('Thank you for taking the time to tell us.')}</p>
      ${form.timepoint === 'immediate' ? html`<p>${msg('In about three months we will ask you a few more questions, to find out what has changed in your work since the event.')}</p>` : nothing}
      ${this.sent ? html`<p class="hint">${msg(str`Your reference: ${this.sent.id}`)}</p>` : nothing}
      <button type="button" class="button button--secondary" @click=${() => this.startAgain()}>${msg('Fill in the form again')}</button>
    </div>`;
  }

  private renderDraftStatus(): TemplateResult {
    const hasAnswers = Object.values(this.answers).some((a) => !isBlankAnswer(a));
    return draftPanel({
      id: this.uid,
      keeper: this.keeper,
      locale: this.locale,
      idle: msg('Your answers will be saved on this device as you type.'),
      unavailable: msg('This browser cannot save your answers as you go.'),
      download: msg('Download a copy of your answers'),
      onDownload: () => this.downloadDraft(),
      ...(hasAnswers || this.confirmingClear
        ? {
            clear: {
              confirming: this.confirmingClear,
              disabled: this.isDisabled,
              label: msg('Clear my answers'),
              question: msg('Clear all your answers? They will be removed from this device and cannot be brought back.'),
              yes: msg('Yes, clear my answers'),
              keep: msg('Keep my answers'),
              onAsk: () => this.askToClear(true),
              onClear: () => void this.clearAnswers(true),
              onKeep: () => this.askToClear(false),
            },
          }
        : {}),
    });
  }

  private askToClear(asking: boolean): void {
    this.confirmingClear = asking;
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>(asking ? '.confirm .button' : '.draft .link-button')?.focus();
  }

  private renderSessionDialog(): TemplateResult | typeof nothing {
    if (this.session === 'active') return nothing;
    const ended = this.session === 'ended';
    return html`<dialog class="session-dialog" role="alertdialog" aria-labelledby="${this.uid}-session-title" aria-describedby="${this.uid}-session-text" @cancel=${(e: Event) => {
      // Escape must not leave someone to be signed out without knowing it.
      if (!ended) {
        e.preventDefault();
        this.stayOnPage();
      }
    }}>
      <h2 id="${this.uid}-session-title" tabindex="-1">${ended ? msg('Your session has ended') : msg('Your session will end soon')}</h2>
      <p id="${this.uid}-session-text">
        ${ended
          ? msg('Your answers are saved on this device. Sign in again and come back to this page to carry on.')
          : msg(str`You have been on this page for a while. For your security, your session will end in ${this.sessionWarning} minutes. Your answers are saved on this device.`)}
      </p>
      <div class="form-actions">
        ${ended
          ? html`<button type="button" class="button" @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('.session-dialog')?.close()}>${msg('Close')}</button>`
          : html`<button type="button" class="button" @click=${() => this.stayOnPage()}>${msg('Stay on this page')}</button>`}
      </div>
    </dialog>`;
  }
}

/** A privacy link the page may show: relative, or http(s). Anything else (`javascript:`) is dropped. */
function safeHref(value: string): string {
  const trimmed = value.trim();
  if (!trimmed) return '';
  try {
    const url = new URL(trimmed, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}
