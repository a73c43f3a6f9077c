import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import {
  actionFromWorksheet,
  answeredLoops,
  ConflictError,
  INTERVENTION_STRENGTHS,
  isShallowLoop,
  labelOf,
  LOOP_LEVEL_ORDER,
  LOOP_PROMPTS,
  LOOP_SECTION_FIELDS,
  LOOP_SECTION_KEYS,
  LOOP_SECTIONS,
  LOOP_STRENGTH,
  LOOP_WORKED_EXAMPLE,
  parseEntity,
  parseLoopWorksheet,
  PROMPT_SOURCES,
  proposedDueDate,
  recommendationsForSubject,
  StoreValidationError,
  subjectRecord,
  summariseContributions,
  todayInUk,
  worksheetCompletionProblems,
  worksheetSubjects,
  type Action,
  type Audience,
  type DraftStore,
  type InterventionStrength,
  type LoopLevel,
  type LoopSection,
  type LoopWorksheet,
  type Review,
  type ReviewStore,
  type ValidationError,
} from '@slk/sdk';
import { SlkElement } from '../internal/slk-element.js';
import { SlkEvent } from '../internal/event.js';
import { reviewContext, type ReviewContextValue } from '../internal/review-context.js';
import { audienceAttribute, downloadFile, shownReview, type ShownReview } from '../internal/review-view.js';
import { DraftKeeper, draftPanel, draftStoreFor, savedTime } from '../internal/drafts.js';
import { excerpt, newId, textOf } from '../internal/forms.js';
import { formStyles } from '../internal/form-styles.js';
import { styles } from './loop-worksheet.styles.js';

/** A step of the worksheet: what it is about, each section, then the finished worksheet. */
export type WorksheetStep = 'subject' | LoopSection | 'finish';
const STEPS: readonly WorksheetStep[] = ['subject', ...LOOP_SECTIONS, 'finish'];

/** What `slk-worksheet-change` carries. */
export interface WorksheetChangeDetail {
  /** The worksheet as it now stands (not yet validated: it may be incomplete). */
  readonly worksheet: LoopWorksheet;
  /** What changed: a field path such as `doubleLoop.assumptions`, `subject`, or `contributions`. */
  readonly field: string;
}

/** Something in the worksheet changed: an answer typed, the subject chosen, a contribution added. */
export class WorksheetChangeEvent extends SlkEvent<WorksheetChangeDetail> {
  static readonly eventName = 'slk-worksheet-change';
  constructor(detail: WorksheetChangeDetail) {
    super(WorksheetChangeEvent.eventName, detail);
  }
}

/** The worksheet was marked complete. Cancel it to keep the worksheet out of the `<slk-review>` store. */
export class WorksheetCompleteEvent extends SlkEvent<{ readonly worksheet: LoopWorksheet }> {
  static readonly eventName = 'slk-worksheet-complete';
  constructor(worksheet: LoopWorksheet) {
    super(WorksheetCompleteEvent.eventName, { worksheet }, { cancelable: true });
  }
}

/** An action was proposed for the plan. Cancel it to keep it out of the review (to send it elsewhere). */
export class WorksheetProposeEvent extends SlkEvent<{ readonly action: Action; readonly worksheet: LoopWorksheet }> {
  static readonly eventName = 'slk-worksheet-propose';
  constructor(action: Action, worksheet: LoopWorksheet) {
    super(WorksheetProposeEvent.eventName, { action, worksheet }, { cancelable: true });
  }
}

interface DraftValue {
  readonly worksheet: unknown;
  readonly step: WorksheetStep;
  /** In a group: the ids of the contributions made from this device, so they can be listed as "yours". */
  readonly mine?: readonly string[];
}

function isDraftValue(value: unknown): value is DraftValue {
  const v = value as Partial<DraftValue> | null;
  return !!v && typeof v === 'object' && !!v.worksheet && typeof v.worksheet === 'object' && typeof v.step === 'string' && STEPS.includes(v.step);
}

type Loaded = { readonly state: 'ready' } | { readonly state: 'loading' } | { readonly state: 'invalid'; readonly errors: readonly ValidationError[] };

/** The prose fields of each section, as `[section key, field]` paths. */
const fieldPath = (section: LoopSection, field: string) => `${LOOP_SECTION_KEYS[section]}.${field}`;

/** Drops blank text, which the schema refuses, so a worksheet being written always parses. */
function tidy(values: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));
}

/** A copy without one optional key: the schema refuses a key that is present but undefined. */
function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

function blankWorksheet(id: string, mode: 'individual' | 'group', reviewId: string | undefined): LoopWorksheet {
  return {
    schemaVersion: 1,
    kind: 'loop-worksheet',
    id,
    ...(reviewId ? { reviewId } : {}),
    subject: { kind: 'scenario' },
    mode,
    status: 'draft',
    defensive: {},
    singleLoop: {},
    doubleLoop: {},
    tripleLoop: {},
    nextExperiment: {},
    contributions: [],
    showAuthors: false,
  };
}

let counter = 0;

/**
 * A guided reflection that turns a review finding into a better question. It walks a person,
 * a supervisor and practitioner, or a group through the **defensive** response (blame,
 * reassurance, more training, a new form: what it protects and what it misses), **single
 * loop** learning (change the action), **double loop** (question the assumptions, rules and
 * targets that made the action seem right), **triple loop** (question how the partnership
 * learns, and who is not in the room), and a **next experiment** with how you will know it
 * worked.
 *
 * Each section offers prompts from the field (the systems approach; espoused theory and
 * theory-in-use; Model I defensive routines and Model II), one more at a time, and a worked
 * example (a low-level concern about frequent physical interventions) to open alongside.
 *
 * Inside `<slk-review>` it can be about a finding, pattern or key practice episode of the
 * review, or a scenario in free text. Work is never lost: every change is saved as a draft on
 * this device and restored after a reload. A finished worksheet is stored with the review,
 * can be printed as one page (blank or completed), and can propose an action for the plan,
 * with the strength its kind of learning suggests and a record of the finding it came from.
 *
 * In a group (`mode="group"`), each participant adds contributions to each section; they are
 * anonymous unless the group chooses to show names. The `facilitator` view shows every
 * contribution, how many there are at each kind of learning, and a gentle flag when most
 * stay defensive or single loop.
 *
 * @summary Loop-learning worksheet: from a defensive response to single-, double- and triple-loop learning.
 *
 * @tag slk-loop-worksheet
 *
 * @event {WorksheetChangeEvent} slk-worksheet-change - Something in the worksheet changed; `detail.worksheet` is the worksheet now, `detail.field` what changed.
 * @event {WorksheetCompleteEvent} slk-worksheet-complete - The worksheet was marked complete; `detail.worksheet` is the validated worksheet. Cancel it to keep it out of the `<slk-review>` store.
 * @event {WorksheetProposeEvent} slk-worksheet-propose - An action was proposed for the plan; `detail.action` is the validated draft action. Cancel it to keep it out of the review.
 *
 * @csspart base - The component's main wrapper.
 * @csspart steps - The list of sections, which also moves between them.
 * @csspart section - The current section: its questions, prompts and fields.
 * @csspart prompts - The prompts offered for the section.
 * @csspart example - The worked example, when open.
 * @csspart summary - The facilitator's summary of contributions.
 * @csspart draft-status - The line that says whether the worksheet is saved on this device.
 *
 * @cssproperty --slk-loop-worksheet-gap - The space between the parts of the worksheet.
 * @cssproperty --slk-loop-worksheet-max-width - The widest the worksheet grows with the example open (default 72rem).
 * @cssproperty --slk-loop-worksheet-accent - The colour that marks the current section and the example.
 */
