// `slk validate`, `slk summary` and `slk trace`.
import type { Locale } from '../locale.js';
import { draft, localise, type LocalisedText } from '../localised-text.js';
import { formatIsoDate, formatPartialDate } from '../time/format.js';
import { ACTION_STATUSES, FACTOR_INFLUENCES, FACTOR_LEVELS, INTERVENTION_STRENGTHS, KPE_ASSESSMENTS, PATTERN_CATEGORIES, labelOf } from '../model/codes.js';
import { parseDocument, parseFeedbackResponse, parseReview } from '../model/validate.js';
import type { FeedbackForm, Review } from '../model/schemas.js';
import { RAG_LABELS, RAG_RATINGS, deriveRag } from '../derive/actions.js';
import { summarisePlan, traceAction, traceEpisode } from '../derive/plan.js';
import { CliError, EXIT, readJson, type CliIo } from './io.js';
import { localeOption as locale, todayOption as today, type Command } from './command.js';

/** Reads a review file, printing each validation error; returns undefined when invalid. */
export async function readReview(path: string, io: CliIo, lang: Locale): Promise<Review | undefined> {
  const result = parseReview(await readJson(io, path), { locale: lang });
  if (result.ok) return result.review;
  for (const error of result.errors) io.stderr(`${path}: ${error.path || '(document)'}: ${error.message}`);
  return undefined;
}

export const validate: Command = {
  name: 'validate',
  summary: 'Check kit documents (reviews, forms, responses, worksheets) and report every problem.',
  usage: 'slk validate FILE... [--locale en-GB|cy] [--quiet]',
  details: [
    'Prints one line per problem, FILE: path: message, to standard output, and carries on',
    'to the next file. Feedback responses are also checked against any form given in the',
    'same command. Exits 2 if any file could not be read, else 1 if any is not valid.',
    '--quiet         print nothing for files that are valid',
  ],
  options: { locale: { type: 'string' }, quiet: { type: 'boolean' } },
  async run(args, io) {
    if (!args.positionals.length) throw new CliError('Give at least one file: slk validate FILE...');
    const lang = locale(args);
    // Read everything first, so a response can be checked against a form listed after it.
    // A file that cannot be read is reported and the rest are still checked.
    const inputs = new Map<string, unknown>();
    let unreadable = 0;
    for (const path of args.positionals) {
      try {
        inputs.set(path, await readJson(io, path));
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        unreadable++;
        io.stdout(error.message);
      }
    }
    const forms = new Map<string, FeedbackForm>();
    for (const input of inputs.values()) {
      const parsed = parseDocument(input);
      if (parsed.ok && parsed.kind === 'feedback-form') forms.set(parsed.document.id, parsed.document);
    }
    let invalid = 0;
    for (const [path, input] of inputs) {
      let result = parseDocument(input, { locale: lang });
      if (result.ok && result.kind === 'feedback-response') {
        const form = forms.get(result.document.formId);
        if (form) {
          const checked = parseFeedbackResponse(input, { locale: lang, form });
          if (!checked.ok) result = checked;
        }
      }
      if (result.ok) {
        if (!args.values['quiet']) io.stdout(`${path}: valid ${result.kind}`);
      } else {
        invalid++;
        for (const error of result.errors) io.stdout(`${path}: ${error.path || '(document)'}: ${error.message}`);
      }
    }
    return unreadable ? EXIT.usage : invalid ? EXIT.invalid : EXIT.ok;
  },
};

const W = {
  plan: draft('{title}: action plan on {date}', '{title}: cynllun gweithredu ar {date}'),
  actions: draft('{total} actions ({active} active), {overdue} overdue', '{total} cam gweithredu ({active} yn weithredol), {overdue} yn hwyr'),
  rag: draft('RAG', 'RAG'),
  status: draft('Status', 'Statws'),
  evidenced: draft('Evidenced: {evidenced}%   Impact reviewed: {reviewed}%', 'Tystiolaeth: {evidenced}%   Effaith wedi’i hadolygu: {reviewed}%'),
  strength: draft('Intervention strength', 'Cryfder ymyriadau'),
  byAgency: draft('By agency', 'Fesul asiantaeth'),
  agencyLine: draft('{name}: {total} {actions}, {overdue} overdue ({rags})', '{name}: {total} cam gweithredu, {overdue} yn hwyr ({rags})'),
  warnings: draft('Warnings', 'Rhybuddion'),
  action: draft('Action {id}: {title}', 'Cam gweithredu {id}: {title}'),
  actionDetail: draft('{agency}; {status}; due {due}; RAG {rag}', '{agency}; {status}; yn ddyledus {due}; RAG {rag}'),
  recommendation: draft('Recommendation', 'Argymhelliad'),
  finding: draft('Finding', 'Canfyddiad'),
  pattern: draft('Pattern', 'Patrwm'),
  factor: draft('Factor', 'Ffactor'),
  episode: draft('Key practice episode', 'Cyfnod ymarfer allweddol'),
  chronology: draft('Chronology ({count} {entries})', 'Cronoleg ({count} cofnod)'),
  evidenceEntries: draft('Chronology entries the factors cite as evidence ({count})', 'Cofnodion cronoleg y mae’r ffactorau’n eu dyfynnu fel tystiolaeth ({count})'),
  moreEntries: draft('…and {count} more {entries} in these episodes: add --all-entries to list them', '…a {count} cofnod arall yn y cyfnodau hyn: ychwanegwch --all-entries i’w rhestru'),
  evidence: draft('Evidence', 'Tystiolaeth'),
  actionsFrom: draft('Actions', 'Camau gweithredu'),
  factors: draft('Factors', 'Ffactorau'),
  patterns: draft('Patterns', 'Patrymau'),
  findings: draft('Findings', 'Canfyddiadau'),
  recommendations: draft('Recommendations', 'Argymhellion'),
  none: draft('(none)', '(dim)'),
};

