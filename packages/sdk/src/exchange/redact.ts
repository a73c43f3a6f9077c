/**
 * Redaction for an audience. Every export names who it is for, and each audience has a
 * profile saying what it may see:
 *
 * | | `internal` | `panel` | `publication` |
 * | --- | --- | --- | --- |
 * | Records (by their `visibility`) | all | panel, publication | publication |
 * | Dates of what happened | exact | exact | the month |
 * | Staff names | kept | kept | replaced by roles |
 * | Free text scanned for identifying details | no | yes | yes |
 * | Links to evidence, review milestones, the decision | kept | kept | removed |
 *
 * An `internal` copy is not redacted, so exporting one needs a logged override (see
 * `exportReview`). People are always pseudonyms; with the pseudonym key, names and details
 * the key knows are found in free text too. Redaction is idempotent, and its report says
 * which rule changed which field, never what the field said.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import { checkKeyAgainstReview } from '../model/key.js';
import { validationError, type ValidationError } from '../model/messages.js';
import { reviewSchema, type PseudonymKey, type Review } from '../model/schemas.js';
import { forEachString, mapFreeText } from '../model/text-fields.js';
import { parseReview } from '../model/validate.js';
import { isPartialDate } from '../time/edtf.js';
import { textScanner, type TextRule } from './scan.js';

export type Audience = 'internal' | 'panel' | 'publication';
export const AUDIENCE_LIST: readonly Audience[] = ['internal', 'panel', 'publication'];

export interface AudienceProfile {
  readonly audience: Audience;
  /** The record visibilities this audience sees. */
  readonly shows: readonly Audience[];
  /** How precisely dates of what happened are given. */
  readonly dates: 'exact' | 'month';
  readonly staffNames: 'keep' | 'roles';
  /** Whether free text is scanned for names, details the key knows and identifying patterns. */
  readonly scanText: boolean;
  /** Whether evidence links, the review's milestone dates and its decision are removed. */
  readonly removeCaseRecords: boolean;
  /** Whether exporting for this audience needs a logged override: the copy is not redacted. */
  readonly needsOverride: boolean;
}

const profile = (p: AudienceProfile): AudienceProfile => Object.freeze({ ...p, shows: Object.freeze([...p.shows]) });

/** Frozen: a profile is a promise about what an audience sees, not a setting to change. */
export const AUDIENCE_PROFILES: Readonly<Record<Audience, AudienceProfile>> = Object.freeze({
  internal: profile({ audience: 'internal', shows: ['internal', 'panel', 'publication'], dates: 'exact', staffNames: 'keep', scanText: false, removeCaseRecords: false, needsOverride: true }),
  panel: profile({ audience: 'panel', shows: ['panel', 'publication'], dates: 'exact', staffNames: 'keep', scanText: true, removeCaseRecords: false, needsOverride: false }),
  publication: profile({ audience: 'publication', shows: ['publication'], dates: 'month', staffNames: 'roles', scanText: true, removeCaseRecords: true, needsOverride: false }),
});

export function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCE_LIST as readonly string[]).includes(value);
}

/** Why something in a redacted copy differs from the review. */
export type RedactionRule =
  | TextRule
  /** A record this audience may not see, and the links to it. */
  | 'withheld'
  /** A list of references that pointed at withheld records. */
  | 'reference-removed'
  | 'date-to-month'
  | 'staff-name-removed'
  | 'link-removed'
  | 'milestones-removed'
  | 'decision-removed';

export const REDACTION_RULE_LABELS: Readonly<Record<RedactionRule, LocalisedText>> = {
  withheld: draft('Withheld from this audience', 'Wedi’i ddal yn ôl rhag y gynulleidfa hon'),
  'reference-removed': draft('Link to a withheld record removed', 'Dolen i gofnod a ddaliwyd yn ôl wedi’i thynnu'),
  'date-to-month': draft('Date given as the month', 'Dyddiad wedi’i roi fel y mis'),
  'staff-name-removed': draft('Staff name removed (the role stays)', 'Enw aelod o staff wedi’i dynnu (mae’r rôl yn aros)'),
  'link-removed': draft('Link to evidence removed', 'Dolen i dystiolaeth wedi’i thynnu'),
  'milestones-removed': draft('Review milestone dates removed', 'Dyddiadau cerrig milltir yr adolygiad wedi’u tynnu'),
  'decision-removed': draft('Review decision removed', 'Penderfyniad yr adolygiad wedi’i dynnu'),
  'key-name': draft('Name from the pseudonym key replaced by the pseudonym', 'Enw o’r allwedd ffugenwau wedi’i ddisodli gan y ffugenw'),
  'key-identifier': draft('Identifying detail from the pseudonym key removed', 'Manylyn adnabod o’r allwedd ffugenwau wedi’i dynnu'),
  'staff-name': draft('Staff name in text replaced by the role', 'Enw aelod o staff mewn testun wedi’i ddisodli gan y rôl'),
  email: draft('Email address removed', 'Cyfeiriad e-bost wedi’i dynnu'),
  phone: draft('Phone number removed', 'Rhif ffôn wedi’i dynnu'),
  'nhs-number': draft('NHS number removed', 'Rhif GIG wedi’i dynnu'),
  'ni-number': draft('National Insurance number removed', 'Rhif Yswiriant Gwladol wedi’i dynnu'),
  postcode: draft('Postcode removed', 'Cod post wedi’i dynnu'),
  'date-of-birth': draft('Date of birth removed', 'Dyddiad geni wedi’i dynnu'),
  'exact-date': draft('Exact date in text given as the month', 'Dyddiad union mewn testun wedi’i roi fel y mis'),
};