export class SlkLoopWorksheet extends SlkElement {
  static override styles = [...SlkElement.styles, formStyles, styles];

  /** A worksheet to continue or show: a `LoopWorksheet` (or its input, which the SDK checks first). Overrides `worksheet-id`. */
  @property({ attribute: false })
  accessor worksheet: unknown;

  /** The id of a worksheet kept in the `<slk-review>` store, to continue or to contribute to. */
  @property({ attribute: 'worksheet-id' })
  accessor worksheetId = '';

  /** What a new worksheet is about: `finding:<id>`, `pattern:<id>` or `kpe:<id>` of the review. */
  @property()
  accessor subject = '';

  /** `individual` reflection, or a facilitated `group`. */
  @property({ reflect: true })
  accessor mode: 'individual' | 'group' = 'individual';

  /** In a group: show the facilitator's view (every contribution, the summary, the choice to show names). */
  @property({ type: Boolean, reflect: true })
  accessor facilitator = false;

  /** The key the draft is kept under; by default made from the worksheet id, or the review and subject. */
  @property({ attribute: 'draft-key' })
  accessor draftKey = '';

  /** Where drafts are saved, when not in the `<slk-review>` store or this browser's own. */
  @property({ attribute: false })
  accessor drafts: DraftStore | undefined;

  /** The review the worksheet is about, when not inside `<slk-review>`. */
  @property({ attribute: false })
  accessor review: Review | undefined;

  /** Who the page is for, when not set by `<slk-review>`. Names are shown only to `internal`; actions are proposed only there. */
  @property({ converter: audienceAttribute })
  accessor audience: Audience | undefined;

  /** Today's date (`YYYY-MM-DD`), for due dates; by default today in the UK. */
  @property()
  accessor today = '';

  /** A name for the region, for assistive technology. Defaults to the worksheet's title. */
  @property()
  accessor label = '';

  @consume({ context: reviewContext, subscribe: true })
  @state()
  protected accessor context: ReviewContextValue | undefined;

  @state() private accessor ws: LoopWorksheet = blankWorksheet('', 'individual', undefined);
  @state() private accessor loaded: Loaded = { state: 'loading' };
  @state() private accessor step: WorksheetStep = 'subject';
  @state() private accessor problems: readonly ValidationError[] = [];
  @state() private accessor promptsShown: Readonly<Partial<Record<LoopSection, number>>> = {};
  @state() private accessor showExample = false;
  @state() private accessor restoredAt = '';
  @state() private accessor confirmingClear = false;
  @state() private accessor busy = false;
  @state() private accessor failure = '';
  @state() private accessor mine: readonly string[] = [];
  @state() private accessor proposing = false;
  @state() private accessor proposal: { readonly loop: LoopLevel; readonly strength: InterventionStrength; readonly errors: readonly ValidationError[]; readonly failed: boolean } | undefined;
  @state() private accessor proposed: readonly Action[] = [];
  @state() private accessor printBlank = false;
  @state() private accessor announcement = '';

  private readonly uid = `slk-lw-${++counter}`;
  private readonly keeper = new DraftKeeper<DraftValue>(this, {
    kind: 'loop-worksheet',
    accept: isDraftValue,
    onFailed: () => (this.announcement = msg('Your worksheet could not be saved on this device. Download a copy so you do not lose it.')),
  });
  private source: { readonly key: string; readonly input: unknown } | undefined;
  private unsubscribe: (() => void) | undefined;
  private focusAfterRender: (() => void) | undefined;
  private parsedExample: { readonly locale: string; readonly worksheet: LoopWorksheet | undefined } | undefined;

  /** The worksheet as it stands: a frozen `LoopWorksheet`, a new object after every change. */
  get value(): LoopWorksheet {
    return this.ws;
  }

