/**
 * The one-page practice briefing a partnership sends every agency after a review: what
 * happened, why, what will change, and what to do differently. It is drafted from the review
 * under the **publication** audience profile, so it holds pseudonyms only and dates to the
 * month, whatever copy of the review it is given.
 *
 * A briefing is plain data (sections of paragraphs and lists) in one language, so a component
 * can draw it, a partnership's own system can print it, and a bilingual page can put the
 * Welsh and English side by side. Each section can be edited as text and hidden; edits are
 * kept apart from what was generated ({@link BriefingEdits}) so "reset to generated" is
 * always possible, and edited text is scanned as the publication profile scans free text.
 */
import { draft, localise, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import { FACTOR_LEVELS, REVIEW_TYPES, labelOf } from '../model/codes.js';
import type { Action, PseudonymKey, Review } from '../model/schemas.js';
import type { IsoDate } from '../time/calendar-date.js';
import { comparePartialDates } from '../time/edtf.js';
import { formatPartialDate } from '../time/format.js';
import { redactReview } from '../exchange/redact.js';
import { textScanner, type TextRule, type TextScanner } from '../exchange/scan.js';
import { BRIEFING_PROMPTS, GENERAL_PROMPTS, WENT_WELL_PROMPTS, type BriefingPrompts } from '../forms/briefing-prompts.js';
import { RAG_LABELS, actionStrength, deriveRag, type Rag } from './actions.js';
import { summarisePlan } from './plan.js';

export const BRIEFING_VARIANTS = ['practice', 'you-said-we-did'] as const;
/** `practice`: the briefing for every agency. `you-said-we-did`: for practitioners who took part. */
export type BriefingVariant = (typeof BRIEFING_VARIANTS)[number];

/** The sections of each variant, in the order they are printed. */
export const BRIEFING_SECTIONS = {
  practice: ['case', 'found', 'episodes', 'went-well', 'patterns', 'recommendations', 'actions', 'practice', 'supervision', 'report'],
  'you-said-we-did': ['event', 'you-said', 'still-to-do', 'actions', 'report'],
} as const satisfies Record<BriefingVariant, readonly string[]>;
export type BriefingSectionId = (typeof BRIEFING_SECTIONS)[BriefingVariant][number];

/** Headings of the sections, and the other words a briefing prints, in both languages. */
export const BRIEFING_HEADINGS: Readonly<Record<BriefingSectionId, LocalisedText>> = {
  case: draft('The case in brief', 'Yr achos yn gryno'),
  found: draft('What the review found', 'Beth a ganfu’r adolygiad'),
  episodes: draft('Key practice episodes', 'Cyfnodau ymarfer allweddol'),
  'went-well': draft('What went well', 'Beth aeth yn dda'),
  patterns: draft('Why it happened: patterns and factors', 'Pam y digwyddodd: patrymau a ffactorau'),
  recommendations: draft('Recommendations', 'Argymhellion'),
  actions: draft('What agencies are doing', 'Beth mae asiantaethau’n ei wneud'),
  practice: draft('What this means for your practice', 'Beth mae hyn yn ei olygu i’ch ymarfer'),
  supervision: draft('For team meetings and supervision', 'Ar gyfer cyfarfodydd tîm a goruchwyliaeth'),
  report: draft('Find out more', 'Rhagor o wybodaeth'),
  event: draft('Thank you for taking part', 'Diolch am gymryd rhan'),
  'you-said': draft('You said, we did', 'Dywedoch chi, gwnaethom ni'),
  'still-to-do': draft('Still to do', 'I’w wneud o hyd'),
};

const WORDS = {
  practiceTitle: draft('Practice briefing', 'Briff ymarfer'),
  yswdTitle: draft('You said, we did', 'Dywedoch chi, gwnaethom ni'),
  scope: draft(
    '{partnership} carried out this review ({type}). It looked at the period {start} – {end} and at the work of {agencies} agencies.',
    '{partnership} a gynhaliodd yr adolygiad hwn ({type}). Edrychodd ar y cyfnod {start} – {end} ac ar waith {agencies} asiantaeth.',
  ),
  scopeNoPeriod: draft(
    '{partnership} carried out this review ({type}). It looked at the work of {agencies} agencies.',
    '{partnership} a gynhaliodd yr adolygiad hwn ({type}). Edrychodd ar waith {agencies} asiantaeth.',
  ),
  factors: draft('{count} contributory factors:', '{count} ffactor cyfrannol:'),
  actionsSoFar: draft(
    '{total} actions agreed across {agencies} agencies; {done} done so far.',
    '{total} cam gweithredu wedi’u cytuno ar draws {agencies} asiantaeth; {done} wedi’u gwneud hyd yma.',
  ),
  changesMade: draft('Changes already made include:', 'Mae’r newidiadau a wnaed eisoes yn cynnwys:'),
  noActions: draft('No actions have been agreed yet.', 'Nid oes camau gweithredu wedi’u cytuno eto.'),
  reportAt: draft('Read the full report: {url}', 'Darllenwch yr adroddiad llawn: {url}'),
  reportAsk: draft('Ask {partnership} for the full report.', 'Gofynnwch i {partnership} am yr adroddiad llawn.'),
  published: draft('Published {month} by {partnership}.', 'Cyhoeddwyd ym mis {month} gan {partnership}.'),
  reportShare: draft(
    'Share this briefing with your team, and add the review to the agenda of your next team meeting.',
    'Rhannwch y briff hwn gyda’ch tîm, ac ychwanegwch yr adolygiad at agenda eich cyfarfod tîm nesaf.',
  ),
  event: draft(
    'At the learning event in {month}, {people} practitioners and managers from {agencies} agencies told the review what helped and what got in the way. This is what has changed since.',
    'Yn y digwyddiad dysgu ym mis {month}, dywedodd {people} o ymarferwyr a rheolwyr o {agencies} asiantaeth wrth yr adolygiad beth a helpodd a beth a rwystrodd. Dyma beth sydd wedi newid ers hynny.',
  ),
  eventNoCount: draft(
    'At the learning event in {month}, practitioners and managers from {agencies} agencies told the review what helped and what got in the way. This is what has changed since.',
    'Yn y digwyddiad dysgu ym mis {month}, dywedodd ymarferwyr a rheolwyr o {agencies} asiantaeth wrth yr adolygiad beth a helpodd a beth a rwystrodd. Dyma beth sydd wedi newid ers hynny.',
  ),
  noEvent: draft(
    'No points raised by practitioners at a learning event are recorded in this review yet.',
    'Nid oes pwyntiau a godwyd gan ymarferwyr mewn digwyddiad dysgu wedi’u cofnodi yn yr adolygiad hwn eto.',
  ),
  youSaid: draft('You said:', 'Dywedoch chi:'),
  weDid: draft('We did:', 'Gwnaethom ni:'),
  notYet: draft('We are still working on this.', 'Rydym yn dal i weithio ar hyn.'),
  progress: draft('Progress:', 'Cynnydd:'),
  progressText: draft('{done} of {total} actions done.', '{done} o {total} cam gweithredu wedi’u gwneud.'),
  due: draft('due {month}', 'yn ddyledus ym mis {month}'),
  allDone: draft('Every action linked to what you raised is done.', 'Mae pob cam gweithredu sy’n gysylltiedig â’r hyn a godwyd gennych wedi’i wneud.'),
  footer: draft(
    'This briefing uses pseudonyms only, and gives dates to the month. Action plan progress as at {month}.',
    'Mae’r briff hwn yn defnyddio ffugenwau yn unig, ac yn rhoi dyddiadau i’r mis. Cynnydd y cynllun gweithredu ym mis {month}.',
  ),
  rag: {
    red: draft('Red: overdue or at risk', 'Coch: yn hwyr neu mewn perygl'),
    amber: draft('Amber: needs attention', 'Ambr: angen sylw'),
    green: draft('Green: on track', 'Gwyrdd: ar y trywydd iawn'),
    blue: draft('Blue: done, impact reviewed', 'Glas: wedi’i wneud, effaith wedi’i hadolygu'),
    none: draft('Not yet rated', 'Heb ei sgorio eto'),
  } satisfies Record<Rag, LocalisedText>,
} as const;

/** The labels a briefing prints beside its plan summary, by RAG rating. */
export const BRIEFING_RAG_LABELS: Readonly<Record<Rag, LocalisedText>> = WORDS.rag;

/** A line of text; `lead` is a few words printed bold before it ("You said:", "June 2022"). */
export interface BriefingLine {
  readonly lead?: string;
  readonly text: string;
  /** The line's language when it is not the briefing's: text taken from the review as written. */
  readonly lang?: Locale;
}

export type BriefingBlock =
  | { readonly kind: 'paragraph'; readonly line: BriefingLine }
  /** Each item is one or more lines (a "you said" and its "we did"). */
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly BriefingLine[])[] };

