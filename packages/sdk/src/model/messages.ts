/**
 * Validation messages, GOV.UK style: they say what to do ("Enter the source of the entry"),
 * name the field, and never contain what was entered — a review is about children and
 * families, and messages end up in logs, screenshots and support tickets.
 *
 * Every code has English and Welsh; Welsh is a draft for review by a Welsh speaker.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import { softMutate } from '../welsh.js';

export const VALIDATION_CODES = [
  'required',
  'invalid-type',
  'too-long',
  'too-few',
  'too-many',
  'out-of-range',
  'invalid-choice',
  'invalid-date',
  'invalid-partial-date',
  'invalid-format',
  'unknown-field',
  'name-field',
  'unknown-reference',
  'duplicate-id',
  'date-order',
  'status-rule',
  'answer',
  'not-an-object',
  'wrong-document-kind',
  'schema-version-newer',
  'schema-version-unsupported',
  'internal',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** One problem with a document. */
export interface ValidationError {
  /** Where: `chronology[3].source`; empty for the whole document. */
  readonly path: string;
  /** The same path as segments. */
  readonly segments: readonly (string | number)[];
  readonly code: ValidationCode;
  /** The message in the locale asked for (British English by default). */
  readonly message: string;
  /** The message in every locale. */
  readonly text: LocalisedText;
}

type Params = Record<string, string | number | LocalisedText>;

interface Template {
  readonly en: (p: Params) => string;
  readonly cy: (p: Params) => string;
}

function str(value: string | number | LocalisedText | undefined, locale: Locale): string {
  if (value === undefined) return '';
  return typeof value === 'object' ? value[locale] : typeof value === 'number' ? formatCount(value, locale) : value;
}

/** A number in a message as GOV.UK writes it: "1,000", not "1000". */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB').format(value);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A numeric parameter (a limit or a version), the same in every language. */
const num = (p: Params, key: string) => str(p[key], 'en-GB');

// Templates take the field label (en: "the source of the entry"; cy: "ffynhonnell y cofnod").
const T = (en: (p: Params) => string, cy: (p: Params) => string): Template => ({ en, cy });
const L = (p: Params, locale: Locale) => str(p['label'], locale);

