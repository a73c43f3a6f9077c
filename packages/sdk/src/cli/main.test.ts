import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import { SAMPLE_TODAY, childJKey, childJResponses, childJReview, eventEvaluationForm } from '../fixtures/index.js';
import { toCsv } from '../exchange/csv.js';
import type { ChronologyEntry, Review } from '../model/schemas.js';
import type { CliIo } from './io.js';

interface Run {
  code: number;
  out: string[];
  err: string[];
  /** What was written to standard output as it is (exports). */
  raw: string;
  /** Files written or appended to. */
  written: Record<string, string>;
}

async function slk(argv: string[], files: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  let raw = '';
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(new Error('ENOENT'))),
    write: (text) => (raw += text),
    writeFile: (path, text) => {
      written[path] = text;
      return Promise.resolve();
    },
    appendFile: (path, text) => {
      if (path.startsWith('/no-such-folder/')) return Promise.reject(new Error('ENOENT'));
      written[path] = (written[path] ?? '') + text;
      return Promise.resolve();
    },
    today: () => SAMPLE_TODAY,
    now: () => `${SAMPLE_TODAY}T10:00:00.000Z`,
  };
  return { code: await main(argv, io), out, err, raw, written };
}

const REVIEW = JSON.stringify({
  type: 'rapid-review',
  nation: 'england',
  milestones: { 'local-authority-aware': '2026-11-03', 'notification-sent': '2026-11-06' },
});

