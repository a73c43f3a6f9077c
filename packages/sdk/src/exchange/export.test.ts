import { expect } from 'chai';
import { SAMPLE_TODAY, childJKey, childJReview } from '../fixtures/index.js';
import { deriveRag } from '../derive/actions.js';
import { MemoryStore } from '../storage/memory-store.js';
import type { AuditEntry } from '../storage/store.js';
import { parseCsv } from './csv.js';
import { importChronologyCsv, KIT_CSV_MAPPING } from './chronology.js';
import { ExportError, exportReview, type ExportOptions } from './export.js';
import { actionsToIcs } from './ics.js';

const NOW = `${SAMPLE_TODAY}T10:00:00.000Z`;
const inProgress = childJReview.actions.find((a) => a.status === 'in-progress')!;

async function refused(options: Partial<ExportOptions>): Promise<ExportError> {
  try {
    await exportReview(childJReview, { format: 'json', now: NOW, ...options } as ExportOptions);
  } catch (error) {
    expect(error).to.be.instanceOf(ExportError);
    return error as ExportError;
  }
  throw new Error('expected the export to be refused');
}

describe('exporting a review', () => {
  it('needs an audience: there is no default', async () => {
    expect((await refused({})).reason).to.equal('audience');
    expect((await refused({ audience: 'everyone' as never })).reason).to.equal('audience');
  });

  it('names the audience in the file name and redacts for it', async () => {
    const result = await exportReview(childJReview, { audience: 'publication', format: 'json', key: childJKey, now: NOW });
    expect(result.filename).to.equal('child-j-publication.json');
    expect(result.mimeType).to.equal('application/json');
    const copy = JSON.parse(result.contents) as { audience: string; schemaVersion: number; chronology: unknown[] };
    expect(copy.audience).to.equal('publication');
    expect(copy.schemaVersion).to.equal(1);
    expect(copy.chronology.length).to.equal(childJReview.chronology.length - result.report.withheld.chronology);
  });

  describe('without redaction (internal)', () => {
    it('is refused without a role, a reason and somewhere to log them', async () => {
      expect((await refused({ audience: 'internal' })).reason).to.equal('overrideRequired');
      expect((await refused({ audience: 'internal', override: { role: 'Business manager', reason: 'because' } })).reason).to.equal('overrideIncomplete');
      expect((await refused({ audience: 'internal', override: { role: ' ', reason: 'Court disclosure request' } })).reason).to.equal('overrideIncomplete');
      expect((await refused({ audience: 'internal', override: { role: 'Business manager', reason: 'Court disclosure request' } })).reason).to.equal('auditRequired');
    });

    it('logs the override in the store’s audit log before handing over the file', async () => {
      const store = new MemoryStore();
      const override = { role: 'Partnership business manager', reason: 'Disclosure to the coroner, ref. in the case file' };
      const result = await exportReview(childJReview, { audience: 'internal', format: 'json', override, audit: (e) => store.audit(e), now: NOW });
      expect(result.filename).to.equal('child-j-internal.json');
      expect(await store.auditLog()).to.deep.equal([{ at: NOW, action: 'export-without-redaction', reviewId: 'child-j', audience: 'internal', ...override }]);
      expect(JSON.parse(result.contents)).to.deep.include({ chronology: JSON.parse(JSON.stringify(childJReview.chronology)) as unknown });
    });

    it('produces nothing when the log cannot be written', async () => {
      const audit = (): Promise<void> => Promise.reject(new Error('disk full'));
      let produced = false;
      await exportReview(childJReview, { audience: 'internal', format: 'json', override: { role: 'Manager', reason: 'Needed for the inquest' }, audit, now: NOW })
        .then(() => (produced = true))
        .catch(() => undefined);
      expect(produced).to.equal(false);
    });

    it('is never logged for redacted audiences', async () => {
      const entries: AuditEntry[] = [];
      await exportReview(childJReview, { audience: 'panel', format: 'json', audit: (e) => void entries.push(e), now: NOW });
      expect(entries).to.deep.equal([]);
    });
  });

  it('exports the chronology as CSV that imports back as the redacted chronology', async () => {
    const result = await exportReview(childJReview, { audience: 'publication', format: 'chronology-csv', key: childJKey, now: NOW });
    expect(result.filename).to.equal('child-j-publication-chronology.csv');
    const back = importChronologyCsv(result.contents, KIT_CSV_MAPPING, { agencies: childJReview.agencies, subjects: childJReview.subjects });
    expect(back.errors).to.deep.equal([]);
    expect(back.entries.every((e) => e.visibility === 'publication' && !/^\d{4}-\d{2}-\d{2}/.test(e.date))).to.equal(true);
  });

  it('exports the action plan as CSV with RAG for the day and roles, not names, for publication', async () => {
    const result = await exportReview(childJReview, { audience: 'publication', format: 'actions-csv', now: NOW, today: SAMPLE_TODAY });
    expect(result.filename).to.equal('child-j-publication-action-plan.csv');
    const csv = parseCsv(result.contents);
    expect(csv.errors).to.deep.equal([]);
    expect(csv.rows.length).to.equal(childJReview.actions.length);
    const col = (name: string) => csv.headers.indexOf(name);
    for (const row of csv.rows) {
      const action = childJReview.actions.find((a) => a.id === row.cells[col('Action ID')])!;
      expect(row.cells[col('Due')]).to.equal(action.dueDate);
      expect(row.cells[col('RAG')]!.toLowerCase()).to.include(deriveRag(action, SAMPLE_TODAY).rating === 'none' ? 'not rated' : deriveRag(action, SAMPLE_TODAY).rating);
      expect(row.cells[col('Lead officer role')]).to.equal(action.leadOfficer.role);
      expect(row.cells[col('Lead officer name')]).to.equal('');
    }
  });

  describe('iCalendar', () => {
    const ics = actionsToIcs(childJReview, { now: NOW });
    const lines = ics.split('\r\n');
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');

    it('is a calendar of all-day events with CRLF line ends and lines of 75 octets at most', () => {
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
      expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
      for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
      expect(unfolded.filter((l) => l === 'BEGIN:VEVENT').length).to.equal(unfolded.filter((l) => l === 'END:VEVENT').length);
      expect(unfolded.filter((l) => l.startsWith('DTSTART')).every((l) => /^DTSTART;VALUE=DATE:\d{8}$/.test(l))).to.equal(true);
      expect(unfolded).to.include('DTSTAMP:20261121T100000Z');
    });

    it('has a deadline for each action not yet done and each impact review not yet held', () => {
      const open = childJReview.actions.filter((a) => ['draft', 'agreed', 'in-progress'].includes(a.status) && !a.completedOn).length;
      const reviews = childJReview.actions.filter((a) => !['superseded', 'cancelled'].includes(a.status)).flatMap((a) => a.reviewPoints.filter((p) => !p.reviewedOn)).length;
      expect(unfolded.filter((l) => l.startsWith('SUMMARY:Action due:')).length).to.equal(open);
      expect(unfolded.filter((l) => /^SUMMARY:\d+-month impact review:/.test(l)).length).to.equal(reviews);
      const uids = unfolded.filter((l) => l.startsWith('UID:'));
      expect(new Set(uids).size).to.equal(uids.length);
    });

    it('escapes commas, semicolons and new lines, and names roles, not people', () => {
      expect(unfolded.some((l) => l.includes('Head of service\\, children’s front door'))).to.equal(true);
      expect(ics).to.not.include('Okafor-Reed');
      const hostile = actionsToIcs(
        { ...childJReview, actions: [{ ...inProgress, title: 'A; B, C\nEND:VCALENDAR' }] },
        { now: NOW },
      ).replace(/\r\n /g, '');
      expect(hostile).to.include('A\\; B\\, C\\nEND:VCALENDAR');
      expect(hostile.split('\r\n').filter((l) => l === 'END:VCALENDAR').length).to.equal(1);
      const lone = actionsToIcs({ ...childJReview, actions: [{ ...inProgress, title: 'Fix\rATTACH:https://bad.example/x\u0000\rBEGIN:VALARM' }] }, { now: NOW });
      expect(lone.replace(/\r\n /g, '').split('\r\n').some((l) => /^(ATTACH|BEGIN:VALARM)/.test(l))).to.equal(false);
      // eslint-disable-next-line no-control-regex -- the test looks for the control characters the file must not contain
      expect(lone).to.not.match(/[\u0000-\u0009\u000B\u000C\u000E-\u001F]|\r(?!\n)/);
    });

    it('folds long Welsh lines without splitting a character', () => {
      const welsh = actionsToIcs({ ...childJReview, actions: [{ ...inProgress, title: 'ŵŷâêîôû'.repeat(20) }] }, { now: NOW, locale: 'cy' });
      for (const line of welsh.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
      const text = welsh.replace(/\r\n /g, '');
      expect(text).to.include(`SUMMARY:Cam gweithredu’n ddyledus: ${'ŵŷâêîôû'.repeat(20)}`);
    });
  });
});
