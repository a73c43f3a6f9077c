/**
 * Checks on a pseudonym key, alone and against the review it is for. A key that does not fit
 * its review would redact the wrong names or miss some, so redaction refuses it.
 */
import type { Locale } from '../locale.js';
import { draft } from '../localised-text.js';
import { message, validationError, type ValidationError } from './messages.js';
import type { PseudonymKey, Review } from './schemas.js';

const KEY_RULES = {
  otherReview: draft('This key is for a different review: use the key made for this review', 'Mae’r allwedd hon ar gyfer adolygiad gwahanol: defnyddiwch yr allwedd a wnaed ar gyfer yr adolygiad hwn'),
  unknownPerson: draft('Select a person who is in the review', 'Dewiswch berson sydd yn yr adolygiad'),
  nameInPseudonym: draft(
    'The pseudonym contains a name from the pseudonym key: change the pseudonym so it cannot identify the person',
    'Mae’r ffugenw’n cynnwys enw o’r allwedd ffugenwau: newidiwch y ffugenw fel na all adnabod y person',
  ),
};

const PERSON = draft('a person in the key', 'person yn yr allwedd');

/** A key's own consistency: each person in it once. */
export function checkKeyIntegrity(key: PseudonymKey, locale: Locale): ValidationError[] {
  const seen = new Set<string>();
  const errors: ValidationError[] = [];
  key.people.forEach((person, i) => {
    if (seen.has(person.subjectId)) errors.push(validationError(['people', i, 'subjectId'], 'duplicate-id', message('duplicate-id', { entity: PERSON }), locale));
    seen.add(person.subjectId);
  });
  return errors;
}

// Words that describe rather than name: "Baby Samplefield" in a key does not make the
// pseudonym "Baby J" identifying.
const DESCRIPTORS = new Set(['baby', 'infant', 'unborn', 'child', 'adult', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'the', 'of', 'and']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}’']+/u)
    .filter((w) => w.length > 1 && !DESCRIPTORS.has(w));
}

/**
 * Whether `key` fits `review`: the same review, people who are in it, and no pseudonym that
 * contains a name from the key ("Child Kai" for Kai Samplefield).
 */
export function checkKeyAgainstReview(key: PseudonymKey, review: Pick<Review, 'id' | 'subjects'>, locale: Locale): ValidationError[] {
  const errors = checkKeyIntegrity(key, locale);
  if (key.reviewId !== review.id) errors.push(validationError(['reviewId'], 'unknown-reference', KEY_RULES.otherReview, locale));
  const subjects = new Set(review.subjects.map((s) => s.id));
  key.people.forEach((person, i) => {
    if (!subjects.has(person.subjectId)) errors.push(validationError(['people', i, 'subjectId'], 'unknown-reference', KEY_RULES.unknownPerson, locale));
  });
  const names = new Set([...key.people.flatMap((p) => p.names), ...key.staff.map((s) => s.name)].flatMap(words));
  review.subjects.forEach((subject, i) => {
    if (words(subject.pseudonym).some((w) => names.has(w))) {
      errors.push(validationError(['subjects', i, 'pseudonym'], 'name-field', KEY_RULES.nameInPseudonym, locale));
    }
  });
  return errors;
}