/** The plan at a glance: actions by RAG rating on the day the briefing was made. */
export interface BriefingRag {
  readonly total: number;
  readonly counts: Readonly<Record<Rag, number>>;
}

export interface BriefingSection {
  readonly id: BriefingSectionId;
  readonly heading: string;
  readonly blocks: readonly BriefingBlock[];
  /** The plan's RAG summary; always current, never part of the edited text. */
  readonly rag?: BriefingRag;
  /** Whether the text was edited (see {@link applyBriefingEdits}). */
  readonly edited: boolean;
  readonly hidden: boolean;
  /** How publication rules changed the edited text ("an exact date given as the month"); never what it said. */
  readonly generalised: readonly TextRule[];
}

export interface Briefing {
  readonly locale: Locale;
  readonly variant: BriefingVariant;
  readonly reviewId: string;
  /** "Practice briefing" or "You said, we did". */
  readonly title: string;
  /** The review's own title, in the review's language. */
  readonly reviewTitle: BriefingLine;
  readonly partnership: string;
  readonly sections: readonly BriefingSection[];
  readonly footer: string;
}

export interface BriefingOptions {
  /** The day the plan's RAG ratings are worked out for; printed as the month. */
  readonly today: IsoDate;
  /** The language of the briefing's own words. Default `en-GB`. */
  readonly locale?: Locale;
  readonly variant?: BriefingVariant;
  /** The pseudonym key, so names and details it knows are found in the review's free text. */
  readonly key?: PseudonymKey;
  /** The language the review is written in. Default `en-GB`. */
  readonly reviewLocale?: Locale;
  /** How many of the changes already made the practice briefing lists. Default 3. */
  readonly changesListed?: number;
}

