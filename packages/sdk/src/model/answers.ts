/**
 * Answers to a feedback form as a form, a page and a server see them.
 *
 * A browser form holds answers as text (`"5"`, `"true"`); a response stores them typed (`5`,
 * `true`, a list for multiple choice). These functions turn one into the other, so the
 * `<slk-feedback-form>` element inside a native `<form>` and the server that receives the
 * post agree on the names and values, and the SDK's checks see the types they expect.
 */
import { answerTo, formQuestions, isQuestionShown } from './integrity.js';
import { SCHEMA_VERSION, type FeedbackForm, type FeedbackResponseInput } from './schemas.js';

/** One answer as a response stores it. */
export type Answer = string | readonly string[] | number | boolean;
/** Answers by question id. */
export type Answers = Readonly<Record<string, Answer>>;

/** Whether an answer counts as not given: missing, blank text or no options chosen. */
export function isBlankAnswer(answer: unknown): boolean {
  return answer === undefined || answer === null || (typeof answer === 'string' && answer.trim() === '') || (Array.isArray(answer) && answer.length === 0);
}

/**
 * The answers a response should carry: those to questions that are shown, in form order,
 * without blanks. An answer to a question hidden by a later change (a "yes" changed to "no")
 * is left out, as GOV.UK forms drop answers to questions the person no longer sees.
 */
export function answersToSend(form: FeedbackForm, answers: Answers): Record<string, Answer> {
  const kept: Record<string, Answer> = {};
  for (const question of formQuestions(form)) {
    const answer = answerTo(answers, question.id);
    // Conditions refer to earlier questions, so checking against what is kept so far is enough.
    if (!isQuestionShown(question, kept) || isBlankAnswer(answer)) continue;
    kept[question.id] = typeof answer === 'string' && question.type !== 'free-text' ? answer.trim() : (answer as Answer);
  }
  return kept;
}

/**
 * The answers as form-data entries, named `prefix + question id`: one entry per chosen option
 * for multiple choice, `true`/`false` for yes or no, digits for ratings. Only answers that
 * would be sent are included.
 */
export function answersToEntries(form: FeedbackForm, answers: Answers, prefix = ''): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const [id, answer] of Object.entries(answersToSend(form, answers))) {
    for (const value of Array.isArray(answer) ? (answer as readonly string[]) : [answer]) entries.push([`${prefix}${id}`, String(value)]);
  }
  return entries;
}

/**
 * Reads answers back from form-data entries (a server receiving a native form post, or
 * `new FormData(form)` in the page). Text is turned into the type each question stores;
 * anything that cannot be is kept as text, so `parseFeedbackResponse` says what is wrong.
 * Entries that are not answers to this form (other fields, files) are ignored.
 */
export function answersFromEntries(form: FeedbackForm, entries: Iterable<readonly [string, unknown]>, prefix = ''): Record<string, Answer> {
  const byId = new Map(formQuestions(form).map((q) => [q.id, q]));
  const answers: Record<string, Answer> = {};
  for (const [name, raw] of entries) {
    if (typeof raw !== 'string' || !name.startsWith(prefix)) continue;
    const question = byId.get(name.slice(prefix.length));
    if (!question) continue;
    switch (question.type) {
      case 'multiple-choice': {
        const previous = answerTo(answers, question.id);
        answers[question.id] = [...(Array.isArray(previous) ? (previous as string[]) : []), raw];
        break;
      }
      case 'rating':
        answers[question.id] = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
        break;
      case 'yes-no':
        answers[question.id] = raw === 'true' ? true : raw === 'false' ? false : raw;
        break;
      default:
        answers[question.id] = raw;
    }
  }
  return answers;
}

/** What a response records besides its answers. */
export interface ResponseDetails {
  readonly id: string;
  /** The day the response is sent, `YYYY-MM-DD`. */
  readonly submittedOn: string;
  readonly reviewId?: string | undefined;
  readonly learningEventId?: string | undefined;
}

/** A response to `form` with these answers, ready for `parseFeedbackResponse(…, { form })`. */
export function responseFromAnswers(form: FeedbackForm, answers: Answers, details: ResponseDetails): FeedbackResponseInput {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'feedback-response',
    id: details.id,
    formId: form.id,
    formVersion: form.version,
    ...(details.reviewId ? { reviewId: details.reviewId } : {}),
    ...(details.learningEventId ? { learningEventId: details.learningEventId } : {}),
    timepoint: form.timepoint,
    submittedOn: details.submittedOn,
    anonymous: form.anonymous,
    answers: answersToSend(form, answers) as FeedbackResponseInput['answers'],
  };
}
