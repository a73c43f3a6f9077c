/**
 * What practitioners said about a learning event, counted: how many answered each question
 * and how, and how the answers on the day compare with the follow-up some months later.
 * Pure functions, so a component, a report script and an agency's own system all show the
 * same figures for the same responses.
 *
 * Responses are data people typed, sometimes through older versions of a form or other
 * tools, so an answer of the wrong kind for its question (a word where a rating belongs, a
 * value that is not one of the options) is left out of the figures rather than thrown on:
 * one odd response should never hide everyone else's.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import { isIsoDate, type IsoDate } from '../time/calendar-date.js';
import { KIRKPATRICK_LEVELS } from '../model/codes.js';
import { formQuestions, isQuestionShown } from '../model/integrity.js';
import type { FeedbackForm, FeedbackResponse, Question } from '../model/schemas.js';

/** What a feedback question measures, on Kirkpatrick's four levels. */
export type KirkpatrickLevel = (typeof KIRKPATRICK_LEVELS.codes)[number];

/**
 * Text as a form holds it: English, and Welsh when the form's author wrote it. The SDK's own
 * `LocalisedText` fits here too, so option labels of both kinds travel together.
 */
export type FormText = Question['label'];

type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;
export type ChoiceQuestion = QuestionOf<'single-choice' | 'multiple-choice' | 'yes-no'>;
export type RatingQuestion = QuestionOf<'rating'>;

/** Labels for a yes or no question's two answers, which the form itself does not carry. */
export const YES_NO_LABELS: Readonly<Record<'yes' | 'no', LocalisedText>> = {
  yes: draft('Yes', 'Ie'),
  no: draft('No', 'Na'),
};

interface SummaryBase {
  /** How many responses the question was shown to: its `showIf` condition held. */
  readonly shown: number;
  /** How many of those gave an answer the figures could use. */
  readonly answered: number;
}

/** How many chose one option. */
export interface OptionCount {
  /** The option's value; `yes` or `no` for a yes or no question. */
  readonly value: string;
  readonly label: FormText;
  readonly count: number;
  /**
   * `count` as a share (0–1) of those who answered the question. For a multiple-choice
   * question the shares can add up to more than 1: each person may choose several.
   */
  readonly share: number;
}

export interface ChoiceSummary extends SummaryBase {
  readonly type: ChoiceQuestion['type'];
  readonly question: ChoiceQuestion;
  /** Every option, in the form's order (yes before no), including those nobody chose. */
  readonly options: readonly OptionCount[];
}

export interface RatingSummary extends SummaryBase {
  readonly type: 'rating';
  readonly question: RatingQuestion;
  /** Every value from the scale's `min` to its `max`, with how many gave it (zeros included). */
  readonly distribution: ReadonlyArray<{ readonly value: number; readonly count: number }>;
  /** Undefined when nobody answered. */
  readonly mean: number | undefined;
  /** The middle rating (the mean of the two middle ones for an even count); undefined when nobody answered. */
  readonly median: number | undefined;
}

export interface FreeTextSummary extends SummaryBase {
  readonly type: 'free-text';
  readonly question: QuestionOf<'free-text'>;
  /** The answers that are not blank, trimmed, in the order of the responses. */
  readonly answers: readonly string[];
}

export interface DateSummary extends SummaryBase {
  readonly type: 'date';
  readonly question: QuestionOf<'date'>;
  /** The dates given, earliest first. */
  readonly answers: readonly IsoDate[];
}

/** One question's answers, counted in the way that suits its type. Narrow on `type`. */
export type QuestionSummary = ChoiceSummary | RatingSummary | FreeTextSummary | DateSummary;

/** Every question of a form with its answers counted. */
export interface FeedbackSummary {
  readonly form: FeedbackForm;
  /** How many of the responses were to this form (by its id). */
  readonly responses: number;
  /** One per question, in the form's order. */
  readonly questions: readonly QuestionSummary[];
}

/**
 * Counts the answers to every question of `form` among `responses`. Responses to other forms
 * are left out, so the caller can pass a whole event's responses. A question counts as
 * answered by a response only where that response was shown it: an answer left over from a
 * condition the respondent later changed is not theirs to count.
 *
 * Responses to an older version of the same form are counted against this version's
 * questions; answers to questions it no longer has are left out.
 */