// Not the plan's own sets (derive/actions.ts, plan.ts): a practitioner reading a briefing
// counts a change as done once it is made, before its evidence is judged, and a draft that
// no agency has agreed to is not yet something "agencies are doing".
const DONE = new Set<Action['status']>(['completed', 'evidenced', 'impact-reviewed', 'closed']);
const INACTIVE = new Set<Action['status']>(['superseded', 'cancelled', 'draft']);
const STRENGTH_ORDER = { stronger: 0, intermediate: 1, weaker: 2 } as const;

/** "June 2022" from a partial date at month precision or coarser. */
function month(edtf: string, locale: Locale): string {
  try {
    return formatPartialDate(edtf, locale);
  } catch {
    return edtf.slice(0, 4);
  }
}

const monthOf = (isoDate: string, locale: Locale) => month(isoDate.slice(0, 7), locale);

/**
 * The briefing drafted from `review` under the publication profile. The review is redacted
 * first (unless it already is a publication copy), so nothing it holds for other audiences
 * can reach the briefing. Throws the SDK's `RedactionError` when the review cannot be
 * redacted safely.
 */
export function generateBriefing(review: Review, options: BriefingOptions): Briefing {
  const locale = options.locale ?? 'en-GB';
  const variant = options.variant ?? 'practice';
  const reviewLang = options.reviewLocale ?? 'en-GB';
  const published = review.audience === 'publication' ? review : redactReview(review, { audience: 'publication', ...(options.key ? { key: options.key } : {}), locale: reviewLang }).review;
  const say = (text: LocalisedText, params: Record<string, string | number> = {}) => localise(text, locale, params);
  const fromReview = (text: string, lead?: string): BriefingLine => ({ ...(lead ? { lead } : {}), text, ...(reviewLang !== locale ? { lang: reviewLang } : {}) });
  const ours = (text: string, lead?: string): BriefingLine => ({ ...(lead ? { lead } : {}), text });
  const paragraph = (line: BriefingLine): BriefingBlock => ({ kind: 'paragraph', line });
  const list = (items: readonly (readonly BriefingLine[])[], ordered = false): BriefingBlock => ({ kind: 'list', ordered, items });

  const plan = summarisePlan(published, { today: options.today });
  // Drafts, superseded and cancelled actions are not rated: the figure is the active plan.
  const rag: BriefingRag = { total: plan.total - plan.byRag.none, counts: plan.byRag };
  const section = (id: BriefingSectionId, blocks: readonly BriefingBlock[], extra: { rag?: BriefingRag } = {}): BriefingSection | undefined =>
    blocks.length || extra.rag ? { id, heading: say(BRIEFING_HEADINGS[id]), blocks, ...extra, edited: false, hidden: false, generalised: [] } : undefined;

  const agencyCount = published.agencies.length;
  const actionsSection = (): BriefingSection | undefined => {
    const active = published.actions.filter((a) => !INACTIVE.has(a.status));
    if (!active.length) return section('actions', [paragraph(ours(say(WORDS.noActions)))]);
    const done = active.filter((a) => DONE.has(a.status));
    const recommendations = new Map(published.recommendations.map((r) => [r.id, r]));
    const strength = (a: Action) => STRENGTH_ORDER[actionStrength(a, recommendations.get(a.recommendationId))];
    // Stronger changes first: they are the ones that change the system rather than ask people to remember.
    const shown = [...done].sort((a, b) => strength(a) - strength(b)).slice(0, options.changesListed ?? 3);
    const blocks: BriefingBlock[] = [
      paragraph(ours(say(WORDS.actionsSoFar, { total: active.length, agencies: new Set(active.map((a) => a.agencyId)).size, done: done.length }))),
    ];
    if (variant === 'practice' && shown.length) blocks.push(paragraph(ours(say(WORDS.changesMade))), list(shown.map((a) => [fromReview(a.title)])));
    return section('actions', blocks, { rag });
  };

  const reportSection = (): BriefingSection | undefined => {
    const { publication, partnership } = published;
    const lines: BriefingLine[] = [];
    lines.push(ours(publication?.url ? say(WORDS.reportAt, { url: publication.url }) : say(WORDS.reportAsk, { partnership: partnership.name })));
    if (publication?.publishedOn) lines.push(ours(say(WORDS.published, { month: monthOf(publication.publishedOn, locale), partnership: partnership.name })));
    if (variant === 'practice') lines.push(ours(say(WORDS.reportShare)));
    return section('report', lines.map(paragraph));
  };

  const sections: (BriefingSection | undefined)[] = [];
  if (variant === 'practice') {
    const episodes = published.keyPracticeEpisodes;
    const windowOf = (k: Review['keyPracticeEpisodes'][number]) => {
      const [start, end] = [month(k.window.start, locale), month(k.window.end, locale)];
      return start === end ? start : `${start} – ${end}`;
    };
    const starts = [...episodes.map((k) => k.window.start), ...published.chronology.map((e) => e.date)].sort(comparePartialDates);
    const ends = [...episodes.map((k) => k.window.end), ...published.chronology.map((e) => e.date)].sort(comparePartialDates);
    const scope = { partnership: published.partnership.name, type: labelOf(REVIEW_TYPES, published.type, locale), agencies: agencyCount };
    const caseBlocks: BriefingBlock[] = [];
    if (published.incident) caseBlocks.push(paragraph(fromReview(published.incident.summary, month(published.incident.date, locale))));
    caseBlocks.push(
      paragraph(
        ours(
          starts.length
            ? say(WORDS.scope, { ...scope, start: month(starts[0]!, locale), end: month(published.incident?.date ?? ends[ends.length - 1]!, locale) })
            : say(WORDS.scopeNoPeriod, scope),
        ),
      ),
    );
    sections.push(section('case', caseBlocks));
    sections.push(section('found', published.findings.length ? [list(published.findings.map((f) => [fromReview(f.title)]))] : []));
    const [good, others] = [episodes.filter((k) => k.assessment === 'good'), episodes.filter((k) => k.assessment !== 'good')];
    sections.push(section('episodes', others.length ? [list(others.map((k) => [fromReview(k.title, windowOf(k))]))] : []));
    sections.push(section('went-well', good.length ? [list(good.map((k) => [fromReview(k.title, windowOf(k))]))] : []));

    const patternBlocks: BriefingBlock[] = [];
    if (published.patterns.length) patternBlocks.push(list(published.patterns.map((p) => [fromReview(p.title)])));
    if (published.contributoryFactors.length) {
      const byLevel = FACTOR_LEVELS.codes
        .map((level) => ({ level, n: published.contributoryFactors.filter((f) => f.level === level).length }))
        .filter((l) => l.n > 0)
        .map((l) => `${labelOf(FACTOR_LEVELS, l.level, locale)} ${l.n}`);
      patternBlocks.push(paragraph(ours(`${byLevel.join(' · ')}.`, say(WORDS.factors, { count: published.contributoryFactors.length }))));
    }
    sections.push(section('patterns', patternBlocks));
    sections.push(section('recommendations', published.recommendations.length ? [list(published.recommendations.map((r) => [fromReview(r.text)]), true)] : []));
    sections.push(actionsSection());

    // Prompts for the kinds of pattern found, the strengths when there were any, and the one question every briefing asks.
    const categories = [...new Set(published.patterns.map((p) => p.category))].filter((c) => c !== 'incidents-and-crises' || !good.length);
    // Four prompts at most: a briefing is one page, and a few questions get asked where a long list is skimmed.
    const prompts: BriefingPrompts[] = [...categories.map((c) => BRIEFING_PROMPTS[c]).slice(0, good.length ? 2 : 3), ...(good.length ? [WENT_WELL_PROMPTS] : []), GENERAL_PROMPTS];
    sections.push(section('practice', [list(prompts.map((p) => [ours(say(p.practice))]))]));
    sections.push(section('supervision', [list(prompts.map((p) => [ours(say(p.supervision))]))]));
    sections.push(reportSection());
  } else {
    const events = published.learningEvents.filter((e) => e.raised.length);
    const actions = new Map(published.actions.map((a) => [a.id, a]));
    sections.push(
      section(
        'event',
        events.length
          ? events.map((e) =>
              paragraph(
                ours(
                  e.attendance
                    ? say(WORDS.event, { month: monthOf(e.date, locale), people: e.attendance, agencies: e.agencyIds.length || agencyCount })
                    : say(WORDS.eventNoCount, { month: monthOf(e.date, locale), agencies: e.agencyIds.length || agencyCount }),
                ),
              ),
            )
          : [paragraph(ours(say(WORDS.noEvent)))],
      ),
    );
    const points = events.flatMap((e) => e.raised);
    sections.push(
      section(
        'you-said',
        points.length
          ? [
              list(
                points.map((p) => {
                  const linked = p.actionIds.map((id) => actions.get(id)).filter((a): a is Action => !!a && !INACTIVE.has(a.status));
                  const lines: BriefingLine[] = [fromReview(p.text, say(WORDS.youSaid)), p.response ? fromReview(p.response, say(WORDS.weDid)) : ours(say(WORDS.notYet), say(WORDS.weDid))];
                  if (linked.length) lines.push(ours(say(WORDS.progressText, { done: linked.filter((a) => DONE.has(a.status)).length, total: linked.length }), say(WORDS.progress)));
                  return lines;
                }),
              ),
            ]
          : [],
      ),
    );
    const linkedIds = new Set(points.flatMap((p) => p.actionIds));
    const open = published.actions.filter((a) => linkedIds.has(a.id) && !INACTIVE.has(a.status) && !DONE.has(a.status));
    const todo = open.map((a) => {
      const rating = deriveRag(a, options.today).rating;
      return [fromReview(a.title, say(RAG_LABELS[rating])), ours(say(WORDS.due, { month: monthOf(a.dueDate, locale) }))];
    });
    sections.push(section('still-to-do', points.length ? (todo.length ? [list(todo)] : [paragraph(ours(say(WORDS.allDone)))]) : []));
    sections.push(actionsSection());
    sections.push(reportSection());
  }

  return {
    locale,
    variant,
    reviewId: published.id,
    title: say(variant === 'practice' ? WORDS.practiceTitle : WORDS.yswdTitle),
    reviewTitle: fromReview(published.title),
    partnership: published.partnership.name,
    sections: sections.filter((s): s is BriefingSection => !!s),
    footer: say(WORDS.footer, { month: monthOf(options.today, locale) }),
  };
}

