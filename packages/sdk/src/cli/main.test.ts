import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import { SAMPLE_TODAY, childJResponses, childJReview, eventEvaluationForm } from '../fixtures/index.js';
import type { CliIo } from './io.js';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function slk(argv: string[], files: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(new Error('ENOENT'))),
    today: () => SAMPLE_TODAY,
  };
  return { code: await main(argv, io), out, err };
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