/** Message templates, by the verb a missing field needs, then by code. */
export const TEMPLATES = {
  enter: T((p) => `Enter ${L(p, 'en-GB')}`, (p) => `Rhowch ${softMutate(L(p, 'cy'))}`),
  select: T((p) => `Select ${L(p, 'en-GB')}`, (p) => `Dewiswch ${softMutate(L(p, 'cy'))}`),
  add: T((p) => `Add ${L(p, 'en-GB')}`, (p) => `Ychwanegwch ${softMutate(L(p, 'cy'))}`),
  give: T((p) => `Give ${L(p, 'en-GB')}`, (p) => `Rhowch ${softMutate(L(p, 'cy'))}`),
  'invalid-type': T(
    (p) => `${capitalise(L(p, 'en-GB'))} must be ${str(p['expected'], 'en-GB')}`,
    (p) => `${capitalise(L(p, 'cy'))}: rhaid rhoi ${str(p['expected'], 'cy')}`,
  ),
  'too-long': T(
    (p) => `${capitalise(L(p, 'en-GB'))} must be ${num(p, 'maximum')} characters or fewer`,
    (p) => `${capitalise(L(p, 'cy'))}: dim mwy na ${num(p, 'maximum')} nod`,
  ),
  'too-few': T(
    (p) => `Add at least ${num(p, 'minimum')} to ${L(p, 'en-GB')}`,
    (p) => `Ychwanegwch o leiaf ${num(p, 'minimum')} at ${softMutate(L(p, 'cy'))}`,
  ),
  'too-many': T(
    (p) => `${capitalise(L(p, 'en-GB'))} can have ${num(p, 'maximum')} at most`,
    (p) => `${capitalise(L(p, 'cy'))}: ${num(p, 'maximum')} ar y mwyaf`,
  ),
  'too-small-number': T(
    (p) => `${capitalise(L(p, 'en-GB'))} must be ${num(p, 'minimum')} or more`,
    (p) => `${capitalise(L(p, 'cy'))}: ${num(p, 'minimum')} o leiaf`,
  ),
  'too-big-number': T(
    (p) => `${capitalise(L(p, 'en-GB'))} must be ${num(p, 'maximum')} or less`,
    (p) => `${capitalise(L(p, 'cy'))}: ${num(p, 'maximum')} ar y mwyaf`,
  ),
  'whole-number': T(
    (p) => `${capitalise(L(p, 'en-GB'))} must be a whole number`,
    (p) => `${capitalise(L(p, 'cy'))}: rhaid rhoi rhif cyfan`,
  ),
  'invalid-choice': T(
    (p) => `Select ${L(p, 'en-GB')} from the list${p['options'] ? `: ${str(p['options'], 'en-GB')}` : ''}`,
    (p) => `Dewiswch ${softMutate(L(p, 'cy'))} o’r rhestr${p['options'] ? `: ${str(p['options'], 'cy')}` : ''}`,
  ),
  'invalid-date': T(
    (p) => `Enter ${L(p, 'en-GB')} as a real date, like 2023-04-12`,
    (p) => `Rhowch ${softMutate(L(p, 'cy'))} fel dyddiad go iawn, fel 2023-04-12`,
  ),
  'invalid-partial-date': T(
    (p) => `Enter ${L(p, 'en-GB')} like 2023-04-12, 2023-04, 2023, 2023-04-12~ (about) or 2023-04/2023-06 (a range)`,
    (p) => `Rhowch ${softMutate(L(p, 'cy'))} fel 2023-04-12, 2023-04, 2023, 2023-04-12~ (tua) neu 2023-04/2023-06 (ystod)`,
  ),
  'invalid-id': T(
    (p) => `${capitalise(L(p, 'en-GB'))} must use only letters, numbers, hyphens and underscores`,
    (p) => `${capitalise(L(p, 'cy'))}: defnyddiwch lythrennau, rhifau, cysylltnodau a thanlinellau yn unig`,
  ),
  'invalid-code': T(
    (p) => `${capitalise(L(p, 'en-GB'))} must be a short code in capital letters, like CSC`,
    (p) => `${capitalise(L(p, 'cy'))}: rhaid rhoi cod byr mewn priflythrennau, fel CSC`,
  ),
  'invalid-kebab': T(
    (p) => `${capitalise(L(p, 'en-GB'))} must be lower-case words joined by hyphens, like agency-returns`,
    (p) => `${capitalise(L(p, 'cy'))}: rhaid defnyddio geiriau llythrennau bach wedi’u cysylltu â chysylltnodau, fel agency-returns`,
  ),
  'invalid-url': T(
    (p) => `Enter ${L(p, 'en-GB')} as a web address starting https://`,
    (p) => `Rhowch ${softMutate(L(p, 'cy'))} fel cyfeiriad gwe sy’n dechrau https://`,
  ),
  'unknown-field': T(
    (p) => (p['key'] ? `Remove ${str(p['key'], 'en-GB')}: it is not part of ${L(p, 'en-GB')}` : `Remove the fields that are not part of ${L(p, 'en-GB')}`),
    (p) => (p['key'] ? `Tynnwch ${str(p['key'], 'cy')}: nid yw’n rhan o ${softMutate(L(p, 'cy'))}` : `Tynnwch y meysydd nad ydynt yn rhan o ${softMutate(L(p, 'cy'))}`),
  ),
  'name-field': T(
    (p) => `Remove ${str(p['key'], 'en-GB')}: people in a review are recorded by pseudonym only`,
    (p) => `Tynnwch ${str(p['key'], 'cy')}: cofnodir pobl mewn adolygiad drwy ffugenw yn unig`,
  ),
  'unknown-reference': T(
    (p) => `${capitalise(L(p, 'en-GB'))} must be ${str(p['target'], 'en-GB')} that is in this document`,
    (p) => `${capitalise(L(p, 'cy'))}: rhaid cyfeirio at ${softMutate(str(p['target'], 'cy'))} sydd yn y ddogfen hon`,
  ),
  'unknown-references': T(
    (p) => `Each of ${L(p, 'en-GB')} must be ${str(p['target'], 'en-GB')} that is in this document`,
    (p) => `${capitalise(L(p, 'cy'))}: rhaid i bob un fod yn ${softMutate(str(p['target'], 'cy'))} sydd yn y ddogfen hon`,
  ),
  'duplicate-id': T(
    (p) => `Give each ${str(p['entity'], 'en-GB').replace(/^(a|an|the) /, '')} its own id: this one is already used`,
    (p) => `Rhowch ei ddynodydd ei hun i bob ${str(p['entity'], 'cy')}: mae’r un hwn eisoes yn cael ei ddefnyddio`,
  ),
  'not-an-object': T(
    (p) => `${capitalise(str(p['entity'], 'en-GB'))} must be a JSON object`,
    (p) => `${capitalise(str(p['entity'], 'cy'))}: rhaid rhoi gwrthrych JSON`,
  ),
  'wrong-document-kind': T(
    (p) => `This is not ${str(p['entity'], 'en-GB')}: its kind must be "${str(p['kind'], 'en-GB')}"`,
    (p) => `Nid yw hwn yn ${softMutate(str(p['entity'], 'cy'))}: rhaid i’w fath fod yn "${str(p['kind'], 'cy')}"`,
  ),
  'schema-version-newer': T(
    (p) => `This document was saved by a newer version of the kit (format ${num(p, 'found')}); this version reads up to format ${num(p, 'current')}. Update the kit to open it`,
    (p) => `Cadwyd y ddogfen hon gan fersiwn mwy newydd o’r pecyn (fformat ${num(p, 'found')}); mae’r fersiwn hon yn darllen hyd at fformat ${num(p, 'current')}. Diweddarwch y pecyn i’w hagor`,
  ),
  'schema-version-unsupported': T(
    (p) => `This document’s format (${num(p, 'found')}) is too old to upgrade automatically`,
    (p) => `Mae fformat y ddogfen hon (${num(p, 'found')}) yn rhy hen i’w uwchraddio’n awtomatig`,
  ),
  internal: T(
    () => 'The document could not be checked. Try again, and report it if it happens again',
    () => 'Nid oedd modd gwirio’r ddogfen. Rhowch gynnig arall arni, a rhowch wybod os bydd yn digwydd eto',
  ),
} as const satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;