// --- Edits -------------------------------------------------------------------------------

/** What a person changed in one section: hidden, and the text in each language they edited. */
export interface BriefingSectionEdit {
  readonly hidden?: boolean;
  readonly text?: Readonly<Partial<Record<Locale, string>>>;
}

/** A person's changes to a generated briefing, by section id; kept as a draft. */
export interface BriefingEdits {
  readonly sections: Readonly<Partial<Record<string, BriefingSectionEdit>>>;
}

/** The longest text a section may be edited to: a briefing is one page. */
export const BRIEFING_SECTION_MAX_LENGTH = 6000;

/** Whether `value` is a set of briefing edits (drafts outlive releases, so check before use). */
export function isBriefingEdits(value: unknown): value is BriefingEdits {
  if (!value || typeof value !== 'object') return false;
  const sections = (value as { sections?: unknown }).sections;
  if (!sections || typeof sections !== 'object' || Array.isArray(sections)) return false;
  return Object.values(sections).every((edit: unknown) => {
    if (!edit || typeof edit !== 'object') return false;
    const { hidden, text } = edit as { hidden?: unknown; text?: unknown };
    if (hidden !== undefined && typeof hidden !== 'boolean') return false;
    if (text === undefined) return true;
    if (!text || typeof text !== 'object') return false;
    return Object.entries(text).every(([k, v]) => (k === 'en-GB' || k === 'cy') && typeof v === 'string');
  });
}

