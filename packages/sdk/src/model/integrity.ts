/**
 * Checks that need the whole document: every reference points at something that exists,
 * ids are unique, dates are in order, and statuses are backed by what they claim
 * (an evidenced action has accepted evidence). Each error carries the path of the field to
 * fix. Runs only on documents that already match their schema.
 */
import type { Locale } from '../locale.js';
import { draft, type LocalisedText } from '../localised-text.js';
import { fromIsoDate, isIsoDate, type IsoDate } from '../time/calendar-date.js';
import { possibleDays } from '../time/edtf.js';
import { CLOCK_MILESTONES } from '../time/clocks.js';
import { formatCount, message, validationError, type ValidationError } from './messages.js';
import {
  ENTITY_COLLECTIONS,
  ENTITY_SCHEMAS,
  feedbackFormSchema,
  reviewSchema,
  type EntityCollection,
  type EntityOf,
  type FeedbackForm,
  type FeedbackResponse,
  type Question,
  type Review,
} from './schemas.js';
import { locate } from './issues.js';

type Path = (string | number)[];

const ENTITY = {
  subject: draft('a person', 'person'),
  agency: draft('an agency', 'asiantaeth'),
  entry: draft('a chronology entry', 'cofnod cronoleg'),
  kpe: draft('a key practice episode', 'cyfnod ymarfer allweddol'),
  factor: draft('a contributory factor', 'ffactor cyfrannol'),
  pattern: draft('a pattern', 'patrwm'),
  finding: draft('a finding', 'canfyddiad'),
  question: draft('a review question', 'cwestiwn adolygu'),
  recommendation: draft('a recommendation', 'argymhelliad'),
  action: draft('an action', 'cam gweithredu'),
  milestone: draft('a milestone', 'carreg filltir'),
  evidence: draft('an evidence item', 'eitem o dystiolaeth'),
  event: draft('a learning event', 'digwyddiad dysgu'),
  formQuestion: draft('a question on the form', 'cwestiwn ar y ffurflen'),
  section: draft('a section', 'adran'),
} satisfies Record<string, LocalisedText>;

const FIELD = {
  agencyId: draft('the agency', 'yr asiantaeth'),
  subjectId: draft('the person', 'y person'),
  kpeId: draft('the key practice episode', 'y cyfnod ymarfer allweddol'),
  entryId: draft('the chronology entry', 'y cofnod cronoleg'),
  factorId: draft('the contributory factor', 'y ffactor cyfrannol'),
  patternId: draft('the pattern', 'y patrwm'),
  findingId: draft('the finding', 'y canfyddiad'),
  questionId: draft('the review question', 'cwestiwn yr adolygiad'),
  recommendationId: draft('the recommendation', 'yr argymhelliad'),
  actionId: draft('the action', 'y cam gweithredu'),
} satisfies Record<string, LocalisedText>;

/** Where an action proposed from a worksheet points back to, by what the worksheet was about. */
const ORIGIN_TARGETS = {
  finding: { collection: 'findings', field: FIELD.findingId, entity: ENTITY.finding },
  pattern: { collection: 'patterns', field: FIELD.patternId, entity: ENTITY.pattern },
  kpe: { collection: 'keyPracticeEpisodes', field: FIELD.kpeId, entity: ENTITY.kpe },
} as const satisfies Record<string, { collection: EntityCollection; field: LocalisedText; entity: LocalisedText }>;

