import { expect } from 'chai';
import { childJReview } from '../fixtures/index.js';
import { chronologyToCsv, importChronologyCsv, KIT_CSV_MAPPING, mergeChronologies, type ChronologyMapping } from './chronology.js';
import { toCsv } from './csv.js';
import { parseDateText } from './date-text.js';

const context = { agencies: childJReview.agencies, subjects: childJReview.subjects };

describe('chronology spreadsheets', () => {
  it('export and import back unchanged', () => {
    const csv = chronologyToCsv(childJReview);
    const imported = importChronologyCsv(csv, KIT_CSV_MAPPING, context);
    expect(imported.errors).to.deep.equal([]);
    expect(imported.entries).to.deep.equal(childJReview.chronology);
  });

  it('export in Welsh with Welsh headings and dates in words', () => {
    const csv = chronologyToCsv(childJReview, 'cy');
    expect(csv.split('\r\n')[0]).to.match(/^\uFEFFID y cofnod,Dyddiad \(EDTF\),Dyddiad,/);
    expect(csv).to.include('Ebrill');
  });

  it('import an agency’s own spreadsheet through a mapping of its headings', () => {
    const mapping: ChronologyMapping = {
      columns: { date: 'Date of contact', source: 'Record', event: 'Summary', actionTaken: 'What we did' },
      agency: 'HV',
    };
    const csv = toCsv(
      ['Date of contact', 'Record', 'Summary', 'What we did', 'Worker'],
      [
        ['12/04/2023', 'HV record', 'Home visit; child seen.', 'Advice given.', 'not imported'],
        ['about May 2023', 'HV record', 'Phone call with mother.', '', ''],
        ['before June 2023', 'HV record', 'Letter sent.', '', ''],
      ],
    );
    const imported = importChronologyCsv(csv, mapping, context);
    expect(imported.errors).to.deep.equal([]);
    expect(imported.entries.map((e) => [e.id, e.date, e.agencyId, e.event, e.actionTaken])).to.deep.equal([
      ['hv-2', '2023-04-12', 'hv', 'Home visit; child seen.', 'Advice given.'],
      ['hv-3', '2023-05~', 'hv', 'Phone call with mother.', undefined],
      ['hv-4', '../2023-05', 'hv', 'Letter sent.', undefined],
    ]);
  });

  it('report each failed row with its line, column and reason, and still import the good rows', () => {
    const secret = 'Jane-Private-Value';
    const csv = toCsv(
      ['Date', 'Agency', 'Source', 'Event'],
      [
        ['12/04/2023', 'HV', 'HV record', 'A good row.'],
        [`sometime ${secret}`, 'HV', 'HV record', 'Unreadable date.'],
        ['13/04/2023', secret, 'HV record', 'Unknown agency.'],
        ['14/04/2023', 'POLICE', '', 'No source.'],
        ['15/04/2023', 'POLICE', 'Incident log', 'Another good row.'],
      ],
    );
    const mapping: ChronologyMapping = { columns: { date: 'Date', agency: 'Agency', source: 'Source', event: 'Event' } };
    const imported = importChronologyCsv(csv, mapping, context);
    expect(imported.entries.map((e) => e.event)).to.deep.equal(['A good row.', 'Another good row.']);
    expect(imported.errors.map((e) => [e.line, e.column, e.text['en-GB']])).to.deep.equal([
      [3, 'Date', 'The date cannot be read. Write it like 12/04/2023, April 2023, about 12 April 2023 or before June 2023.'],
      [4, 'Agency', 'The agency is not one of the review’s agencies: use its code or name.'],
      [5, 'Source', 'Enter the source of the entry'],
    ]);
    expect(JSON.stringify(imported.errors)).not.to.include('Jane');
  });

  it('refuse a mapping that names a column the file lacks', () => {
    const imported = importChronologyCsv(toCsv(['Date'], [['2023']]), { columns: { date: 'Date', source: 'Source', event: 'Event' }, agency: 'HV' }, context);
    expect(imported.entries).to.deep.equal([]);
    expect(imported.errors.map((e) => e.column)).to.deep.equal(['Source', 'Event']);
  });

  it('neutralise a hostile spreadsheet’s formulas on the way out', () => {
    const hostile = { ...childJReview, chronology: [{ ...childJReview.chronology[0]!, event: '=HYPERLINK("http://example.org","open")' }] };
    expect(chronologyToCsv(hostile)).to.include(`"'=HYPERLINK(""http://example.org"",""open"")"`);
  });
});

describe('merging agency chronologies', () => {
  it('orders entries by the partial-date order, keeps sources, and makes ids unique', () => {
    const [a, b, c] = childJReview.chronology;
    const merged = mergeChronologies([
      [{ ...c!, id: 'x' }],
      [{ ...a!, id: 'x' }, b!],
    ]);
    expect(merged.entries.map((e) => e.id)).to.deep.equal(['x-2', b!.id, 'x']);
    expect(merged.renamed).to.deep.equal([{ from: 'x', to: 'x-2' }]);
    expect(merged.entries[0]!.source).to.equal(a!.source);
  });

  it('suggests likely duplicates: the same meeting recorded by two agencies', () => {
    const base = { source: 'Record', kpeIds: [], subjectIds: [], significance: 'medium' as const, visibility: 'panel' as const };
    const police = [{ ...base, id: 'p1', date: '2023-10-12', agencyId: 'police', event: 'Strategy discussion with children’s social care and health visiting about bruising.' }];
    const csc = [
      { ...base, id: 'c1', date: '2023-10-12', agencyId: 'csc', event: 'Strategy discussion with police and health visiting about the bruising.' },
      { ...base, id: 'c2', date: '2023-10-12', agencyId: 'csc', event: 'Nursery attendance checked.' },
    ];
    const merged = mergeChronologies([police, csc]);
    expect(merged.duplicates.map((d) => [d.first, d.second])).to.deep.equal([['p1', 'c1']]);
    expect(merged.entries.length).to.equal(3); // suggested, never removed
  });
});

describe('reading dates as people write them', () => {
  const cases: Array<[string, string | undefined]> = [
    ['12/04/2023', '2023-04-12'],
    ['12 April 2023', '2023-04-12'],
    ['April 12, 2023', '2023-04-12'],
    ['April 2023', '2023-04'],
    ['about 12 April 2023', '2023-04-12~'],
    ['12 April 2023?', '2023-04-12?'],
    ['early May 2023', '2023-05-01/2023-05-10'],
    ['late February 2024', '2024-02-21/2024-02-29'],
    ['before June 2023', '../2023-05'],
    ['by June 2023', '../2023-06'],
    ['after March 2023', '2023-04/..'],
    ['between March and May 2023', '2023-03/2023-05'],
    ['tua 12 Ebrill 2023', '2023-04-12~'],
    ['spring 2023', '2023-21'],
    ['2023-04-12~', '2023-04-12~'],
    ['31/02/2023', undefined],
    ['next Tuesday', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)} as ${expected ?? 'unreadable'}`, () => {
      const result = parseDateText(text);
      expect(result.ok ? result.edtf : undefined).to.equal(expected);
    });
  }

  it('reads numeric dates month first when told to', () => {
    expect(parseDateText('04/12/2023', { order: 'mdy' })).to.deep.equal({ ok: true, edtf: '2023-04-12' });
  });
});