/**
 * A scanner for text people write into a briefing, with the publication profile's rules:
 * names and details the key knows, staff names, contact details and exact dates.
 */
export function briefingScanner(review: Pick<Review, 'subjects'>, key: PseudonymKey | undefined, locale: Locale): TextScanner {
  return textScanner({
    people: (key?.people ?? []).map((p) => ({ names: p.names, replacement: review.subjects.find((s) => s.id === p.subjectId)?.pseudonym ?? p.subjectId })),
    identifiers: key?.people.flatMap((p) => p.identifiers) ?? [],
    staff: key?.staff ?? [],
    staffNames: 'roles',
    dates: 'month',
    locale,
  });
}

/**
 * The briefing with `edits` applied: hidden sections marked, edited text parsed (see
 * {@link parseBriefingText}) and scanned with `scanner`, so an exact date or a name typed into
 * a section is generalised as the publication profile says.
 */
export function applyBriefingEdits(briefing: Briefing, edits: BriefingEdits | undefined, scanner: TextScanner): Briefing {
  if (!edits) return briefing;
  return {
    ...briefing,
    sections: briefing.sections.map((s) => {
      const edit = edits.sections[s.id];
      if (!edit) return s;
      const text = edit.text?.[briefing.locale];
      if (text === undefined) return { ...s, hidden: !!edit.hidden };
      const scanned = scanner.scan(text.slice(0, BRIEFING_SECTION_MAX_LENGTH));
      return { ...s, hidden: !!edit.hidden, edited: true, blocks: parseBriefingText(scanned.text), generalised: scanned.rules };
    }),
  };
}