export function summariseFeedback(form: FeedbackForm, responses: readonly FeedbackResponse[]): FeedbackSummary {
  const mine = responses.filter((r) => r.formId === form.id);
  return {
    form,
    responses: mine.length,
    questions: formQuestions(form).map((question) => summariseQuestion(question, mine)),
  };
}

function summariseQuestion(question: Question, responses: readonly FeedbackResponse[]): QuestionSummary {
  const shownTo = responses.filter((r) => isQuestionShown(question, r.answers));
  const answers = shownTo.map((r) => r.answers[question.id]);
  const shown = shownTo.length;
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const known = new Set(question.options.map((o) => o.value));
      // A single choice is one value; several are a list. Unknown values count for nothing.
      const chosen = answers
        .map((a) => (question.type === 'single-choice' ? (typeof a === 'string' ? [a] : []) : Array.isArray(a) ? [...new Set(a)] : []))
        .map((values) => values.filter((v) => known.has(v)))
        .filter((values) => values.length > 0);
      return choiceSummary(question, shown, chosen, question.options);
    }
    case 'yes-no': {
      const chosen = answers.filter((a): a is boolean => typeof a === 'boolean').map((a) => [a ? 'yes' : 'no']);
      return choiceSummary(question, shown, chosen, [
        { value: 'yes', label: YES_NO_LABELS.yes },
        { value: 'no', label: YES_NO_LABELS.no },
      ]);
    }
    case 'rating': {
      const ratings = answers.filter((a): a is number => Number.isInteger(a) && (a as number) >= question.min && (a as number) <= question.max);
      const distribution = [];
      for (let value = question.min; value <= question.max; value++) distribution.push({ value, count: ratings.filter((r) => r === value).length });
      return { type: 'rating', question, shown, answered: ratings.length, distribution, mean: mean(ratings), median: median(ratings) };
    }
    case 'free-text': {
      const texts = answers.filter((a): a is string => typeof a === 'string').map((a) => a.trim()).filter((a) => a !== '');
      return { type: 'free-text', question, shown, answered: texts.length, answers: texts };
    }
    case 'date': {
      // ISO dates sort as text.
      const dates = answers.filter(isIsoDate).sort();
      return { type: 'date', question, shown, answered: dates.length, answers: dates };
    }
  }
}

function choiceSummary(
  question: ChoiceQuestion,
  shown: number,
  chosen: ReadonlyArray<readonly string[]>,
  options: ReadonlyArray<{ readonly value: string; readonly label: FormText }>,
): ChoiceSummary {
  const answered = chosen.length;
  return {
    type: question.type,
    question,
    shown,
    answered,
    options: options.map(({ value, label }) => {
      const count = chosen.filter((values) => values.includes(value)).length;
      return { value, label, count, share: answered ? count / answered : 0 };
    }),
  };
}

function mean(values: readonly number[]): number | undefined {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : undefined;
}

function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// --- On the day and later --------------------------------------------------------------

/** The ratings one form gathered at one Kirkpatrick level, pooled across its questions. */
export interface LevelRatings {
  /** How many rating questions the form asks at this level. */
  readonly questions: number;
  /** How many ratings were given, across those questions. */
  readonly ratings: number;
  /**
   * The mean rating as a share of its scale, 0–1: each rating becomes (rating − min) ÷
   * (max − min) and those are averaged, so questions on different scales can be pooled.
   * Undefined when no ratings were given.
   */
  readonly share: number | undefined;
  /**
   * The mean of the ratings themselves and the scale they were given on, when every rating
   * question at this level shares one scale (otherwise a raw mean would mislead); `mean` is
   * undefined when no ratings were given.
   */
  readonly scale?: { readonly min: number; readonly max: number; readonly mean: number | undefined };
}

/** How many answered yes to one yes or no question. */
export interface YesShare {
  readonly question: QuestionOf<'yes-no'>;
  readonly yes: number;
  readonly answered: number;
  /** `yes` as a share (0–1) of `answered`; undefined when nobody answered. */
  readonly share: number | undefined;
}