/** Custom messages for the domain rules. */
const RULES = {
  kpeWindow: draft('The end of the episode must not be before its start', 'Ni ddylai diwedd y cyfnod fod cyn ei ddechrau'),
  milestoneOrder: draft('The date of “{later}” must not be before the date of “{earlier}”', 'Ni ddylai dyddiad “{later}” fod cyn dyddiad “{earlier}”'),
  completedBeforeAgreed: draft('The date the action was completed must not be before the date it was agreed', 'Ni ddylai’r dyddiad y cwblhawyd y cam gweithredu fod cyn y dyddiad y cytunwyd arno'),
  rationale: draft('Give the reason the action was {status}', 'Rhowch y rheswm pam y cafodd y cam gweithredu ei {status}'),
  completedOn: draft('Enter the date the action was completed: its status says it is complete', 'Rhowch y dyddiad y cwblhawyd y cam gweithredu: mae ei statws yn dweud ei fod wedi’i gwblhau'),
  acceptedEvidence: draft('Add an accepted evidence item: an evidenced action needs at least one', 'Ychwanegwch eitem o dystiolaeth a dderbyniwyd: mae angen o leiaf un ar gam gweithredu â thystiolaeth'),
  impactReview: draft('Record an impact review: the action’s status says its impact has been reviewed', 'Cofnodwch adolygiad effaith: mae statws y cam gweithredu’n dweud bod ei effaith wedi’i hadolygu'),
  signOff: draft('Record the assurance sign-off before closing the action', 'Cofnodwch y gymeradwyaeth sicrwydd cyn cau’r cam gweithredu'),
  reviewRating: draft('Select what the impact review found', 'Dewiswch beth a ganfu’r adolygiad effaith'),
  showIfOrder: draft('A question can only depend on a question before it', 'Dim ond ar gwestiwn cyn hynny y gall cwestiwn ddibynnu'),
  ratingRange: draft('The highest rating must be more than the lowest', 'Rhaid i’r sgôr uchaf fod yn fwy na’r isaf'),
  formMismatch: draft('This response is for a different form', 'Mae’r ymateb hwn ar gyfer ffurflen wahanol'),
  unknownQuestion: draft('Remove the answer to a question that is not on the form', 'Tynnwch yr ateb i gwestiwn nad yw ar y ffurflen'),
  answerRequired: draft('Answer “{question}”', 'Atebwch “{question}”'),
  answerChoice: draft('Select one of the options for “{question}”', 'Dewiswch un o’r opsiynau ar gyfer “{question}”'),
  answerChoices: draft('Select options from the list for “{question}”', 'Dewiswch opsiynau o’r rhestr ar gyfer “{question}”'),
  answerTooMany: draft('Select {max} options or fewer for “{question}”', 'Dewiswch {max} opsiwn neu lai ar gyfer “{question}”'),
  answerRating: draft('Select a rating from {min} to {max} for “{question}”', 'Dewiswch sgôr o {min} i {max} ar gyfer “{question}”'),
  answerTooLong: draft('The answer to “{question}” must be {max} characters or fewer', 'Rhaid i’r ateb i “{question}” fod yn {max} nod neu lai'),
  answerYesNo: draft('Select yes or no for “{question}”', 'Dewiswch ie neu na ar gyfer “{question}”'),
  answerDate: draft('Enter a real date for “{question}”', 'Rhowch ddyddiad go iawn ar gyfer “{question}”'),
  answerText: draft('Enter text for “{question}”', 'Rhowch destun ar gyfer “{question}”'),
} satisfies Record<string, LocalisedText>;

function fill(text: LocalisedText, params: Record<string, string | number | LocalisedText>): LocalisedText {
  const apply = (locale: 'en-GB' | 'cy') =>
    text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[locale] : typeof value === 'number' ? formatCount(value, locale) : value;
    });
  return { 'en-GB': apply('en-GB'), cy: apply('cy'), welsh: 'draft' };
}

class Collector {
  readonly errors: ValidationError[] = [];
  constructor(
    private readonly locale: Locale,
    private readonly root?: unknown,
    private readonly document?: unknown,
  ) {}

  /** The schema's label for the field at `path`, so messages use the same words as forms. */
  private labelAt(path: Path): LocalisedText | undefined {
    return this.root ? locate(this.root as Parameters<typeof locate>[0], path, this.document).field?.label : undefined;
  }

  add(path: Path, code: ValidationError['code'], text: LocalisedText): void {
    this.errors.push(validationError(path, code, text, this.locale));
  }
  /** Every id in `items` unique; returns the set of ids. */
  ids(items: ReadonlyArray<{ id: string }>, path: Path, entity: LocalisedText): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) this.add([...path, i, 'id'], 'duplicate-id', message('duplicate-id', { entity }));
      seen.add(item.id);
    });
    return seen;
  }
  ref(id: string | undefined, known: (id: string) => boolean, path: Path, field: LocalisedText, target: LocalisedText): void {
    if (id === undefined || known(id)) return;
    this.add(path, 'unknown-reference', message('unknown-reference', { label: this.labelAt(path) ?? field, target }));
  }
  refs(ids: readonly string[], known: (id: string) => boolean, path: Path, field: LocalisedText, target: LocalisedText): void {
    ids.forEach((id, i) => {
      if (known(id)) return;
      this.add([...path, i], 'unknown-reference', message('unknown-references', { label: this.labelAt(path) ?? field, target }));
    });
  }
}

const MILESTONE_ORDER: ReadonlyArray<[string, string]> = [
  ['local-authority-aware', 'notification-sent'],
  ['notification-sent', 'rapid-review-sent'],
  ['rapid-review-sent', 'review-decision'],
  ['review-decision', 'published'],
];