function say(text: LocalisedText, lang: Locale, params: Record<string, string | number> = {}): string {
  // "1 entry", "2 entries": English needs the plural; the Welsh noun stays singular after a number.
  const count = params['count'];
  return localise(text, lang, { entries: count === 1 ? 'entry' : 'entries', ...params });
}

export const summary: Command = {
  name: 'summary',
  summary: 'Summarise a review’s action plan: RAG, statuses, evidence, strength, warnings.',
  usage: 'slk summary FILE [--today YYYY-MM-DD] [--json] [--locale en-GB|cy]',
  details: ['--today         the date RAG ratings are judged on (default: today in the UK)'],
  options: { today: { type: 'string' }, json: { type: 'boolean' }, locale: { type: 'string' } },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length) throw new CliError('Give one review file: slk summary FILE.');
    const lang = locale(args);
    const date = today(args, io);
    const review = await readReview(file, io, lang);
    if (!review) return EXIT.invalid;
    const plan = summarisePlan(review, { today: date });
    if (args.values['json']) {
      io.stdout(JSON.stringify(plan, null, 2));
      return EXIT.ok;
    }
    const pct = (n: number) => Math.round(n * 100);
    const ragText = (counts: Record<string, number>) =>
      RAG_RATINGS.filter((r) => counts[r]).map((r) => `${counts[r]} ${localise(RAG_LABELS[r], lang).split(':')[0]!.toLowerCase()}`).join(', ');
    io.stdout(say(W.plan, lang, { title: review.title, date: formatIsoDate(date, lang) }));
    io.stdout(say(W.actions, lang, { total: plan.total, active: plan.active, overdue: plan.overdue }));
    io.stdout(`${say(W.rag, lang)}: ${ragText(plan.byRag)}`);
    io.stdout(`${say(W.status, lang)}: ${ACTION_STATUSES.codes.filter((s) => plan.byStatus[s]).map((s) => `${plan.byStatus[s]} ${labelOf(ACTION_STATUSES, s, lang).toLowerCase()}`).join('; ')}`);
    io.stdout(say(W.evidenced, lang, { evidenced: pct(plan.evidencedShare), reviewed: pct(plan.impactReviewedShare) }));
    io.stdout(`${say(W.strength, lang)}: ${INTERVENTION_STRENGTHS.codes.map((s) => `${plan.strength[s]} ${labelOf(INTERVENTION_STRENGTHS, s, lang).toLowerCase()}`).join(', ')}`);
    io.stdout(`${say(W.byAgency, lang)}:`);
    for (const agency of plan.byAgency) {
      const actions = agency.total === 1 ? 'action' : 'actions';
      io.stdout(`  ${say(W.agencyLine, lang, { name: agency.agencyName, total: agency.total, actions, overdue: agency.overdue, rags: ragText(agency.byRag) })}`);
    }
    if (plan.warnings.length) {
      io.stdout(`${say(W.warnings, lang)}:`);
      for (const warning of plan.warnings) io.stdout(`  - ${localise(warning.text, lang)}`);
    }
    return EXIT.ok;
  },
};