/** One change: where (by record id, "chronology/entry-3/event") and which rule. */
export interface RedactionChange {
  readonly path: string;
  readonly rule: RedactionRule;
}

export interface RedactionReport {
  readonly audience: Audience;
  /** Whether a pseudonym key was used to find names and details in free text. */
  readonly usedKey: boolean;
  /** Records withheld from this audience, by collection. */
  readonly withheld: Readonly<Record<'chronology' | 'keyPracticeEpisodes' | 'contributoryFactors' | 'patterns', number>>;
  readonly changes: readonly RedactionChange[];
  /** How many changes each rule made. */
  readonly counts: Readonly<Partial<Record<RedactionRule, number>>>;
}

export interface RedactOptions {
  readonly audience: Audience;
  /** The pseudonym key for this review, to find names and details in free text. */
  readonly key?: PseudonymKey;
  /** The language of placeholders ("[phone number removed]") and months written out. */
  readonly locale?: Locale;
}

const REDACTION_FAILURES = {
  key: draft('The pseudonym key does not fit this review', 'Nid yw’r allwedd ffugenwau’n cyd-fynd â’r adolygiad hwn'),
  ids: draft(
    'Some ids or codes contain a name or detail from the pseudonym key, and ids cannot be redacted; no copy was made. Rename the records listed',
    'Mae rhai dynodyddion neu godau’n cynnwys enw neu fanylyn o’r allwedd ffugenwau, ac ni ellir golygu dynodyddion; ni wnaed copi. Ailenwch y cofnodion a restrir',
  ),
  result: draft(
    'Redaction made some fields longer than allowed (pseudonyms and placeholders can be longer than what they replace); no copy was made. Shorten the fields listed',
    'Gwnaeth golygu rai meysydd yn hwy na’r hyn a ganiateir (gall ffugenwau a dalfannau fod yn hwy na’r hyn y maent yn ei ddisodli); ni wnaed copi. Byrhewch y meysydd a restrir',
  ),
} satisfies Record<string, LocalisedText>;

const IDENTIFYING_ID = draft(
  'This contains a name or detail from the pseudonym key: rename it',
  'Mae hwn yn cynnwys enw neu fanylyn o’r allwedd ffugenwau: ailenwch ef',
);

/** Redaction could not be done safely; nothing was produced. `errors` say why, without values. */
export class RedactionError extends Error {
  override readonly name = 'RedactionError';
  readonly text: LocalisedText;
  constructor(
    readonly reason: 'key' | 'ids' | 'result',
    readonly errors: readonly ValidationError[],
  ) {
    super(REDACTION_FAILURES[reason]['en-GB']);
    this.text = REDACTION_FAILURES[reason];
  }
}

const RANK: Record<Audience, number> = { internal: 0, panel: 1, publication: 2 };

/** Whether a record with `visibility` may be seen by `audience`. */
export function visibleTo(visibility: Audience, audience: Audience): boolean {
  return RANK[visibility] >= RANK[audience];
}

// A day (and any time of day) in EDTF, keeping year and month.
const DAY_IN_EDTF = /(\d{4}-(?:\d{2}|XX))-(?:\d{2}|XX)(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?/g;

/** A partial date at month precision at most: `2023-04-12~` → `2023-04~`. */
export function dateToMonth(edtf: string): string {
  let month = edtf.replace(DAY_IN_EDTF, '$1');
  // "2023-04-02/2023-04-20" becomes one month, not a range from April to April.
  const [start, end, ...rest] = month.split('/');
  if (end !== undefined && !rest.length && start === end) month = start;
  return isPartialDate(month) ? month : edtf.slice(0, 4);
}

/** A copy without one optional field (an absent field, not one set to undefined). */
function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

function count<K extends string>(changes: readonly { rule: K }[]): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const { rule } of changes) counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