  /**
   * Prints the worksheet as one page: the completed worksheet, or with `{ blank: true }` an
   * empty one with the prompts, to fill in by hand at a meeting.
   */
  async print(options: { blank?: boolean } = {}): Promise<void> {
    this.printBlank = !!options.blank;
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.printBlank = false;
    }
  }

  // --- Life cycle ------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('worksheet') || changed.has('worksheetId') || changed.has('subject') || changed.has('mode') || changed.has('facilitator') || changed.has('draftKey') || changed.has('context') || changed.has('review')) {
      void this.load();
    }
  }

  override updated(): void {
    const focus = this.focusAfterRender;
    this.focusAfterRender = undefined;
    focus?.();
  }

  private get shown(): ShownReview {
    return shownReview(this.review, this.audience, undefined, this.context, this.locale);
  }

  private get store(): ReviewStore | undefined {
    return this.shown.store;
  }

  private get day(): string {
    return this.today || todayInUk();
  }

  private get isParticipant(): boolean {
    return this.ws.mode === 'group' && !this.facilitator;
  }

  /** Names are shown only when the group chose to, and only to the internal audience. */
  private get namesShown(): boolean {
    return this.ws.showAuthors && this.shown.audience === 'internal';
  }

  /**
   * The draft key for `worksheet`, once it is known: a group's worksheet says it is one, and
   * the facilitator's draft (the group's answers) must never meet a participant's.
   */
  private keyFor(worksheet: LoopWorksheet): string {
    if (this.draftKey) return this.draftKey;
    const review = this.shown.review?.id ?? this.context?.review?.id ?? '';
    const who = worksheet.mode === 'group' ? (this.facilitator ? ':facilitator' : ':participant') : '';
    const given = (this.worksheet as { id?: unknown } | null | undefined)?.id;
    return `worksheet:${this.worksheetId || (typeof given === 'string' ? given : '') || `${review}:${this.subject || 'new'}`}${who}`;
  }

  // --- Loading ---------------------------------------------------------------------------

  /** Finds the worksheet (given, stored, or new), then any draft of it on this device. */
  private async load(): Promise<void> {
    if (this.context?.state === 'loading' && !this.review) {
      this.loaded = { state: 'loading' };
      return;
    }
    const sourceKey = [this.draftKey, this.worksheetId, this.subject, this.mode, this.facilitator, this.context?.store ? 'store' : 'own', this.context?.review?.id ?? ''].join('|');
    // The provider re-renders on every change to the review (an action proposed, say): only a
    // different worksheet, subject or store starts again, never an edit in progress.
    if (this.source?.key === sourceKey && this.source.input === this.worksheet) return;
    this.source = { key: sourceKey, input: this.worksheet };
    let base: LoopWorksheet | undefined;
    if (this.worksheet !== undefined && this.worksheet !== null) {
      const parsed = parseLoopWorksheet(this.worksheet, { locale: this.locale });
      if (!parsed.ok) {
        this.loaded = { state: 'invalid', errors: parsed.errors };
        return;
      }
      base = parsed.worksheet;
    } else if (this.worksheetId && this.context?.store) {
      base = await this.fetchStored(this.context.store, this.worksheetId);
      if (this.source?.key !== sourceKey) return;
      this.watchStore(this.context.store, this.worksheetId);
    }
    base ??= this.fresh();
    this.ws = Object.freeze(base);
    this.step = base.status === 'complete' ? 'finish' : 'subject';
    this.loaded = { state: 'ready' };
    const store = draftStoreFor(this.drafts, this.context);
    if (!store) return;
    const record = await this.keeper.open(this.keyFor(base), store);
    if (record === null || !record) return;
    const restored = parseLoopWorksheet(record.value.worksheet);
    if (!restored.ok) return;
    // A group's contributions live in the stored worksheet, which is newer than any draft.
    this.ws = Object.freeze({ ...restored.worksheet, contributions: this.store && this.worksheetId ? this.ws.contributions : restored.worksheet.contributions, showAuthors: this.store && this.worksheetId ? this.ws.showAuthors : restored.worksheet.showAuthors });
    const mine = Array.isArray(record.value.mine) ? record.value.mine : [];
    this.mine = this.ws.contributions.filter((c) => mine.includes(c.id)).map((c) => c.id);
    this.step = record.value.step;
    this.restoredAt = record.savedAt;
    this.announcement = msg(str`We restored your worksheet from ${savedTime(record.savedAt, this.locale)}.`);
  }

  /** A new worksheet, about the `subject` attribute's record when it names one in the review. */
  private fresh(): LoopWorksheet {
    const review = this.shown.review;
    const ws = blankWorksheet(this.worksheetId || newId('ws'), this.mode === 'group' ? 'group' : 'individual', review?.id);
    const [kind, refId] = this.subject.split(':');
    if ((kind === 'finding' || kind === 'pattern' || kind === 'kpe') && refId && review && worksheetSubjects(review).some((o) => o.kind === kind && o.id === refId)) {
      const record = subjectRecord(review, { kind, refId });
      return { ...ws, subject: { kind, refId }, ...(record ? { title: excerpt(record.title, 200) } : {}) };
    }
    return ws;
  }

  private async fetchStored(store: ReviewStore, id: string): Promise<LoopWorksheet | undefined> {
    try {
      const found = await store.getDocument('loop-worksheet', id);
      if (!found) return undefined;
      const parsed = parseLoopWorksheet(found.value);
      if (!parsed.ok) return undefined;
      return parsed.worksheet;
    } catch {
      return undefined;
    }
  }

  /** Other people's contributions (another tab, another element) appear as they are added. */
  private watchStore(store: ReviewStore, id: string): void {
    this.unsubscribe?.();
    this.unsubscribe = store.subscribe((change) => {
      if (change.type !== 'document' || change.kind !== 'loop-worksheet' || change.documentId !== id) return;
      void this.fetchStored(store, id).then((stored) => {
        if (!stored) return;
        this.ws = Object.freeze({ ...this.ws, contributions: stored.contributions, showAuthors: stored.showAuthors, ...(stored.status === 'complete' ? { status: 'complete' as const } : {}) });
      });
    });
  }

  // --- Changes ---------------------------------------------------------------------------

  private change(next: LoopWorksheet, field: string): void {
    this.ws = Object.freeze(next);
    this.problems = this.problems.length ? worksheetCompletionProblems(this.ws, this.locale).filter((p) => this.problems.some((q) => q.path === p.path)) : [];
    this.saveDraft();
    this.dispatchEvent(new WorksheetChangeEvent({ worksheet: this.ws, field }));
  }

  private saveDraft(): void {
    this.keeper.update({ worksheet: this.ws, step: this.step, mine: this.mine });
  }

  private setField(section: LoopSection, field: string, value: string): void {
    const key = LOOP_SECTION_KEYS[section];
    const current = this.ws[key] as Readonly<Record<string, string | undefined>>;
    this.change({ ...this.ws, [key]: { ...tidy({ ...current, [field]: value }) } }, fieldPath(section, field));
  }

  private setReviewOn(value: string): void {
    this.change({ ...this.ws, nextExperiment: { ...without(this.ws.nextExperiment, 'reviewOn'), ...(value ? { reviewOn: value } : {}) } }, 'nextExperiment.reviewOn');
  }

  private setSubject(subject: LoopWorksheet['subject']): void {
    const record = subjectRecord(this.shown.review, subject);
    this.change({ ...without(this.ws, 'title'), subject, ...(record ? { title: excerpt(record.title, 200) } : this.ws.title && subject.kind === 'scenario' ? { title: this.ws.title } : {}) }, 'subject');
  }

  private goTo(step: WorksheetStep): void {
    this.step = step;
    this.problems = [];
    // A completed worksheet is kept as a document, not a draft: moving around it saves nothing.
    if (this.ws.status !== 'complete') this.saveDraft();
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.step-title')?.focus();
  }

  private next(): void {
    const at = STEPS.indexOf(this.step);
    this.goTo(STEPS[Math.min(at + 1, STEPS.length - 1)]!);
  }

  private back(): void {
    const at = STEPS.indexOf(this.step);
    this.goTo(STEPS[Math.max(at - 1, 0)]!);
  }

  private morePrompts(section: LoopSection): void {
    const shown = this.promptsShown[section] ?? 1;
    this.promptsShown = { ...this.promptsShown, [section]: shown + 1 };
    const prompt = LOOP_PROMPTS[section][shown];
    if (prompt) this.announcement = prompt.text[this.locale];
    // Focus stays on the button while prompts remain; after the last, on the new prompt.
    if (shown + 1 >= LOOP_PROMPTS[section].length) this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.prompts li:last-child')?.focus();
  }

  // --- Contributions ---------------------------------------------------------------------

  private async addContribution(event: SubmitEvent, section: LoopSection): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = textOf(data, 'text');
    if (!text) {
      this.failure = msg('Write your contribution before adding it.');
      this.focusAfterRender = () => form.querySelector<HTMLElement>('textarea')?.focus();
      return;
    }
    // Anonymous unless the group chose otherwise: a name is never kept when names are hidden.
    const author = this.ws.showAuthors ? textOf(data, 'author') : '';
    const contribution = { id: newId('c'), section, text: text.slice(0, 5000), ...(author ? { author: author.slice(0, 200) } : {}) };
    this.failure = '';
    this.busy = true;
    const saved = await this.writeStored((stored) => ({ ...stored, contributions: [...stored.contributions, contribution] }));
    this.busy = false;
    if (!saved) return;
    this.mine = [...this.mine, contribution.id];
    form.reset();
    this.change({ ...this.ws, contributions: saved.contributions }, 'contributions');
    this.announcement = msg('Your contribution has been added.');
  }

  private async setShowAuthors(show: boolean): Promise<void> {
    // Turning names off removes those already given: the group chose anonymity.
    const apply = (ws: LoopWorksheet): LoopWorksheet => ({ ...ws, showAuthors: show, contributions: show ? ws.contributions : ws.contributions.map((c) => without(c, 'author')) });
    const saved = await this.writeStored(apply);
    if (saved) this.change({ ...this.ws, showAuthors: saved.showAuthors, contributions: saved.contributions }, 'showAuthors');
    this.announcement = show ? msg('Names will be shown with contributions.') : msg('Contributions are anonymous. Names already given have been removed.');
  }

  /**
   * Writes a change to the worksheet kept in the store, on top of its latest version (other
   * people may have added to it meanwhile), retrying when someone else wrote first. Without a
   * store the change applies to this element's own copy.
   */
  private async writeStored(apply: (stored: LoopWorksheet) => LoopWorksheet): Promise<LoopWorksheet | undefined> {
    const store = this.store;
    if (!store) return apply(this.ws);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const found = await store.getDocument('loop-worksheet', this.ws.id);
        const parsed = found ? parseLoopWorksheet(found.value) : undefined;
        const base = parsed?.ok ? parsed.worksheet : this.ws;
        const next = apply(base);
        await store.putDocument('loop-worksheet', next, { expectedRevision: found?.revision ?? null });
        return next;
      } catch (error) {
        if (error instanceof ConflictError) continue;
        break;
      }
    }
    this.failure = msg('This could not be saved in this browser. Try again; if it keeps happening, tell the person who looks after this page.');
    return undefined;
  }

  // --- Completing ------------------------------------------------------------------------

  private async complete(): Promise<void> {
    const problems = worksheetCompletionProblems(this.ws, this.locale);
    if (problems.length) {
      this.problems = problems;
      this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    const candidate = { ...this.ws, status: 'complete' as const, updatedOn: this.day };
    const parsed = parseLoopWorksheet(candidate, { locale: this.locale });
    if (!parsed.ok) {
      this.problems = parsed.errors;
      this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    const keep = this.dispatchEvent(new WorksheetCompleteEvent(parsed.worksheet));
    if (keep && this.store) {
      this.busy = true;
      // Contributions and the choice about names are the group's: take them from the stored copy.
      const saved = await this.writeStored((stored) => ({ ...parsed.worksheet, contributions: stored.contributions, showAuthors: stored.showAuthors }));
      this.busy = false;
      if (!saved) {
        this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
        return;
      }
      this.ws = Object.freeze(saved);
    } else {
      this.ws = Object.freeze(parsed.worksheet);
    }
    this.restoredAt = '';
    try {
      await this.keeper.discard();
    } catch {
      // The worksheet is complete; a draft that could not be removed expires on its own.
    }
    this.announcement = msg('The worksheet is complete.');
    this.goTo('finish');
  }

  private reopen(): void {
    this.change({ ...this.ws, status: 'draft' }, 'status');
    this.goTo('subject');
  }

  private async clearWorksheet(): Promise<void> {
    const { id, mode, reviewId } = this.ws;
    this.ws = Object.freeze({ ...blankWorksheet(id, mode, reviewId), contributions: this.ws.contributions, showAuthors: this.ws.showAuthors });
    this.confirmingClear = false;
    this.restoredAt = '';
    this.problems = [];
    try {
      await this.keeper.discard();
    } catch {
      // The worksheet on screen is cleared either way.
    }
    this.announcement = msg('Your worksheet has been cleared.');
    this.goTo('subject');
  }

  // --- Proposing an action ---------------------------------------------------------------

  private get canPropose(): boolean {
    return this.ws.status === 'complete' && this.shown.audience === 'internal' && !!this.shown.review && !this.isParticipant;
  }

  private openProposal(): void {
    const loops = answeredLoops(this.ws);
    const loop = loops[loops.length - 1] ?? 'single';
    this.proposal = { loop, strength: LOOP_STRENGTH[loop], errors: [], failed: false };
    this.proposing = true;
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('.propose-dialog');
      if (dialog && !dialog.open) dialog.showModal();
      dialog?.querySelector<HTMLElement>('h2')?.focus();
    });
  }

  private async submitProposal(event: SubmitEvent, review: Review): Promise<void> {
    event.preventDefault();
    const proposal = this.proposal;
    if (!proposal) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const strength = textOf(data, 'strength');
    const action = actionFromWorksheet(this.ws, {
      id: newId('action'),
      loop: proposal.loop,
      recommendationId: textOf(data, 'recommendationId'),
      agencyId: textOf(data, 'agencyId'),
      leadRole: textOf(data, 'leadRole'),
      dueDate: textOf(data, 'dueDate'),
      title: textOf(data, 'title'),
      description: textOf(data, 'description'),
      ...(INTERVENTION_STRENGTHS.codes.includes(strength as InterventionStrength) ? { interventionStrength: strength as InterventionStrength } : {}),
    });
    if (!action.description) delete (action as { description?: string }).description;
    const parsed = parseEntity('actions', action, review, { locale: this.locale });
    if (!parsed.ok) {
      this.proposal = { ...proposal, errors: parsed.errors, failed: false };
      this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.propose-dialog .error-summary')?.focus();
      return;
    }
    const keep = this.dispatchEvent(new WorksheetProposeEvent(parsed.entity, this.ws));
    if (keep) {
      try {
        if (this.store) await this.store.putEntity(review.id, 'actions', parsed.entity, { expectedRevision: null });
        else if (this.review) this.review = { ...this.review, actions: [...this.review.actions, parsed.entity] };
      } catch (error) {
        this.proposal = { ...proposal, errors: error instanceof StoreValidationError ? error.errors : [], failed: !(error instanceof StoreValidationError) };
        this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.propose-dialog .error-summary, .propose-dialog .failure')?.focus();
        return;
      }
    }
    this.proposed = [...this.proposed, parsed.entity];
    this.renderRoot.querySelector<HTMLDialogElement>('.propose-dialog')?.close();
    this.announcement = msg(str`Added “${parsed.entity.title}” to the action plan as a draft action.`);
  }

  /** The worksheet as a file, in the SDK's document format, to keep or to load into another system. */
  private downloadWorksheet(): void {
    downloadFile(this.renderRoot as ShadowRoot, { filename: `${this.ws.id}.json`, mimeType: 'application/json', contents: `${JSON.stringify(this.ws, null, 2)}\n` });
  }

  private readonly onProposalClose = (): void => {
    this.proposing = false;
    this.proposal = undefined;
    this.renderRoot.querySelector<HTMLElement>('.propose-button')?.focus();
  };

  // --- Words -----------------------------------------------------------------------------

  private sectionTitle(section: LoopSection): string {
    switch (section) {
      case 'defensive':
        return msg('The defensive response');
      case 'single':
        return msg('Single loop: change the action');
      case 'double':
        return msg('Double loop: question the assumptions');
      case 'triple':
        return msg('Triple loop: question how we learn');
      case 'next-experiment':
        return msg('The next experiment');
    }
  }

  private stepTitle(step: WorksheetStep): string {
    if (step === 'subject') return msg('What are you reflecting on?');
    if (step === 'finish') return msg('Your worksheet');
    return this.sectionTitle(step);
  }

  private sectionIntro(section: LoopSection): string {
    switch (section) {
      case 'defensive':
        return msg('Start with the answer that would make the problem go away quickly: blame, reassurance, more training, a new form. Say what it protects, and what it misses.');
      case 'single':
        return msg('Keep the goals and rules as they are. Which action would you change?');
      case 'double':
        return msg('Look behind the action: the assumptions, rules, targets and values that made it seem right at the time. What would you change in them?');
      case 'triple':
        return msg('Look at how the partnership learns: who decides what counts as learning, and who is not in the room.');
      case 'next-experiment':
        return msg('One small change to try, and how you will know it worked.');
    }
  }

  private fieldLabel(section: LoopSection, field: string): string {
    switch (`${section}.${field}`) {
      case 'defensive.response':
        return msg('What would the defensive response be?');
      case 'defensive.protects':
        return msg('What, or whom, does it protect?');
      case 'defensive.misses':
        return msg('What does it miss?');
      case 'single.change':
        return msg('Which action would you change, and how?');
      case 'double.assumptions':
        return msg('Which assumptions, rules, targets or values made the action seem right?');
      case 'double.change':
        return msg('What would you change in them?');
      case 'triple.howWeLearn':
        return msg('How does our partnership learn, and decide what counts as learning?');
      case 'triple.whoIsMissing':
        return msg('Who is not in the room? Think of children and families, and other agencies.');
      case 'next-experiment.description':
        return msg('What will you try?');
      case 'next-experiment.measure':
        return msg('How will you know it worked?');
      default:
        return field;
    }
  }

  private strengthLabel(strength: InterventionStrength): string {
    return labelOf(INTERVENTION_STRENGTHS, strength, this.locale);
  }

  private get example(): LoopWorksheet | undefined {
    if (this.parsedExample?.locale !== this.locale) {
      const parsed = parseLoopWorksheet(LOOP_WORKED_EXAMPLE[this.locale]);
      this.parsedExample = { locale: this.locale, worksheet: parsed.ok ? parsed.worksheet : undefined };
    }
    return this.parsedExample.worksheet;
  }

  // --- Rendering -------------------------------------------------------------------------

  override render() {
    const title = this.ws.title || msg('Loop-learning worksheet');
    const busy = this.loaded.state === 'loading' || this.keeper.state === 'checking';
    return html`
      <section part="base" class="base ${this.showExample ? 'base--with-example' : ''}" lang=${this.locale} aria-label=${this.label || title} aria-busy=${busy ? 'true' : 'false'}>
        <div class="screen-only">${this.renderScreen(title)}</div>
        ${this.loaded.state === 'ready' ? this.renderPrint(title) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private renderScreen(title: string): TemplateResult {
    const loaded = this.loaded;
    if (loaded.state === 'loading') return html`<p class="message">${msg('Loading the worksheet…')}</p>`;
    if (loaded.state === 'invalid') {
      return html`<div class="message message--error" role="alert">
        <p><strong>${msg('This worksheet cannot be shown because it is not in the format the kit expects.')}</strong></p>
        <ul>${loaded.errors.slice(0, 10).map((e) => html`<li>${e.path ? html`<code>${e.path}</code>: ` : nothing}${e.message}</li>`)}</ul>
      </div>`;
    }
    if (this.keeper.state === 'checking') return html`<p class="message">${msg('Looking for work saved on this device…')}</p>`;
    return html`
      <header class="header">
        <h2 class="title">${title}</h2>
        <p class="subtitle">${this.modeText()}</p>
        ${this.restoredAt && this.ws.status !== 'complete' ? html`<p class="restored" role="note">${msg(str`We restored your worksheet from ${savedTime(this.restoredAt, this.locale)}. Carry on where you left off.`)}</p>` : nothing}
      </header>
      ${this.renderSteps()}
      <div class="layout">
        <div class="main">
          ${this.renderProblems()}
          ${this.failure ? html`<p class="failure error-message" role="alert" tabindex="-1">${this.failure}</p>` : nothing}
          ${this.renderStep()}
        </div>
        ${this.showExample ? this.renderExample() : nothing}
      </div>
      ${this.facilitator && this.ws.mode === 'group' ? this.renderSummary() : nothing}
      ${this.renderDraftStatus()}
      ${this.proposing ? this.renderProposal() : nothing}
    `;
  }

  private modeText(): string {
    if (this.ws.mode === 'individual') return msg('Individual reflection');
    return this.facilitator ? msg('Group reflection: facilitator’s view') : msg('Group reflection: your contributions');
  }

  private renderSteps(): TemplateResult {
    return html`<nav class="steps" part="steps" aria-label=${msg('Worksheet sections')}>
      <ol>
        ${STEPS.map((step, i) => {
          const current = step === this.step;
          const done = step !== 'subject' && step !== 'finish' && (this.isParticipant ? this.ws.contributions.some((c) => c.section === step && this.mine.includes(c.id)) : this.written(step));
          return html`<li>
            <button type="button" class="steps__button" aria-current=${current ? 'step' : 'false'} @click=${() => this.goTo(step)}>
              <span class="steps__number" aria-hidden="true">${i + 1}</span>
              <span class="steps__label">${this.stepTitle(step)}</span>
              ${done ? html`<span class="steps__state">${msg('(written)')}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private written(section: LoopSection): boolean {
    const values = this.ws[LOOP_SECTION_KEYS[section]] as Readonly<Record<string, string | undefined>>;
    return LOOP_SECTION_FIELDS[section].some((f) => !!values[f]);
  }

  private renderProblems(): TemplateResult | typeof nothing {
    if (!this.problems.length) return nothing;
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="${this.uid}-problems">
      <h3 id="${this.uid}-problems">${msg('There is a problem')}</h3>
      <ul>
        ${this.problems.map((p) => html`<li><a href="#${this.controlFor(p.path)}" @click=${(e: Event) => this.followProblem(e, p.path)}>${p.text[this.locale]}</a></li>`)}
      </ul>
    </div>`;
  }

  private controlFor(path: string): string {
    return `${this.uid}-${path.replace(/[^\w-]/g, '-')}`;
  }

  /** The section a problem's field is in, to go there when its link is followed. */
  private stepOf(path: string): WorksheetStep {
    if (path.startsWith('subject')) return 'subject';
    const section = LOOP_SECTIONS.find((s) => path.startsWith(`${LOOP_SECTION_KEYS[s]}.`));
    return section ?? 'finish';
  }

  private followProblem(event: Event, path: string): void {
    event.preventDefault();
    const step = this.stepOf(path);
    const keep = this.problems;
    if (step !== this.step) this.goTo(step);
    this.problems = keep;
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>(`#${this.controlFor(path)}`)?.focus();
  }

  private problemAt(path: string): ValidationError | undefined {
    return this.problems.find((p) => p.path === path);
  }

  private renderStep(): TemplateResult {
    const step = this.step;
    const heading = html`<h3 class="step-title" tabindex="-1">${this.stepTitle(step)}</h3>`;
    if (step === 'subject') return html`<div class="section" part="section">${heading}${this.renderSubject()}${this.renderNav()}</div>`;
    if (step === 'finish') return html`<div class="section" part="section">${heading}${this.renderFinish()}</div>`;
    return html`<div class="section" part="section">
      ${heading}
      <p class="intro">${this.sectionIntro(step)}</p>
      ${this.renderPrompts(step)}
      ${this.isParticipant ? nothing : this.renderFields(step)}
      ${this.ws.mode === 'group' ? this.renderContributions(step) : nothing}
      ${this.renderNav()}
    </div>`;
  }

  private renderExampleToggle(): TemplateResult {
    return html`<button type="button" class="button button--secondary example-toggle" aria-expanded=${this.showExample ? 'true' : 'false'} aria-controls="${this.uid}-example" @click=${() => {
      this.showExample = !this.showExample;
      if (this.showExample) this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.example h3')?.focus();
    }}>${this.showExample ? msg('Hide the worked example') : msg('Show a worked example alongside')}</button>`;
  }

  private renderSubject(): TemplateResult {
    const review = this.shown.review;
    const subject = this.ws.subject;
    const options = review ? worksheetSubjects(review) : [];
    const readOnly = this.isParticipant || this.ws.status === 'complete';
    const record = subjectRecord(review, subject);
    if (readOnly) {
      return html`<div class="subject-card">
        ${record ? html`<p><strong>${record.title}</strong></p><p>${record.summary}</p>` : subject.text ? html`<p class="prose">${subject.text}</p>` : html`<p>${msg('The facilitator has not chosen what the group is reflecting on yet.')}</p>`}
      </div>${this.renderExampleToggle()}`;
    }
    const kinds: Array<['finding' | 'pattern' | 'kpe', string]> = [
      ['finding', msg('A finding of the review')],
      ['pattern', msg('A pattern the review found')],
      ['kpe', msg('A key practice episode')],
    ];
    const problem = this.problemAt(subject.kind === 'scenario' ? 'subject.text' : 'subject.refId');
    return html`
      <fieldset class="field ${problem ? 'field--error' : ''}" aria-describedby=${problem ? `${this.uid}-subject-error` : nothing}>
        <legend>${msg('Choose something from the review, or describe a scenario')}</legend>
        ${problem ? html`<p class="error-message" id="${this.uid}-subject-error"><span class="visually-hidden">${msg('Error:')}</span> ${problem.text[this.locale]}</p>` : nothing}
        ${options.length
          ? kinds.map(([kind, label]) => {
              const ofKind = options.filter((o) => o.kind === kind);
              if (!ofKind.length) return nothing;
              const chosen = subject.kind === kind;
              return html`<div class="choice">
                <label class="check"><input type="radio" name="${this.uid}-kind" .checked=${live(chosen)} @change=${() => this.setSubject({ kind, refId: ofKind[0]!.id })} />${label}</label>
                ${chosen
                  ? html`<div class="conditional field">
                      <label for=${this.controlFor('subject.refId')}>${label}</label>
                      <select id=${this.controlFor('subject.refId')} @change=${(e: Event) => this.setSubject({ kind, refId: (e.target as HTMLSelectElement).value })}>
                        ${ofKind.map((o) => html`<option value=${o.id} ?selected=${o.id === subject.refId}>${excerpt(o.title, 120)}</option>`)}
                      </select>
                      ${record ? html`<p class="hint">${excerpt(record.summary, 400)}</p>` : nothing}
                    </div>`
                  : nothing}
              </div>`;
            })
          : nothing}
        <div class="choice">
          ${options.length
            ? html`<label class="check"><input type="radio" name="${this.uid}-kind" .checked=${live(subject.kind === 'scenario')} @change=${() => this.setSubject({ kind: 'scenario', ...(subject.text ? { text: subject.text } : {}) })} />${msg('A scenario in your own words')}</label>`
            : nothing}
          ${subject.kind === 'scenario'
            ? html`<div class="field ${options.length ? 'conditional' : ''}">
                <label for=${this.controlFor('subject.text')}>${msg('Describe the scenario')}</label>
                <p class="hint" id="${this.uid}-scenario-hint">${msg('Use pseudonyms such as “Child J”. Do not include names, addresses or dates of birth.')}</p>
                <textarea id=${this.controlFor('subject.text')} rows="5" maxlength="5000" aria-describedby="${this.uid}-scenario-hint" aria-invalid=${problem ? 'true' : 'false'} .value=${live(subject.text ?? '')} @input=${(e: Event) => {
                  const text = (e.target as HTMLTextAreaElement).value;
                  this.change({ ...this.ws, subject: { kind: 'scenario', ...(text.trim() ? { text } : {}) } }, 'subject');
                }}></textarea>
              </div>`
            : nothing}
        </div>
      </fieldset>
      <div class="field">
        <label for="${this.uid}-title">${msg('A short title for the worksheet (optional)')}</label>
        <input id="${this.uid}-title" maxlength="200" .value=${live(this.ws.title ?? '')} @input=${(e: Event) => {
          const title = (e.target as HTMLInputElement).value;
          this.change({ ...without(this.ws, 'title'), ...(title.trim() ? { title } : {}) }, 'title');
        }} />
      </div>
      ${this.renderExampleToggle()}
    `;
  }

  private renderPrompts(section: LoopSection): TemplateResult {
    const prompts = LOOP_PROMPTS[section];
    const shown = Math.min(this.promptsShown[section] ?? 1, prompts.length);
    return html`<div class="prompts" part="prompts">
      <h4 class="prompts__title" id="${this.uid}-prompts-${section}">${msg('Questions to help you')}</h4>
      <ul aria-labelledby="${this.uid}-prompts-${section}">
        ${prompts.slice(0, shown).map((p) => html`<li tabindex="-1"><span class="prompt">${p.text[this.locale]}</span> <span class="prompt__source">${PROMPT_SOURCES[p.source][this.locale]}</span></li>`)}
      </ul>
      <div class="form-actions">
        ${shown < prompts.length
          ? html`<button type="button" class="button button--secondary" @click=${() => this.morePrompts(section)}>${msg(str`Show another question (${shown + 1} of ${prompts.length})`)}</button>`
          : nothing}
        ${this.renderExampleToggle()}
      </div>
    </div>`;
  }

  private renderFields(section: LoopSection): TemplateResult {
    const values = this.ws[LOOP_SECTION_KEYS[section]] as Readonly<Record<string, string | undefined>>;
    const readOnly = this.ws.status === 'complete';
    return html`${LOOP_SECTION_FIELDS[section].map((field) => {
      const path = fieldPath(section, field);
      const id = this.controlFor(path);
      const problem = this.problemAt(path);
      return html`<div class="field ${problem ? 'field--error' : ''}">
        <label for=${id}>${this.fieldLabel(section, field)}</label>
        ${problem ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${problem.text[this.locale]}</p>` : nothing}
        <textarea id=${id} rows="5" maxlength="5000" ?readonly=${readOnly} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? `${id}-error` : nothing} .value=${live(values[field] ?? '')} @input=${(e: Event) => this.setField(section, field, (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>`;
    })}
    ${section === 'next-experiment'
      ? html`<div class="field">
          <label for="${this.uid}-review-on">${msg('When will you look again? (optional)')}</label>
          <input id="${this.uid}-review-on" type="date" ?readonly=${readOnly} .value=${live(this.ws.nextExperiment.reviewOn ?? '')} @change=${(e: Event) => this.setReviewOn((e.target as HTMLInputElement).value)} />
        </div>`
      : nothing}`;
  }

  private renderContributions(section: LoopSection): TemplateResult {
    const all = this.ws.contributions.filter((c) => c.section === section);
    const listed = this.facilitator ? all : all.filter((c) => this.mine.includes(c.id));
    const names = this.namesShown;
    return html`<div class="contributions">
      <h4>${this.facilitator ? msg(str`The group’s contributions (${listed.length})`) : msg('Your contributions')}</h4>
      ${listed.length
        ? html`<ul class="contributions__list">
            ${listed.map((c) => html`<li><span class="prose">${c.text}</span>${names && c.author ? html` <span class="contributions__author">— ${c.author}</span>` : nothing}</li>`)}
          </ul>`
        : html`<p class="hint">${this.facilitator ? msg('No contributions to this section yet.') : msg('You have not added anything to this section yet.')}</p>`}
      ${this.ws.status === 'complete'
        ? nothing
        : html`<form class="contribute" @submit=${(e: SubmitEvent) => void this.addContribution(e, section)}>
            <div class="field">
              <label for="${this.uid}-contribute-${section}">${msg('Add a contribution')}</label>
              <p class="hint" id="${this.uid}-contribute-hint-${section}">${this.ws.showAuthors ? msg('The group has chosen to show names. Adding yours is optional.') : msg('Contributions are anonymous: no name is kept with them.')}</p>
              <textarea id="${this.uid}-contribute-${section}" name="text" rows="3" maxlength="5000" aria-describedby="${this.uid}-contribute-hint-${section}"></textarea>
            </div>
            ${this.ws.showAuthors
              ? html`<div class="field">
                  <label for="${this.uid}-author-${section}">${msg('Your name (optional)')}</label>
                  <input id="${this.uid}-author-${section}" name="author" maxlength="200" autocomplete="name" />
                </div>`
              : nothing}
            <div class="form-actions"><button type="submit" class="button button--secondary" ?disabled=${this.busy}>${msg('Add contribution')}</button></div>
          </form>`}
    </div>`;
  }

  private renderNav(): TemplateResult {
    const at = STEPS.indexOf(this.step);
    return html`<div class="form-actions nav">
      ${at > 0 ? html`<button type="button" class="button button--secondary" @click=${() => this.back()}>${msg('Back')}</button>` : nothing}
      <button type="button" class="button" @click=${() => this.next()}>${this.step === 'next-experiment' ? msg('Review the worksheet') : msg('Continue')}</button>
    </div>`;
  }

  private renderFinish(): TemplateResult {
    const complete = this.ws.status === 'complete';
    const review = this.shown.review;
    const record = subjectRecord(review, this.ws.subject);
    const loops = answeredLoops(this.ws);
    return html`
      ${complete ? html`<p class="done" role="note"><strong>${msg('This worksheet is complete.')}</strong></p>` : nothing}
      <dl class="about">
        <dt>${msg('About')}</dt>
        <dd>${record ? record.title : this.ws.subject.text ? excerpt(this.ws.subject.text, 300) : msg('Not chosen yet')}</dd>
        <dt>${msg('Kinds of learning reached')}</dt>
        <dd>${loops.length ? loops.map((l) => this.sectionTitle(l)).join('; ') : msg('None yet')}</dd>
      </dl>
      ${loops.length && loops.every((l) => isShallowLoop(l)) ? html`<p class="nudge" role="note">${msg('So far this worksheet stays with the defensive response and changing the action. Before you finish, you could ask: what made the action seem right at the time?')}</p>` : nothing}
      ${this.isParticipant
        ? html`<p>${msg('Thank you. The facilitator will bring the group’s contributions together and finish the worksheet.')}</p>`
        : html`${LOOP_SECTIONS.map((section) => {
            const values = this.ws[LOOP_SECTION_KEYS[section]] as Readonly<Record<string, string | undefined>>;
            return html`<section class="finish-section" aria-labelledby="${this.uid}-finish-${section}">
              <h4 id="${this.uid}-finish-${section}">${this.sectionTitle(section)}</h4>
              <dl>
                ${LOOP_SECTION_FIELDS[section].map((field) => html`<dt>${this.fieldLabel(section, field)}</dt><dd class="prose">${values[field] || html`<span class="hint">${msg('Not answered')}</span>`}</dd>`)}
              </dl>
              ${!complete ? html`<button type="button" class="link-button" @click=${() => this.goTo(section)}>${msg(str`Change ${this.sectionTitle(section)}`)}</button>` : nothing}
            </section>`;
          })}`}
      <div class="form-actions">
        ${!complete ? html`<button type="button" class="button button--secondary" @click=${() => this.back()}>${msg('Back')}</button>` : nothing}
        ${!complete && !this.isParticipant ? html`<button type="button" class="button" ?disabled=${this.busy} @click=${() => void this.complete()}>${msg('Mark the worksheet complete')}</button>` : nothing}
        ${this.canPropose ? html`<button type="button" class="button propose-button" @click=${() => this.openProposal()}>${msg('Propose an action for the plan')}</button>` : nothing}
        <button type="button" class="button button--secondary" @click=${() => void this.print()}>${msg('Print the worksheet')}</button>
        <button type="button" class="button button--secondary" @click=${() => void this.print({ blank: true })}>${msg('Print a blank worksheet')}</button>
        ${complete && !this.isParticipant ? html`<button type="button" class="button button--secondary" @click=${() => this.reopen()}>${msg('Change the worksheet')}</button>` : nothing}
      </div>
      ${this.proposed.length
        ? html`<div class="proposed" role="note">
            <h4>${msg('Actions proposed from this worksheet')}</h4>
            <ul>${this.proposed.map((a) => html`<li>${a.title} (${this.strengthLabel(a.interventionStrength ?? 'weaker')})</li>`)}</ul>
          </div>`
        : nothing}
    `;
  }

  private renderExample(): TemplateResult {
    const example = this.example;
    const step = this.step;
    const sections = step === 'subject' ? [] : step === 'finish' ? LOOP_SECTIONS : [step];
    return html`<aside class="example" part="example" id="${this.uid}-example" aria-labelledby="${this.uid}-example-title">
      <h3 id="${this.uid}-example-title" tabindex="-1">${msg('Worked example')}</h3>
      ${example
        ? html`<p class="example__title"><strong>${example.title}</strong></p>
            ${step === 'subject' || step === 'finish' ? html`<p class="prose">${example.subject.text}</p>` : nothing}
            ${sections.map((section) => {
              const values = example[LOOP_SECTION_KEYS[section]] as Readonly<Record<string, string | undefined>>;
              return html`<h4>${this.sectionTitle(section)}</h4>
                <dl>${LOOP_SECTION_FIELDS[section].map((field) => (values[field] ? html`<dt>${this.fieldLabel(section, field)}</dt><dd class="prose">${values[field]}</dd>` : nothing))}</dl>`;
            })}`
        : nothing}
    </aside>`;
  }

  private renderSummary(): TemplateResult {
    const summary = summariseContributions(this.ws);
    const most = Math.max(1, ...Object.values(summary.counts));
    return html`<section class="summary" part="summary" aria-labelledby="${this.uid}-summary">
      <h3 id="${this.uid}-summary">${msg('Contributions so far')}</h3>
      <table class="summary__table">
        <caption class="visually-hidden">${msg('Contributions at each kind of learning')}</caption>
        <thead><tr><th scope="col">${msg('Section')}</th><th scope="col">${msg('Contributions')}</th></tr></thead>
        <tbody>
          ${LOOP_SECTIONS.map((section) => html`<tr>
            <th scope="row">${this.sectionTitle(section)}</th>
            <td><span class="summary__count">${summary.counts[section]}</span><svg class="summary__bar" aria-hidden="true" viewBox="0 0 100 8" preserveAspectRatio="none" width="100" height="8"><rect width=${(summary.counts[section] / most) * 100} height="8"></rect></svg></td>
          </tr>`)}
        </tbody>
      </table>
      ${summary.mostlyShallow
        ? html`<p class="nudge" role="note">${msg(str`Most ideas so far (${summary.shallow} of ${summary.atLevels}) stay with the defensive response or changing the action. That is a normal place to start. You could ask the group: what made the action seem right at the time, and which rule or target would have to change?`)}</p>`
        : nothing}
      ${this.ws.status === 'complete'
        ? nothing
        : html`<label class="check names"><input type="checkbox" .checked=${live(this.ws.showAuthors)} @change=${(e: Event) => void this.setShowAuthors((e.target as HTMLInputElement).checked)} />${msg('The group has agreed to show names with contributions')}</label>
            <p class="hint">${msg('Off by default. Turning it off again removes the names already given.')}</p>`}
    </section>`;
  }

  private renderDraftStatus(): TemplateResult {
    const complete = this.ws.status === 'complete';
    const hasWork = !this.isParticipant && !complete && (LOOP_SECTIONS.some((s) => this.written(s)) || !!this.ws.subject.text);
    const idle = !complete
      ? msg('Your worksheet will be saved on this device as you type.')
      : this.store
        ? msg('This worksheet is saved with the review.')
        : html`${msg('Print the worksheet or download a copy to keep it.')}
            <button type="button" class="link-button" @click=${() => this.downloadWorksheet()}>${msg('Download the worksheet')}</button>`;
    return draftPanel({
      id: this.uid,
      keeper: this.keeper,
      locale: this.locale,
      idle,
      unavailable: msg('This browser cannot save your worksheet as you go.'),
      download: msg('Download a copy of your worksheet'),
      onDownload: () => this.keeper.download(this.renderRoot as ShadowRoot, `worksheet-${this.ws.id}.json`, { worksheet: this.ws, step: this.step }),
      ...(hasWork || this.confirmingClear
        ? {
            clear: {
              confirming: this.confirmingClear,
              label: msg('Clear my worksheet'),
              question: msg('Clear everything you have written? It will be removed from this device and cannot be brought back.'),
              yes: msg('Yes, clear my worksheet'),
              keep: msg('Keep my worksheet'),
              onAsk: () => this.askToClear(true),
              onClear: () => void this.clearWorksheet(),
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

  private renderProposal(): TemplateResult | typeof nothing {
    const review = this.shown.review;
    const proposal = this.proposal;
    if (!review || !proposal) return nothing;
    const loops = answeredLoops(this.ws);
    const related = recommendationsForSubject(review, this.ws.subject);
    const recommendations = related.length ? related : review.recommendations;
    const idea = actionFromWorksheet(this.ws, { id: 'preview', loop: proposal.loop, recommendationId: '', agencyId: '', leadRole: '', dueDate: this.day });
    const error = (field: string) => proposal.errors.find((e) => e.path === field || e.path.startsWith(`${field}.`));
    const described = (field: string) => (error(field) ? `${this.uid}-p-${field}-error` : nothing);
    const errorLine = (field: string) => {
      const e = error(field);
      return e ? html`<p class="error-message" id="${this.uid}-p-${field}-error"><span class="visually-hidden">${msg('Error:')}</span> ${e.text[this.locale]}</p>` : nothing;
    };
    const firstRecommendation = recommendations[0];
    return html`<dialog class="propose-dialog" aria-labelledby="${this.uid}-propose-title" @close=${this.onProposalClose}>
      <form novalidate @submit=${(e: SubmitEvent) => void this.submitProposal(e, review)}>
        <h2 id="${this.uid}-propose-title" tabindex="-1">${msg('Propose an action for the plan')}</h2>
        <p>${msg('The action is added to the plan as a draft, linked to the recommendation you choose and to what this worksheet was about. Check every field: they are only suggestions.')}</p>
        ${proposal.errors.length
          ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="${this.uid}-propose-problems">
              <h3 id="${this.uid}-propose-problems">${msg('There is a problem')}</h3>
              <ul>${proposal.errors.map((e) => html`<li>${e.text[this.locale]}</li>`)}</ul>
            </div>`
          : nothing}
        ${proposal.failed ? html`<p class="failure error-message" role="alert" tabindex="-1">${msg('The action could not be saved in this browser. Try again; if it keeps happening, tell the person who looks after this page.')}</p>` : nothing}
        <fieldset class="field">
          <legend>${msg('Which idea does the action come from?')}</legend>
          ${(loops.length ? loops : LOOP_LEVEL_ORDER).map((loop) => html`<label class="check"><input type="radio" name="loop" value=${loop} .checked=${live(loop === proposal.loop)} @change=${() => (this.proposal = { ...proposal, loop, strength: LOOP_STRENGTH[loop] })} />${this.sectionTitle(loop)}</label>`)}
        </fieldset>
        ${isShallowLoop(proposal.loop)
          ? html`<p class="nudge" role="note">${msg('Ideas from a defensive response or single-loop learning usually rely on people remembering, so they tend to be weaker. Consider proposing the double- or triple-loop idea as well.')}</p>`
          : nothing}
        <div class="field">
          <label for="${this.uid}-p-title">${msg('Action')}</label>
          ${errorLine('title')}
          <input id="${this.uid}-p-title" name="title" maxlength="200" aria-describedby=${described('title')} .value=${live(idea.title)} />
        </div>
        <div class="field">
          <label for="${this.uid}-p-description">${msg('Description')}</label>
          <textarea id="${this.uid}-p-description" name="description" rows="4" maxlength="5000" .value=${live(idea.description ?? '')}></textarea>
        </div>
        <fieldset class="field">
          <legend>${msg('Intervention strength')}</legend>
          <p class="hint">${msg(str`Suggested by the kind of learning: ${this.strengthLabel(LOOP_STRENGTH[proposal.loop])}.`)}</p>
          ${INTERVENTION_STRENGTHS.codes.map((code) => html`<label class="check"><input type="radio" name="strength" value=${code} .checked=${live(code === proposal.strength)} @change=${() => (this.proposal = { ...proposal, strength: code })} />${this.strengthLabel(code)}</label>`)}
        </fieldset>
        <div class="field">
          <label for="${this.uid}-p-recommendationId">${msg('Recommendation it answers')}</label>
          ${related.length ? nothing : html`<p class="hint">${msg('No recommendation is linked to what this worksheet is about, so every recommendation is listed.')}</p>`}
          ${errorLine('recommendationId')}
          <select id="${this.uid}-p-recommendationId" name="recommendationId" aria-describedby=${described('recommendationId')}>
            ${recommendations.map((r) => html`<option value=${r.id} ?selected=${r === firstRecommendation}>${excerpt(r.text, 110)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="${this.uid}-p-agencyId">${msg('Agency responsible')}</label>
          ${errorLine('agencyId')}
          <select id="${this.uid}-p-agencyId" name="agencyId" aria-describedby=${described('agencyId')}>
            <option value="">${msg('Choose an agency')}</option>
            ${review.agencies.map((a) => html`<option value=${a.id}>${a.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="${this.uid}-p-leadRole">${msg('Lead officer’s role')}</label>
          ${errorLine('leadOfficer')}
          <input id="${this.uid}-p-leadRole" name="leadRole" maxlength="200" aria-describedby=${described('leadOfficer')} />
        </div>
        <div class="field">
          <label for="${this.uid}-p-dueDate">${msg('Due date')}</label>
          ${errorLine('dueDate')}
          <input id="${this.uid}-p-dueDate" name="dueDate" type="date" aria-describedby=${described('dueDate')} .value=${live(proposedDueDate(this.ws, this.day))} />
        </div>
        <div class="form-actions">
          <button type="submit" class="button">${msg('Add to the action plan')}</button>
          <button type="button" class="button button--secondary" @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close()}>${msg('Cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** The one-page print: the completed worksheet, or a blank one with the prompts. */
  private renderPrint(title: string): TemplateResult {
    const blank = this.printBlank;
    const review = this.shown.review;
    const record = subjectRecord(review, this.ws.subject);
    const subject = blank ? '' : record ? record.title : (this.ws.subject.text ?? '');
    const summary = summariseContributions(this.ws);
    return html`<div class="print-only print-sheet ${blank ? 'print-sheet--blank' : ''}">
      <h2 class="print-title">${blank ? msg('Loop-learning worksheet') : title}</h2>
      <p class="print-about"><strong>${msg('About')}:</strong> ${subject}</p>
      <div class="print-grid">
        ${LOOP_SECTIONS.map((section) => {
          const values = this.ws[LOOP_SECTION_KEYS[section]] as Readonly<Record<string, string | undefined>>;
          return html`<section class="print-box print-box--${section}">
            <h3>${this.sectionTitle(section)}</h3>
            ${LOOP_SECTION_FIELDS[section].map((field) => html`<p class="print-field"><strong>${this.fieldLabel(section, field)}</strong>${blank ? nothing : html` ${values[field] ?? ''}`}</p>${blank ? html`<div class="print-lines"></div>` : nothing}`)}
            ${blank ? html`<p class="print-prompt">${LOOP_PROMPTS[section][0]!.text[this.locale]}</p>` : nothing}
          </section>`;
        })}
      </div>
      ${!blank && this.ws.mode === 'group' && this.facilitator
        ? html`<p class="print-counts">${msg('Contributions')}: ${LOOP_SECTIONS.map((s) => `${this.sectionTitle(s)} ${summary.counts[s]}`).join(' · ')}</p>`
        : nothing}
      ${!blank && this.ws.nextExperiment.reviewOn ? html`<p class="print-counts">${msg('Look again on')}: ${this.ws.nextExperiment.reviewOn}</p>` : nothing}
    </div>`;
  }
}