const COMPLETE = new Set(['completed', 'evidenced', 'impact-reviewed', 'closed']);
const EVIDENCED = new Set(['evidenced', 'impact-reviewed', 'closed']);
const IMPACT_REVIEWED = new Set(['impact-reviewed', 'closed']);

const day = (date: IsoDate) => fromIsoDate(date);

/** Whether a record with this id exists in a collection of the same review. */
export type ExistsIn = (collection: EntityCollection, id: string) => boolean;

/**
 * The checks on one entity: its references point at records that exist, and its own rules
 * hold (an evidenced action has accepted evidence…). `at` is the entity's path.
 */
function checkEntity<C extends EntityCollection>(c: Collector, collection: C, entity: EntityOf<C>, at: Path, exists: ExistsIn): void {
  const has = (target: EntityCollection) => (id: string) => exists(target, id);
  switch (collection) {
    case 'chronology': {
      const entry = entity as EntityOf<'chronology'>;
      c.ref(entry.agencyId, has('agencies'), [...at, 'agencyId'], FIELD.agencyId, ENTITY.agency);
      c.refs(entry.subjectIds, has('subjects'), [...at, 'subjectIds'], FIELD.subjectId, ENTITY.subject);
      c.refs(entry.kpeIds, has('keyPracticeEpisodes'), [...at, 'kpeIds'], FIELD.kpeId, ENTITY.kpe);
      break;
    }
    case 'keyPracticeEpisodes': {
      const kpe = entity as EntityOf<'keyPracticeEpisodes'>;
      c.refs(kpe.agencyIds, has('agencies'), [...at, 'agencyIds'], FIELD.agencyId, ENTITY.agency);
      // Partial dates: the end is wrong only if it certainly falls before the start could.
      if (possibleDays(kpe.window.end).latest < possibleDays(kpe.window.start).earliest) {
        c.add([...at, 'window', 'end'], 'date-order', RULES.kpeWindow);
      }
      break;
    }
    case 'contributoryFactors': {
      const factor = entity as EntityOf<'contributoryFactors'>;
      c.refs(factor.kpeIds, has('keyPracticeEpisodes'), [...at, 'kpeIds'], FIELD.kpeId, ENTITY.kpe);
      factor.evidence.forEach((evidence, j) => c.ref(evidence.entryId, has('chronology'), [...at, 'evidence', j, 'entryId'], FIELD.entryId, ENTITY.entry));
      break;
    }
    case 'patterns':
      c.refs((entity as EntityOf<'patterns'>).factorIds, has('contributoryFactors'), [...at, 'factorIds'], FIELD.factorId, ENTITY.factor);
      break;
    case 'findings': {
      const finding = entity as EntityOf<'findings'>;
      c.refs(finding.patternIds, has('patterns'), [...at, 'patternIds'], FIELD.patternId, ENTITY.pattern);
      c.refs(finding.questionIds, has('questions'), [...at, 'questionIds'], FIELD.questionId, ENTITY.question);
      break;
    }
    case 'recommendations': {
      const recommendation = entity as EntityOf<'recommendations'>;
      c.refs(recommendation.findingIds, has('findings'), [...at, 'findingIds'], FIELD.findingId, ENTITY.finding);
      c.refs(recommendation.addresseeAgencyIds, has('agencies'), [...at, 'addresseeAgencyIds'], FIELD.agencyId, ENTITY.agency);
      break;
    }
    case 'actions': {
      const action = entity as EntityOf<'actions'>;
      const p = (...rest: Path): Path => [...at, ...rest];
      c.ref(action.recommendationId, has('recommendations'), p('recommendationId'), FIELD.recommendationId, ENTITY.recommendation);
      c.ref(action.agencyId, has('agencies'), p('agencyId'), FIELD.agencyId, ENTITY.agency);
      const origin = action.origin;
      if (origin?.subjectId && origin.subjectKind !== 'scenario') {
        const target = ORIGIN_TARGETS[origin.subjectKind];
        c.ref(origin.subjectId, has(target.collection), p('origin', 'subjectId'), target.field, target.entity);
      }
      c.ids(action.milestones, p('milestones'), ENTITY.milestone);
      c.ids(action.evidence, p('evidence'), ENTITY.evidence);
      if (action.agreedOn && action.completedOn && day(action.completedOn) < day(action.agreedOn)) {
        c.add(p('completedOn'), 'date-order', RULES.completedBeforeAgreed);
      }
      if ((action.status === 'superseded' || action.status === 'cancelled') && !action.statusRationale) {
        const status = action.status === 'superseded' ? draft('superseded', 'ddisodli') : draft('cancelled', 'ganslo');
        c.add(p('statusRationale'), 'status-rule', fill(RULES.rationale, { status }));
      }
      if (COMPLETE.has(action.status) && !action.completedOn) c.add(p('completedOn'), 'status-rule', RULES.completedOn);
      if (EVIDENCED.has(action.status) && !action.evidence.some((e) => e.assessment === 'accepted')) {
        c.add(p('evidence'), 'status-rule', RULES.acceptedEvidence);
      }
      if (IMPACT_REVIEWED.has(action.status) && !action.reviewPoints.some((point) => point.reviewedOn)) {
        c.add(p('reviewPoints'), 'status-rule', RULES.impactReview);
      }
      if (action.status === 'closed' && !action.signOff) c.add(p('signOff'), 'status-rule', RULES.signOff);
      action.reviewPoints.forEach((point, j) => {
        if (point.reviewedOn && !point.rating) c.add(p('reviewPoints', j, 'rating'), 'status-rule', RULES.reviewRating);
      });
      break;
    }
    case 'learningEvents': {
      const event = entity as EntityOf<'learningEvents'>;
      c.refs(event.agencyIds, has('agencies'), [...at, 'agencyIds'], FIELD.agencyId, ENTITY.agency);
      event.raised.forEach((point, j) => c.refs(point.actionIds, has('actions'), [...at, 'raised', j, 'actionIds'], FIELD.actionId, ENTITY.action));
      break;
    }
    default:
      break;
  }
}