describe('slk command line', () => {
  describe('holidays', () => {
    it('prints one ISO date per line', async () => {
      const run = await slk(['holidays', '--division', 'northern-ireland', '--year', '2025']);
      expect(run.code).to.equal(0);
      expect(run.out).to.deep.equal(['2025-01-01', '2025-03-17', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-07-14', '2025-08-25', '2025-12-25', '2025-12-26']);
    });

    it('names holidays in Welsh on request, marking substitute days', async () => {
      const run = await slk(['holidays', '--division', 'england-and-wales', '--year', '2027', '--titles', '--locale', 'cy']);
      expect(run.out.at(-1)).to.equal('2027-12-28  Gŵyl San Steffan (diwrnod yn lle)');
    });

    it('adds a partnership’s proclaimed holiday from a calendar file', async () => {
      const calendar = JSON.stringify([{ kind: 'add', divisions: ['scotland'], date: '2027-06-14', title: { 'en-GB': 'A fictional holiday' } }]);
      const run = await slk(['holidays', '--division', 'scotland', '--year', '2027', '--calendar', 'cal.json'], { 'cal.json': calendar });
      expect(run.out).to.include('2027-06-14');
    });

    it('explains bad arguments and exits 2', async () => {
      for (const argv of [
        ['holidays', '--division', 'wales', '--year', '2026'],
        ['holidays', '--division', 'scotland', '--year', '26'],
        ['holidays', '--division', 'scotland'],
        ['holidays', '--division', 'scotland', '--year', '2026', '--colour'],
        ['holidays', '--division', 'scotland', '--year', '2026', 'extra'],
        ['holidays', '--division', 'scotland', '--year', '1800'],
      ]) {
        const run = await slk(argv);
        expect(run.code, argv.join(' ')).to.equal(2);
        expect(run.err.join('\n'), argv.join(' ')).to.match(/must be|Unknown option|takes only options|1978 to 9999/);
      }
    });
  });

  describe('add-working-days', () => {
    it('prints the date, counting day 1 as the first working day after', async () => {
      const run = await slk(['add-working-days', '--division', 'england-and-wales', '--from', '2026-12-18', '--days', '15']);
      expect(run).to.deep.include({ code: 0, out: ['2027-01-13'] });
    });

    it('counts back with negative days', async () => {
      const run = await slk(['add-working-days', '--division', 'scotland', '--from', '2027-01-05', '--days', '-1']);
      expect(run.out).to.deep.equal(['2026-12-31']);
    });

    it('refuses an impossible date without repeating it', async () => {
      const run = await slk(['add-working-days', '--division', 'scotland', '--from', '2027-02-30', '--days', '1']);
      expect(run.code).to.equal(2);
      expect(run.err.join()).to.include('a real date').and.not.include('2027-02-30');
    });
  });

  describe('clocks', () => {
    it('shows each clock with its deadline and state', async () => {
      const run = await slk(['clocks', 'review.json', '--today', '2026-11-24'], { 'review.json': REVIEW });
      expect(run.code).to.equal(0);
      expect(run.out[0]).to.equal('Serious incident notification: met on 6 November 2026 (started 3 November 2026, deadline 10 November 2026)');
      expect(run.out[1]).to.equal('Rapid review: due soon, 3 working days left (started 6 November 2026, deadline 27 November 2026)');
    });

    it('measures from --today and speaks Welsh with --locale cy', async () => {
      const run = await slk(['clocks', 'review.json', '--today', '2026-12-01', '--locale', 'cy'], { 'review.json': REVIEW });
      expect(run.out[1]).to.equal('Adolygiad cyflym: yn hwyr, 2 diwrnod gwaith dros amser (dechreuwyd 6 Tachwedd 2026, dyddiad cau 27 Tachwedd 2026)');
    });

    it('prints JSON for other programs', async () => {
      const run = await slk(['clocks', 'review.json', '--json', '--today', '2026-11-24'], { 'review.json': REVIEW });
      const parsed = JSON.parse(run.out.join('\n')) as { today: string; clocks: Array<{ id: string; state: string }> };
      expect(parsed.today).to.equal('2026-11-24');
      expect(parsed.clocks.find((c) => c.id === 'rapid-review')?.state).to.equal('due-soon');
    });

    it('reports each invalid field with its path and exits 1', async () => {
      const bad = JSON.stringify({ type: 'rapid-review', nation: 'Cymru', milestones: { 'notification-sent': '06/11/2026' } });
      const run = await slk(['clocks', 'bad.json'], { 'bad.json': bad });
      expect(run.code).to.equal(1);
      expect(run.err).to.deep.equal([
        'bad.json: nation: Select the nation from the list: england, wales, scotland, northern-ireland',
        'bad.json: milestones.notification-sent: Enter the milestone date as a real date, like 2023-04-12',
      ]);
      expect(run.err.join()).not.to.include('Cymru').and.not.include('06/11/2026');
    });

    it('reports bad clock definitions with paths, in Welsh when asked', async () => {
      const definitions = JSON.stringify([{ id: 'Bad Id', label: { 'en-GB': 'x' } }]);
      const run = await slk(['clocks', 'review.json', '--definitions', 'defs.json', '--locale', 'cy'], { 'review.json': REVIEW, 'defs.json': definitions });
      expect(run.code).to.equal(1);
      expect(run.err[0]).to.equal('defs.json: [0].id: Dynodydd y cloc: rhaid defnyddio geiriau llythrennau bach wedi’u cysylltu â chysylltnodau, fel agency-returns');
      expect(run.err).to.include('defs.json: [0].label.cy: Rhowch enw’r cloc yn Gymraeg');
    });

    it('exits 2 for a file that is missing or not JSON', async () => {
      expect((await slk(['clocks', 'missing.json'])).code).to.equal(2);
      const notJson = await slk(['clocks', 'x.json'], { 'x.json': '{ "type": ' });
      expect(notJson).to.deep.include({ code: 2, err: ['slk clocks: x.json: is not valid JSON.'] });
    });
  });

  describe('validate', () => {
    const files = {
      'review.json': JSON.stringify(childJReview),
      'form.json': JSON.stringify(eventEvaluationForm),
      'response.json': JSON.stringify(childJResponses[0]),
    };

    it('accepts the sample documents and says what each is', async () => {
      const run = await slk(['validate', 'review.json', 'form.json', 'response.json'], files);
      expect(run).to.deep.include({ code: 0, out: ['review.json: valid review', 'form.json: valid feedback-form', 'response.json: valid feedback-response'] });
    });

    it('prints one line per problem with its path, and exits 1', async () => {
      const broken = structuredClone(childJReview) as any;
      delete broken.chronology[3].source;
      broken.chronology[5].date = '31/02/2023';
      broken.subjects[0].name = 'Some Name';
      const run = await slk(['validate', 'broken.json'], { 'broken.json': JSON.stringify(broken) });
      expect(run.code).to.equal(1);
      expect(run.out).to.deep.equal([
        'broken.json: subjects[0].name: Remove name: people in a review are recorded by pseudonym only',
        'broken.json: chronology[3].source: Enter the source of the entry',
        'broken.json: chronology[5].date: Enter the date of the entry like 2023-04-12, 2023-04, 2023, 2023-04-12~ (about) or 2023-04/2023-06 (a range)',
      ]);
      expect(run.out.join()).not.to.include('Some Name').and.not.include('31/02');
    });

    it('reports broken references once the structure is right', async () => {
      const broken = structuredClone(childJReview) as any;
      broken.actions[0].recommendationId = 'rec-99';
      const run = await slk(['validate', 'broken.json'], { 'broken.json': JSON.stringify(broken) });
      expect(run.out).to.deep.equal(['broken.json: actions[0].recommendationId: The recommendation the action answers must be a recommendation that is in this document']);
    });

    it('reports a file it cannot read and still checks the others, exiting 2', async () => {
      const broken = structuredClone(childJReview) as any;
      delete broken.title;
      const run = await slk(['validate', 'missing.json', 'x.json', 'broken.json', 'form.json'], { ...files, 'x.json': '{', 'broken.json': JSON.stringify(broken) });
      expect(run.code).to.equal(2);
      expect(run.out).to.deep.equal([
        'missing.json: cannot be read (check the path and permissions).',
        'x.json: is not valid JSON.',
        'broken.json: title: Enter the review title',
        'form.json: valid feedback-form',
      ]);
    });

    it('checks a response against a form given in the same command', async () => {
      const response = structuredClone(childJResponses[0]) as any;
      const ratingQuestion = eventEvaluationForm.sections.flatMap((x) => x.questions).find((q) => q.type === 'rating')!;
      response.answers[ratingQuestion.id] = 99;
      const run = await slk(['validate', 'form.json', 'response.json'], { ...files, 'response.json': JSON.stringify(response) });
      expect(run.code).to.equal(1);
      expect(run.out[1]).to.match(/^response\.json: answers\.[\w-]+: Select a rating from 1 to 5 for “/);
    });

    it('speaks Welsh with --locale cy', async () => {
      const broken = structuredClone(childJReview) as any;
      delete broken.title;
      const run = await slk(['validate', 'broken.json', '--locale', 'cy'], { 'broken.json': JSON.stringify(broken) });
      expect(run.out).to.deep.equal(['broken.json: title: Rhowch deitl yr adolygiad']);
    });
  });

  describe('summary', () => {
    it('summarises the sample plan on a given day', async () => {
      const run = await slk(['summary', 'review.json'], { 'review.json': JSON.stringify(childJReview) });
      expect(run.code).to.equal(0);
      expect(run.out.slice(0, 3)).to.deep.equal([
        'Child J: local child safeguarding practice review: action plan on 21 November 2026',
        '28 actions (24 active), 4 overdue',
        'RAG: 6 red, 4 amber, 5 green, 7 blue, 6 not rated',
      ]);
      expect(run.out).to.include('  - 4 actions are overdue.');
    });

    it('prints the summary as JSON', async () => {
      const run = await slk(['summary', 'review.json', '--json'], { 'review.json': JSON.stringify(childJReview) });
      const plan = JSON.parse(run.out.join('\n')) as { total: number; byRag: Record<string, number> };
      expect(plan.total).to.equal(28);
      expect(plan.byRag['red']).to.equal(6);
    });

    it('refuses an invalid review with its errors and exits 1', async () => {
      const run = await slk(['summary', 'review.json'], { 'review.json': '{"kind":"review"}' });
      expect(run.code).to.equal(1);
      expect(run.err[0]).to.match(/^review\.json: schemaVersion: Enter the schema version$/);
    });
  });

  describe('export and redact', () => {
    const files = { 'review.json': JSON.stringify(childJReview), 'key.json': JSON.stringify(childJKey) };
    const keyValues = [...childJKey.people.flatMap((p) => [...p.names, ...p.identifiers]), ...childJKey.staff.map((s) => s.name)];

    it('export --audience publication leaves no name from the key and no exact date of what happened', async () => {
      for (const withKey of [true, false]) {
        const run = await slk(['export', 'review.json', '--audience', 'publication', ...(withKey ? ['--key', 'key.json'] : [])], files);
        expect(run.code).to.equal(0);
        const lower = run.raw.toLowerCase();
        for (const value of keyValues) expect(lower, value).to.not.include(value.toLowerCase());
        const copy = JSON.parse(run.raw) as Review;
        const dates = [copy.incident!.date, ...copy.chronology.map((e) => e.date), ...copy.keyPracticeEpisodes.flatMap((k) => [k.window.start, k.window.end])];
        for (const date of dates) expect(date).to.not.match(/\d{4}-\d{2}-\d{2}/);
        const text = JSON.stringify([copy.chronology, copy.keyPracticeEpisodes, copy.incident, copy.actions.map((a) => a.progressNotes)]);
        expect(text).to.not.match(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/);
        expect(copy.milestones).to.deep.equal({});
        expect(run.err[0]).to.equal(withKey ? 'Redacted for publication, using the pseudonym key.' : 'Redacted for publication.');
        expect(run.err.join('\n')).to.include('Withheld: 73 chronology entries');
      }
    });

    it('exports the action plan as CSV and its dates as iCalendar', async () => {
      const csv = await slk(['export', 'review.json', '--audience', 'panel', '--format', 'csv', '--table', 'actions'], files);
      expect(csv.code).to.equal(0);
      expect(csv.raw.startsWith('\uFEFFAction ID,')).to.equal(true);
      expect(csv.raw.split('\r\n').filter(Boolean).length).to.equal(childJReview.actions.length + 1);
      const ics = await slk(['export', 'review.json', '--audience', 'publication', '--format', 'ics', '--out', 'plan.ics'], files);
      expect(ics.code).to.equal(0);
      expect(ics.raw).to.equal('');
      expect(ics.written['plan.ics']).to.match(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
      expect(ics.err).to.include('Wrote plan.ics.');
    });

    it('lists every change with --report, by field and rule only', async () => {
      const run = await slk(['export', 'review.json', '--audience', 'publication', '--key', 'key.json', '--report'], files);
      expect(run.err).to.include('  chronology/e006/actionTaken: Email address removed');
      expect(run.err.join('\n')).to.not.match(/example\.org|07700/);
    });

    it('refuses an internal export without a role, a reason and an audit log, and logs one that has them', async () => {
      const bare = await slk(['export', 'review.json', '--audience', 'internal'], files);
      expect(bare.code).to.equal(2);
      expect(bare.err[0]).to.match(/not redacted.*Add --role ROLE --reason/);
      expect(bare.raw).to.equal('');
      const noLog = await slk(['export', 'review.json', '--audience', 'internal', '--role', 'Business manager', '--reason', 'Coroner’s request for disclosure'], files);
      expect(noLog.code).to.equal(2);
      expect(noLog.err[0]).to.include('Add --audit-log FILE.');
      const badLog = await slk(['export', 'review.json', '--audience', 'internal', '--role', 'Business manager', '--reason', 'Coroner’s request for disclosure', '--audit-log', '/no-such-folder/audit.log'], files);
      expect(badLog.code).to.equal(2);
      expect(badLog.raw).to.equal('');
      const run = await slk(['export', 'review.json', '--audience', 'internal', '--role', 'Business manager', '--reason', 'Coroner’s request for disclosure', '--audit-log', 'audit.log'], files);
      expect(run.code).to.equal(0);
      expect(JSON.parse(run.written['audit.log']!)).to.deep.equal({
        at: `${SAMPLE_TODAY}T10:00:00.000Z`, action: 'export-without-redaction', reviewId: 'child-j', audience: 'internal', role: 'Business manager', reason: 'Coroner’s request for disclosure',
      });
      expect((JSON.parse(run.raw) as Review).chronology.length).to.equal(childJReview.chronology.length);
    });

    it('needs an audience, and explains bad options', async () => {
      for (const argv of [
        ['export', 'review.json'],
        ['export', 'review.json', '--audience', 'public'],
        ['export', 'review.json', '--audience', 'panel', '--format', 'xlsx'],
        ['export', 'review.json', '--audience', 'panel', '--table', 'actions'],
        ['redact', 'review.json', '--audience', 'internal'],
      ]) {
        const run = await slk(argv, files);
        expect(run.code, argv.join(' ')).to.equal(2);
        expect(run.raw).to.equal('');
      }
    });

    it('redact writes a valid redacted review, and redacting it again changes nothing', async () => {
      const once = await slk(['redact', 'review.json', '--audience', 'publication', '--key', 'key.json'], files);
      expect(once.code).to.equal(0);
      const twice = await slk(['redact', 'once.json', '--audience', 'publication', '--key', 'key.json'], { ...files, 'once.json': once.raw });
      expect(twice.raw).to.equal(once.raw);
      expect(twice.err).to.include('  Nothing needed changing.');
    });

    it('refuses a key for another review, naming the field and not the names', async () => {
      const other = JSON.stringify({ ...childJKey, reviewId: 'another-review' });
      const run = await slk(['redact', 'review.json', '--audience', 'panel', '--key', 'other.json'], { ...files, 'other.json': other });
      expect(run.code).to.equal(1);
      expect(run.err).to.deep.equal(['The pseudonym key does not fit this review:', 'other.json: reviewId: This key is for a different review: use the key made for this review']);
      expect(run.raw).to.equal('');
    });
  });

  describe('import-chronology', () => {
    const police = toCsv(
      ['Occurrence date', 'System', 'Details', 'Officer action'],
      [
        ['18/03/2023', 'Police incident log', 'Officers attended a verbal argument at the home; children asleep.', 'Risk assessment completed.'],
        ['around April 2023', 'Police intelligence', 'A partner’s history with another force was not checked.', ''],
        ['31/02/2023', 'Police incident log', 'A row whose date is not real.', ''],
      ],
    );
    const health = toCsv(
      ['When', 'Where recorded', 'What happened', 'Agency'],
      [
        ['18/03/2023', 'HV record', 'Officers attended a verbal argument at the home; children asleep.', 'HV'],
        ['=HYPERLINK("http://example.org")', 'HV record', 'Formula in the date.', 'HV'],
        ['April 2023', 'HV record', 'Notification received.', 'HV'],
      ],
    );
    const policeMap = JSON.stringify({ columns: { date: 'Occurrence date', source: 'System', event: 'Details', actionTaken: 'Officer action' }, agency: 'POLICE' });
    const healthMap = JSON.stringify({ columns: { date: 'When', source: 'Where recorded', event: 'What happened', agency: 'Agency' } });
    const files = { 'police.csv': police, 'health.csv': health, 'police.map.json': policeMap, 'health.map.json': healthMap, 'review.json': JSON.stringify(childJReview) };

    it('reads each agency’s spreadsheet through its mapping and merges them in date order', async () => {
      const run = await slk(['import-chronology', '--map', 'police.map.json', '--map', 'health.map.json', '--review', 'review.json', 'police.csv', 'health.csv'], files);
      expect(run.code).to.equal(1);
      const entries = JSON.parse(run.raw) as ChronologyEntry[];
      expect(entries.map((e) => [e.date, e.agencyId])).to.deep.equal([
        ['2023-03-18', 'police'],
        ['2023-03-18', 'hv'],
        ['2023-04', 'hv'],
        ['2023-04~', 'police'],
      ]);
      expect(run.err).to.include('police.csv:4: Occurrence date: The date cannot be read. Write it like 12/04/2023, April 2023, about 12 April 2023 or before June 2023.');
      expect(run.err.some((l) => l.startsWith('health.csv:3: When:'))).to.equal(true);
      expect(run.err.some((l) => /^Possible duplicate: police-2 and hv-2/.test(l))).to.equal(true);
      expect(run.err.at(-1)).to.equal('Imported 4 entries from 2 files; 2 rows could not be imported.');
      expect(run.err.join('\n')).to.not.include('HYPERLINK');
    });

    it('explains a mapping that is not right, and a missing one', async () => {
      const bad = await slk(['import-chronology', '--map', 'bad.json', '--review', 'review.json', 'police.csv'], { ...files, 'bad.json': JSON.stringify({ columns: { date: 7 }, colour: 'red' }) });
      expect(bad.code).to.equal(1);
      expect(bad.err.length).to.be.greaterThan(0);
      const none = await slk(['import-chronology', 'police.csv'], files);
      expect(none.code).to.equal(2);
      const mismatched = await slk(['import-chronology', '--map', 'police.map.json', '--map', 'health.map.json', 'police.csv'], files);
      expect(mismatched.code).to.equal(2);
    });

    it('matches agencies from the mapping when there is no review', async () => {
      const map = JSON.stringify({ ...JSON.parse(policeMap), agencies: [{ id: 'police', code: 'POLICE', name: 'Westmoor Police', sector: 'police', statutoryPartner: true }] });
      const run = await slk(['import-chronology', '--map', 'map.json', 'police.csv'], { ...files, 'map.json': map });
      expect((JSON.parse(run.raw) as ChronologyEntry[]).length).to.equal(2);
    });
  });

  describe('trace', () => {
    it('follows an action back to the chronology', async () => {
      const run = await slk(['trace', 'review.json', '--action', 'a-04'], { 'review.json': JSON.stringify(childJReview) });
      expect(run.code).to.equal(0);
      expect(run.out[0]).to.match(/^Action a-04: /);
      expect(run.out[1]).to.include('RAG Red');
      expect(run.out.some((l) => l.startsWith('  ← Recommendation rec-1: '))).to.equal(true);
      expect(run.out.some((l) => /^ {2}← Key practice episode kpe-\d: /.test(l))).to.equal(true);
      expect(run.out.some((l) => /^ {2}← Chronology entries the factors cite as evidence \(\d+\)$/.test(l))).to.equal(true);
      // Each cited entry says which factor cites it; the rest are counted, not listed.
      expect(run.out.some((l) => / \[f-\d+(, f-\d+)*\]$/.test(l))).to.equal(true);
      expect(run.out.at(-1)).to.match(/^ {4}…and \d+ more entries in these episodes: add --all-entries to list them$/);
    });

    it('lists every entry in the episodes with --all-entries', async () => {
      const run = await slk(['trace', 'review.json', '--action', 'a-04', '--all-entries'], { 'review.json': JSON.stringify(childJReview) });
      expect(run.out.some((l) => /^ {2}← Chronology \(\d+ entries\)$/.test(l))).to.equal(true);
      expect(run.out.at(-1)).not.to.match(/more entries/);
    });

    it('follows an episode forward to the actions and evidence', async () => {
      const run = await slk(['trace', 'review.json', '--kpe', 'kpe-3'], { 'review.json': JSON.stringify(childJReview) });
      expect(run.out[0]).to.match(/^Key practice episode kpe-3: .*\(good practice\)$/);
      expect(run.out).to.include('  → Actions:');
      expect(run.out).to.include('  → Factors:');
    });

    it('explains an unknown id and exits 2', async () => {
      const run = await slk(['trace', 'review.json', '--action', 'nope'], { 'review.json': JSON.stringify(childJReview) });
      expect(run).to.deep.include({ code: 2, err: ['slk trace: The review has no action with that id. slk summary lists the plan.'] });
    });
  });

  it('lists its commands with --help, and each command explains itself', async () => {
    const overview = await slk(['--help']);
    expect(overview.code).to.equal(0);
    expect(overview.out.join('\n')).to.include('holidays').and.include('add-working-days').and.include('clocks');
    for (const command of ['validate', 'summary', 'trace', 'holidays', 'add-working-days', 'clocks']) {
      const run = await slk([command, '--help']);
      expect(run.code, command).to.equal(0);
      expect(run.out.join('\n'), command).to.include(`Usage: slk ${command}`);
    }
  });

  it('says there is no such command and exits 2', async () => {
    const run = await slk(['frobnicate']);
    expect(run).to.deep.include({ code: 2 });
    expect(run.err[0]).to.include('slk --help');
  });

  it('runs as a real program on Node without a build step', function () {
    this.timeout(30000);
    const bin = fileURLToPath(new URL('../../bin/slk.js', import.meta.url));
    const output = execFileSync(process.execPath, [bin, 'add-working-days', '--division', 'scotland', '--from', '2026-11-27', '--days', '1'], {
      encoding: 'utf8',
    });
    // Friday 27 November 2026 + 1: Monday 30th is St Andrew’s Day in Scotland.
    expect(output).to.equal('2026-12-01\n');
  });
});