/** Words for the type a field expects, in both languages. */
export const EXPECTED: Record<string, LocalisedText> = {
  string: draft('text', 'destun'),
  number: draft('a number', 'rhif'),
  int: draft('a whole number', 'rhif cyfan'),
  boolean: draft('yes or no (true or false)', 'ie neu na (true neu false)'),
  array: draft('a list', 'rhestr'),
  object: draft('a group of fields (an object)', 'grŵp o feysydd (gwrthrych)'),
  other: draft('in a form the kit recognises', 'rhywbeth mewn ffurf y mae’r pecyn yn ei hadnabod'),
};

/** Builds a message in both languages. */
export function message(template: TemplateName, params: Params): LocalisedText {
  const t = TEMPLATES[template];
  return { 'en-GB': t.en(params), cy: t.cy(params), welsh: 'draft' };
}

/**
 * Formats a path for people: `chronology[3].source`. A key that does not look like a field
 * name (it could be anything a person typed) is shown as `[…]`, never echoed.
 */
export function formatPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    if (!/^[A-Za-z][\w-]{0,79}$/.test(segment)) return `${path}[…]`;
    return path ? `${path}.${segment}` : segment;
  }, '');
}

export function validationError(
  segments: readonly (string | number)[],
  code: ValidationCode,
  text: LocalisedText,
  locale: Locale,
): ValidationError {
  const safe = segments.map((s) => (typeof s === 'number' || /^[A-Za-z][\w-]{0,79}$/.test(s) ? s : '…'));
  return { path: formatPath(segments), segments: safe, code, message: text[locale], text };
}