const COLLECTION_ENTITY: Record<EntityCollection, LocalisedText> = {
  subjects: ENTITY.subject,
  agencies: ENTITY.agency,
  questions: ENTITY.question,
  chronology: ENTITY.entry,
  keyPracticeEpisodes: ENTITY.kpe,
  contributoryFactors: ENTITY.factor,
  patterns: ENTITY.pattern,
  findings: ENTITY.finding,
  recommendations: ENTITY.recommendation,
  actions: ENTITY.action,
  learningEvents: ENTITY.event,
};

/**
 * Checks one entity on its own (for storage, which writes entities one at a time): its
 * references and its own rules. Paths are relative to the entity.
 */
export function checkEntityIntegrity<C extends EntityCollection>(collection: C, entity: EntityOf<C>, exists: ExistsIn, locale: Locale): ValidationError[] {
  const c = new Collector(locale, ENTITY_SCHEMAS[collection], entity);
  checkEntity(c, collection, entity, [], exists);
  return c.errors;
}

/** Cross-references and domain rules of a review that matches its schema. */
export function checkReviewIntegrity(review: Review, locale: Locale): ValidationError[] {
  const c = new Collector(locale, reviewSchema, review);
  const ids = Object.fromEntries(
    ENTITY_COLLECTIONS.map((collection) => [collection, c.ids(review[collection], [collection], COLLECTION_ENTITY[collection])]),
  ) as Record<EntityCollection, Set<string>>;
  const exists: ExistsIn = (collection, id) => ids[collection].has(id);
  for (const collection of ENTITY_COLLECTIONS) {
    (review[collection] as ReadonlyArray<EntityOf<typeof collection>>).forEach((entity, i) => checkEntity(c, collection, entity, [collection, i], exists));
  }
  for (const [earlier, later] of MILESTONE_ORDER) {
    const a = review.milestones[earlier];
    const b = review.milestones[later];
    if (a && b && day(b) < day(a)) {
      const name = (key: string): LocalisedText => CLOCK_MILESTONES[key as keyof typeof CLOCK_MILESTONES] ?? draft(key, key);
      c.add(['milestones', later], 'date-order', fill(RULES.milestoneOrder, { later: name(later), earlier: name(earlier) }));
    }
  }
  return c.errors;
}

/**
 * The references that point at an entity, for checking before it is deleted: deleting an
 * agency that chronology entries come from would leave the review unreadable.
 */
export function referencesTo(review: Pick<Review, EntityCollection>, collection: EntityCollection, id: string): Array<{ collection: EntityCollection; id: string }> {
  const found: Array<{ collection: EntityCollection; id: string }> = [];
  for (const source of ENTITY_COLLECTIONS) {
    for (const entity of review[source] as ReadonlyArray<EntityOf<typeof source>>) {
      const points = checkEntityIntegrity(source, entity, (c, target) => !(c === collection && target === id), 'en-GB').some((e) => e.code === 'unknown-reference');
      if (points) found.push({ collection: source, id: entity.id });
    }
  }
  return found;
}

/** Every question of a form, in order. */
export function formQuestions(form: FeedbackForm): Question[] {
  return form.sections.flatMap((section) => section.questions);
}