/**
 * A copy of `review` for `audience`: records it may not see withheld (and links to them
 * removed), dates generalised, staff names replaced, free text scanned. The copy is a valid
 * review with `audience` set. Throws {@link RedactionError} when the key does not fit the
 * review, or the copy would not be valid; never returns a partly redacted copy.
 */
export function redactReview(review: Review, options: RedactOptions): { review: Review; report: RedactionReport } {
  const locale = options.locale ?? 'en-GB';
  const profile = AUDIENCE_PROFILES[options.audience];
  const { key } = options;
  if (key) {
    const errors = checkKeyAgainstReview(key, review, locale);
    if (errors.length) throw new RedactionError('key', errors);
  }
  const changes: RedactionChange[] = [];
  const note = (path: string, rule: RedactionRule) => changes.push({ path, rule });
  const shown = (record: { visibility: Audience }) => visibleTo(record.visibility, profile.audience);

  // 1. Records this audience may not see, and every link to them.
  const withheldOf = <T extends { id: string; visibility: Audience }>(collection: string, records: readonly T[]) => {
    const kept = records.filter(shown);
    records.filter((r) => !shown(r)).forEach((r) => note(`${collection}/${r.id}`, 'withheld'));
    return { kept, ids: new Set(kept.map((r) => r.id)), withheld: records.length - kept.length };
  };
  const entries = withheldOf('chronology', review.chronology);
  const episodes = withheldOf('keyPracticeEpisodes', review.keyPracticeEpisodes);
  const factors = withheldOf('contributoryFactors', review.contributoryFactors);
  const keepRefs = <T>(path: string, list: readonly T[], keep: (item: T) => boolean): T[] => {
    const kept = list.filter(keep);
    if (kept.length !== list.length) note(path, 'reference-removed');
    return kept.length === list.length ? (list as T[]) : kept;
  };
  const chronology = entries.kept.map((e) => ({ ...e, kpeIds: keepRefs(`chronology/${e.id}/kpeIds`, e.kpeIds, (id) => episodes.ids.has(id)) }));
  const contributoryFactors = factors.kept.map((f) => ({
    ...f,
    kpeIds: keepRefs(`contributoryFactors/${f.id}/kpeIds`, f.kpeIds, (id) => episodes.ids.has(id)),
    evidence: keepRefs(`contributoryFactors/${f.id}/evidence`, f.evidence, (e) => entries.ids.has(e.entryId)),
  }));
  const patterns = review.patterns.flatMap((p) => {
    const factorIds = keepRefs(`patterns/${p.id}/factorIds`, p.factorIds, (id) => factors.ids.has(id));
    if (factorIds.length) return [{ ...p, factorIds }];
    // A pattern is made of its factors: with all of them withheld, so is the pattern.
    note(`patterns/${p.id}`, 'withheld');
    return [];
  });
  const patternIds = new Set(patterns.map((p) => p.id));
  const findings = review.findings.map((f) => ({ ...f, patternIds: keepRefs(`findings/${f.id}/patternIds`, f.patternIds, (id) => patternIds.has(id)) }));

  let copy: Review = {
    ...review,
    audience: profile.audience,
    chronology,
    keyPracticeEpisodes: episodes.kept,
    contributoryFactors,
    patterns,
    findings,
  };

  // 2. Dates of what happened, to the month.
  if (profile.dates === 'month') {
    const month = (path: string, edtf: string) => {
      const general = dateToMonth(edtf);
      if (general !== edtf) note(path, 'date-to-month');
      return general;
    };
    copy = {
      ...copy,
      ...(copy.incident ? { incident: { ...copy.incident, date: month('incident/date', copy.incident.date) } } : {}),
      chronology: copy.chronology.map((e) => ({ ...e, date: month(`chronology/${e.id}/date`, e.date) })),
      keyPracticeEpisodes: copy.keyPracticeEpisodes.map((k) => ({
        ...k,
        window: { start: month(`keyPracticeEpisodes/${k.id}/window/start`, k.window.start), end: month(`keyPracticeEpisodes/${k.id}/window/end`, k.window.end) },
      })),
    };
  }

  // 3. Staff names on actions. Their names and roles also go to the text scan, so a name
  // written into a progress note is found even without a key.
  const staff = [...(key?.staff ?? [])];
  for (const action of review.actions) {
    if (action.leadOfficer.name) staff.push({ name: action.leadOfficer.name, role: action.leadOfficer.role });
    if (action.signOff?.name) staff.push({ name: action.signOff.name, role: action.signOff.role });
  }
  if (profile.staffNames === 'roles') {
    copy = {
      ...copy,
      actions: copy.actions.map((a) => {
        let next = a;
        if (a.leadOfficer.name !== undefined) {
          note(`actions/${a.id}/leadOfficer/name`, 'staff-name-removed');
          next = { ...next, leadOfficer: { role: a.leadOfficer.role } };
        }
        if (a.signOff?.name !== undefined) {
          note(`actions/${a.id}/signOff/name`, 'staff-name-removed');
          next = { ...next, signOff: omit(a.signOff, 'name') };
        }
        return next;
      }),
    };
  }

  // 4. Records about the case that a published copy leaves out.
  if (profile.removeCaseRecords) {
    copy = {
      ...copy,
      actions: copy.actions.map((a) =>
        a.evidence.some((e) => e.link !== undefined)
          ? {
              ...a,
              evidence: a.evidence.map((e) => {
                if (e.link === undefined) return e;
                note(`actions/${a.id}/evidence/${e.id}/link`, 'link-removed');
                return omit(e, 'link');
              }),
            }
          : a,
      ),
    };
    if (Object.keys(copy.milestones).length) {
      note('milestones', 'milestones-removed');
      copy = { ...copy, milestones: {} };
    }
    if (copy.decision) {
      note('decision', 'decision-removed');
      copy = omit(copy, 'decision');
    }
  }

  // 5. Free text, ids and links.
  if (profile.scanText) {
    const scanner = textScanner({
      people: (key?.people ?? []).map((p) => ({
        names: p.names,
        replacement: review.subjects.find((s) => s.id === p.subjectId)?.pseudonym ?? p.subjectId,
      })),
      identifiers: key?.people.flatMap((p) => p.identifiers) ?? [],
      staff,
      staffNames: profile.staffNames,
      dates: profile.dates,
      locale,
    });
    // Ids and codes come from agencies' systems and can hold names or case numbers. They
    // cannot be rewritten without breaking every link to them, so redaction stops.
    const flagged: ValidationError[] = [];
    forEachString(reviewSchema, copy, (text, path, kind) => {
      if (kind === 'identifier' && scanner.identifies(text)) flagged.push(validationError(path.split('/').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg)), 'name-field', IDENTIFYING_ID, locale));
    });
    Object.keys(copy.milestones).forEach((name, i) => {
      if (scanner.identifies(name)) flagged.push(validationError(['milestones', `#${i + 1}`], 'name-field', IDENTIFYING_ID, locale));
    });
    if (flagged.length) throw new RedactionError('ids', flagged);
    // A link naming someone from the key is removed.
    if (copy.publication?.url && scanner.identifies(copy.publication.url)) {
      note('publication/url', 'link-removed');
      copy = { ...copy, publication: omit(copy.publication, 'url') };
    }
    copy = {
      ...copy,
      actions: copy.actions.map((a) =>
        a.evidence.some((e) => e.link !== undefined && scanner.identifies(e.link))
          ? {
              ...a,
              evidence: a.evidence.map((e) => {
                if (e.link === undefined || !scanner.identifies(e.link)) return e;
                note(`actions/${a.id}/evidence/${e.id}/link`, 'link-removed');
                return omit(e, 'link');
              }),
            }
          : a,
      ),
    };
    copy = mapFreeText(reviewSchema, copy, (text, path) => {
      const result = scanner.scan(text);
      for (const rule of result.rules) note(path, rule);
      return result.text;
    });
  }

  // The copy must be a review anyone can open: check it as any review is checked.
  const checked = parseReview(copy, { locale });
  if (!checked.ok) throw new RedactionError('result', checked.errors);
  return {
    review: checked.review,
    report: {
      audience: profile.audience,
      usedKey: key !== undefined,
      withheld: {
        chronology: entries.withheld,
        keyPracticeEpisodes: episodes.withheld,
        contributoryFactors: factors.withheld,
        patterns: review.patterns.length - patterns.length,
      },
      changes,
      counts: count(changes),
    },
  };
}

/**
 * For internal views only: each pseudonym in `text` followed by the person's name from the
 * key ("Child J (Jordan Samplefield)"). Never use it on anything that leaves the partnership.
 */
export function reidentify(text: string, review: Pick<Review, 'subjects'>, key: PseudonymKey): string {
  const names = new Map(key.people.map((p) => [p.subjectId, p.names[0]]));
  const subjects = review.subjects
    .filter((s) => names.has(s.id))
    .sort((a, b) => b.pseudonym.length - a.pseudonym.length);
  if (!subjects.length) return text;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${subjects.map((s) => escape(s.pseudonym)).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  const byPseudonym = new Map(subjects.map((s) => [s.pseudonym, names.get(s.id)!]));
  return text.replace(pattern, (pseudonym) => `${pseudonym} (${byPseudonym.get(pseudonym)})`);
}