/** One Kirkpatrick level, on the day and at follow-up. */
export interface LevelComparison {
  readonly level: KirkpatrickLevel;
  readonly label: LocalisedText;
  /** Absent for a timepoint whose form asks no rating question at this level. */
  readonly ratings: { readonly immediate?: LevelRatings; readonly followUp?: LevelRatings };
  /** Each yes or no question at this level, by timepoint, in its form's order. */
  readonly yesNo: { readonly immediate: readonly YesShare[]; readonly followUp: readonly YesShare[] };
}

export interface FeedbackComparison {
  /** How many responses each form had. */
  readonly responses: { readonly immediate: number; readonly followUp: number };
  /** The levels either form measures with a rating or a yes or no question, in Kirkpatrick's order. */
  readonly levels: readonly LevelComparison[];
}

/**
 * Sets the on-the-day evaluation beside the follow-up, level by level (reaction, learning,
 * change in practice, results). The two forms ask **different questions**: the day asks how
 * much someone learned, the follow-up how confident they are now. So this compares what each
 * form found at a level, not answers to the same question twice, and the people who replied
 * later are not necessarily the ones who replied on the day. Ratings are pooled as a share of
 * their scale; yes or no questions are listed one by one, since pooling different questions'
 * "yes" would blur what was asked. Free-text and choice questions stay in the summaries.
 */
export function compareFeedback(immediate: FeedbackSummary, followUp: FeedbackSummary): FeedbackComparison {
  const levels: LevelComparison[] = [];
  for (const entry of KIRKPATRICK_LEVELS.entries) {
    const level = entry.code;
    const day = levelRatings(immediate, level);
    const later = levelRatings(followUp, level);
    const yesNo = { immediate: yesShares(immediate, level), followUp: yesShares(followUp, level) };
    if (!day && !later && !yesNo.immediate.length && !yesNo.followUp.length) continue;
    levels.push({
      level,
      label: entry.label,
      ratings: { ...(day ? { immediate: day } : {}), ...(later ? { followUp: later } : {}) },
      yesNo,
    });
  }
  return { responses: { immediate: immediate.responses, followUp: followUp.responses }, levels };
}

function levelRatings(summary: FeedbackSummary, level: KirkpatrickLevel): LevelRatings | undefined {
  const ratings = summary.questions.filter((q): q is RatingSummary => q.type === 'rating' && q.question.kirkpatrick === level);
  if (!ratings.length) return undefined;
  const shares: number[] = [];
  const raw: number[] = [];
  for (const { question, distribution } of ratings) {
    for (const { value, count } of distribution) {
      for (let i = 0; i < count; i++) {
        // A scale with no range (a form that failed its integrity check) has no share to give.
        if (question.max > question.min) shares.push((value - question.min) / (question.max - question.min));
        raw.push(value);
      }
    }
  }
  const [first] = ratings;
  const oneScale = ratings.every((r) => r.question.min === first!.question.min && r.question.max === first!.question.max);
  return {
    questions: ratings.length,
    ratings: raw.length,
    share: mean(shares),
    ...(oneScale ? { scale: { min: first!.question.min, max: first!.question.max, mean: mean(raw) } } : {}),
  };
}

function yesShares(summary: FeedbackSummary, level: KirkpatrickLevel): YesShare[] {
  return summary.questions
    .filter((q): q is ChoiceSummary & { question: QuestionOf<'yes-no'> } => q.type === 'yes-no' && q.question.kirkpatrick === level)
    .map(({ question, options, answered }) => {
      const yes = options.find((o) => o.value === 'yes')?.count ?? 0;
      return { question, yes, answered, share: answered ? yes / answered : undefined };
    });
}

/**
 * The share (0–1) of the people at an event who responded, or undefined when the attendance
 * was not recorded (or was 0), since a rate without its denominator would be made up. It is
 * not capped at 1: more responses than attendees means the attendance is wrong, and hiding
 * that would hide the error.
 */
export function responseRate(count: number, attendance: number | undefined): number | undefined {
  return attendance ? count / attendance : undefined;
}