// --- Text --------------------------------------------------------------------------------

/**
 * A section as text to edit: paragraphs separated by a blank line, list items starting
 * "- " (or "1. " when numbered), a second line of an item indented, and a bold lead written
 * `**like this**` at the start of a line.
 */
export function briefingText(blocks: readonly BriefingBlock[]): string {
  const line = (l: BriefingLine) => (l.lead ? `**${l.lead}** ${l.text}` : l.text);
  return blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? line(b.line)
        : b.items.map((item, i) => item.map((l, j) => (j === 0 ? `${b.ordered ? `${i + 1}.` : '-'} ${line(l)}` : `  ${line(l)}`)).join('\n')).join('\n'),
    )
    .join('\n\n');
}

const BULLET = /^\s*[-*•–]\s+(.*)$/u;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/u;
const CONTINUED = /^\s{2,}(\S.*)$/u;
const LEAD = /^\*\*(.+?)\*\*\s*(.*)$/su;

function toLine(text: string): BriefingLine {
  const lead = LEAD.exec(text.trim());
  return lead ? { lead: lead[1]!.trim(), text: lead[2]!.trim() } : { text: text.trim() };
}

/** Parses text written as {@link briefingText} writes it. Anything else is a paragraph. */
export function parseBriefingText(text: string): BriefingBlock[] {
  const blocks: BriefingBlock[] = [];
  let paragraph: string[] = [];
  let items: string[][] | undefined;
  let ordered = false;
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', line: toLine(paragraph.join(' ')) });
    paragraph = [];
  };
  const endList = () => {
    if (items?.length) blocks.push({ kind: 'list', ordered, items: items.map((item) => item.map(toLine)) });
    items = undefined;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!raw.trim()) {
      endParagraph();
      endList();
      continue;
    }
    const bullet = BULLET.exec(raw);
    const numbered = bullet ? null : NUMBERED.exec(raw);
    if (bullet || numbered) {
      endParagraph();
      const isOrdered = !!numbered;
      if (items && ordered !== isOrdered) endList();
      ordered = isOrdered;
      (items ??= []).push([(bullet ?? numbered)![1]!]);
      continue;
    }
    const continued = items ? CONTINUED.exec(raw) : null;
    if (continued && items) {
      items[items.length - 1]!.push(continued[1]!);
      continue;
    }
    endList();
    paragraph.push(raw.trim());
  }
  endParagraph();
  endList();
  return blocks;
}

/** Every piece of text a briefing prints, in order: for checks such as "no exact dates". */
export function briefingStrings(briefing: Briefing): string[] {
  const lines = (b: BriefingBlock) => (b.kind === 'paragraph' ? [b.line] : b.items.flat());
  return [
    briefing.title,
    briefing.reviewTitle.text,
    briefing.partnership,
    ...briefing.sections.filter((s) => !s.hidden).flatMap((s) => [s.heading, ...s.blocks.flatMap(lines).flatMap((l) => [l.lead ?? '', l.text])]),
    briefing.footer,
  ].filter(Boolean);
}