export const trace: Command = {
  name: 'trace',
  summary: 'Show why an action exists (back to the chronology), or what came of an episode.',
  usage: 'slk trace FILE (--action ID | --kpe ID) [--all-entries] [--today YYYY-MM-DD] [--json] [--locale en-GB|cy]',
  details: [
    '--action ID     the chain from the action back through recommendation, finding, patterns,',
    '                factors and key practice episodes to chronology entries',
    '--kpe ID        everything that came of a key practice episode',
    '--all-entries   list every entry in the episodes, not only those cited as evidence',
  ],
  options: {
    action: { type: 'string' },
    kpe: { type: 'string' },
    'all-entries': { type: 'boolean' },
    today: { type: 'string' },
    json: { type: 'boolean' },
    locale: { type: 'string' },
  },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    const actionId = args.values['action'];
    const kpeId = args.values['kpe'];
    if (!file || extra.length || (typeof actionId === 'string') === (typeof kpeId === 'string')) {
      throw new CliError('Give one review file and either --action ID or --kpe ID.');
    }
    const lang = locale(args);
    const date = today(args, io);
    const review = await readReview(file, io, lang);
    if (!review) return EXIT.invalid;
    const agencyName = (id: string) => review.agencies.find((a) => a.id === id)?.name ?? id;
    const entryLine = (e: Review['chronology'][number]) => `    ${formatPartialDate(e.date, lang)} — ${agencyName(e.agencyId)} — ${e.event}`;

    if (typeof actionId === 'string') {
      const chain = traceAction(review, actionId);
      if (!chain) throw new CliError('The review has no action with that id. slk summary lists the plan.');
      if (args.values['json']) {
        io.stdout(JSON.stringify(chain, null, 2));
        return EXIT.ok;
      }
      const { action } = chain;
      io.stdout(say(W.action, lang, { id: action.id, title: action.title }));
      io.stdout(`  ${say(W.actionDetail, lang, { agency: agencyName(action.agencyId), status: labelOf(ACTION_STATUSES, action.status, lang), due: formatIsoDate(action.dueDate, lang), rag: localise(RAG_LABELS[deriveRag(action, date).rating], lang) })}`);
      if (chain.recommendation) io.stdout(`  ← ${say(W.recommendation, lang)} ${chain.recommendation.id}: ${chain.recommendation.text}`);
      for (const f of chain.findings) io.stdout(`  ← ${say(W.finding, lang)} ${f.id}: ${f.title}`);
      for (const p of chain.patterns) io.stdout(`  ← ${say(W.pattern, lang)} ${p.id}: ${p.title} [${labelOf(PATTERN_CATEGORIES, p.category, lang)}]`);
      for (const f of chain.factors) {
        io.stdout(`  ← ${say(W.factor, lang)} ${f.id}: ${f.title} (${labelOf(FACTOR_LEVELS, f.level, lang)}; ${labelOf(FACTOR_INFLUENCES, f.influence, lang).toLowerCase()})`);
      }
      for (const k of chain.keyPracticeEpisodes) {
        io.stdout(`  ← ${say(W.episode, lang)} ${k.id}: ${k.title} (${formatPartialDate(`${k.window.start}/${k.window.end}`, lang)}; ${labelOf(KPE_ASSESSMENTS, k.assessment, lang).toLowerCase()})`);
      }
      // The evidence the factors cite is the "why"; the rest of the episodes is context.
      const citedBy = new Map<string, string[]>();
      for (const f of chain.factors) for (const ev of f.evidence) citedBy.set(ev.entryId, [...(citedBy.get(ev.entryId) ?? []), f.id]);
      const all = Boolean(args.values['all-entries']);
      const shown = all ? chain.chronology : chain.chronology.filter((e) => citedBy.has(e.id));
      io.stdout(`  ← ${say(all ? W.chronology : W.evidenceEntries, lang, { count: shown.length })}`);
      for (const e of shown) io.stdout(`${entryLine(e)}${citedBy.has(e.id) ? ` [${citedBy.get(e.id)!.join(', ')}]` : ''}`);
      const more = chain.chronology.length - shown.length;
      if (more > 0) io.stdout(`    ${say(W.moreEntries, lang, { count: more })}`);
      return EXIT.ok;
    }

    const forward = traceEpisode(review, kpeId as string);
    if (!forward) throw new CliError('The review has no key practice episode with that id.');
    if (args.values['json']) {
      io.stdout(JSON.stringify(forward, null, 2));
      return EXIT.ok;
    }
    const k = forward.keyPracticeEpisode;
    io.stdout(`${say(W.episode, lang)} ${k.id}: ${k.title} (${labelOf(KPE_ASSESSMENTS, k.assessment, lang).toLowerCase()})`);
    io.stdout(`  ${say(W.chronology, lang, { count: forward.chronology.length })}`);
    for (const e of forward.chronology) io.stdout(entryLine(e));
    const list = (label: LocalisedText, items: string[]) => {
      io.stdout(`  → ${say(label, lang)}:${items.length ? '' : ` ${say(W.none, lang)}`}`);
      for (const item of items) io.stdout(`    ${item}`);
    };
    list(W.factors, forward.factors.map((f) => `${f.id}: ${f.title}`));
    list(W.patterns, forward.patterns.map((p) => `${p.id}: ${p.title}`));
    list(W.findings, forward.findings.map((f) => `${f.id}: ${f.title}`));
    list(W.recommendations, forward.recommendations.map((r) => `${r.id}: ${r.text}`));
    list(W.actionsFrom, forward.actions.map((a) => `${a.id}: ${a.title} (${labelOf(ACTION_STATUSES, a.status, lang)})`));
    list(W.evidence, forward.evidence.map(({ actionId: id, evidence }) => `${id}/${evidence.id}: ${evidence.summary}`));
    return EXIT.ok;
  },
};