/** Checks a form's own consistency: unique ids, conditions on earlier questions, scales. */
export function checkFormIntegrity(form: FeedbackForm, locale: Locale): ValidationError[] {
  const c = new Collector(locale, feedbackFormSchema, form);
  c.ids(form.sections, ['sections'], ENTITY.section);
  const seen = new Set<string>();
  form.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      const at: Path = ['sections', s, 'questions', q];
      if (seen.has(question.id)) c.add([...at, 'id'], 'duplicate-id', message('duplicate-id', { entity: ENTITY.formQuestion }));
      if (question.showIf && !seen.has(question.showIf.questionId)) c.add([...at, 'showIf', 'questionId'], 'unknown-reference', RULES.showIfOrder);
      if (question.type === 'rating' && question.max <= question.min) c.add([...at, 'max'], 'out-of-range', RULES.ratingRange);
      seen.add(question.id);
    });
  });
  return c.errors;
}

/**
 * The answer to a question from answers by question id, or undefined. Only the record's own
 * keys count: a question id may be `constructor`, `toString` or `valueOf`, and a plain
 * `answers[id]` would then find Object.prototype's function rather than "not answered".
 */
export function answerTo<T>(answers: Readonly<Record<string, T>>, questionId: string): T | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/** Whether a question is shown, given the answers so far (conditions from `showIf`). */
export function isQuestionShown(question: Question, answers: Readonly<Record<string, unknown>>): boolean {
  if (!question.showIf) return true;
  const answer = answerTo(answers, question.showIf.questionId);
  // Answers are strings, string lists, numbers or booleans; conditions compare their text.
  const asText = (value: unknown) =>
    typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  const given = (Array.isArray(answer) ? answer : [answer]).map(asText).filter((v): v is string => v !== undefined);
  return given.some((value) => question.showIf!.anyOf.includes(value));
}

/**
 * Checks a response's answers against its form: every answer is to a question on the form,
 * of the right kind, within its limits, and every required question that is shown is
 * answered. Messages name the question (the form's words, not the respondent's).
 */
export function checkResponseAgainstForm(response: FeedbackResponse, form: FeedbackForm, locale: Locale): ValidationError[] {
  const c = new Collector(locale);
  if (response.formId !== form.id) {
    c.add(['formId'], 'answer', RULES.formMismatch);
    return c.errors;
  }
  const questions = formQuestions(form);
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const key of Object.keys(response.answers)) {
    // The key is not a question id the form knows, so it may be anything: never echo it.
    if (!byId.has(key)) c.add(['answers'], 'answer', RULES.unknownQuestion);
  }
  for (const question of questions) {
    const answer = answerTo(response.answers, question.id);
    const at: Path = ['answers', question.id];
    const name = { 'en-GB': question.label['en-GB'], cy: question.label.cy ?? question.label['en-GB'], welsh: 'draft' as const };
    const blank = answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0);
    if (!isQuestionShown(question, response.answers)) continue;
    if (blank) {
      if (question.required) c.add(at, 'answer', fill(RULES.answerRequired, { question: name }));
      continue;
    }
    switch (question.type) {
      case 'single-choice':
        if (typeof answer !== 'string' || !question.options.some((o) => o.value === answer)) c.add(at, 'answer', fill(RULES.answerChoice, { question: name }));
        break;
      case 'multiple-choice':
        if (!Array.isArray(answer) || !answer.every((a) => question.options.some((o) => o.value === a))) c.add(at, 'answer', fill(RULES.answerChoices, { question: name }));
        else if (question.maxSelected && answer.length > question.maxSelected) c.add(at, 'answer', fill(RULES.answerTooMany, { question: name, max: question.maxSelected }));
        break;
      case 'rating':
        if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < question.min || answer > question.max) {
          c.add(at, 'answer', fill(RULES.answerRating, { question: name, min: question.min, max: question.max }));
        }
        break;
      case 'free-text':
        if (typeof answer !== 'string') c.add(at, 'answer', fill(RULES.answerText, { question: name }));
        else if (answer.length > question.maxLength) c.add(at, 'answer', fill(RULES.answerTooLong, { question: name, max: question.maxLength }));
        break;
      case 'yes-no':
        if (typeof answer !== 'boolean') c.add(at, 'answer', fill(RULES.answerYesNo, { question: name }));
        break;
      case 'date':
        if (!isIsoDate(answer)) {
          c.add(at, 'answer', fill(RULES.answerDate, { question: name }));
        }
        break;
    }
  }
  return c.errors;
}

export { RULES as INTEGRITY_MESSAGES };
