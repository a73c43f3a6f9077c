import { expect } from 'chai';
import fc from 'fast-check';
import {
  PartialDateError,
  comparePartialDates,
  isCertainlyBefore,
  parsePartialDate,
  partialDateContains,
  partialDatesOverlap,
  possibleDays,
  safeParsePartialDate,
  sortByPartialDate,
  type PartialDate,
} from './edtf.js';
import { formatPartialDate } from './format.js';

function bounds(text: string): [string | null, string | null] {
  const value = parsePartialDate(text);
  return [value.earliest, value.latest];
}

describe('partial dates (EDTF)', () => {
  describe('reading', () => {
    const cases: Array<[string, string, [string | null, string | null]]> = [
      ['2023', 'year', ['2023-01-01', '2023-12-31']],
      ['2023-04', 'month', ['2023-04-01', '2023-04-30']],
      ['2024-02', 'month', ['2024-02-01', '2024-02-29']],
      ['2023-04-12', 'day', ['2023-04-12', '2023-04-12']],
      ['2023-04-12T14:30', 'day', ['2023-04-12', '2023-04-12']],
      ['2023-04-XX', 'month', ['2023-04-01', '2023-04-30']],
      ['2023-XX', 'year', ['2023-01-01', '2023-12-31']],
      ['2023-XX-XX', 'year', ['2023-01-01', '2023-12-31']],
      ['202X', 'decade', ['2020-01-01', '2029-12-31']],
      ['20XX', 'century', ['2000-01-01', '2099-12-31']],
      ['2023-21', 'season', ['2023-03-01', '2023-05-31']],
      ['2023-24', 'season', ['2023-12-01', '2024-02-29']],
    ];
    for (const [text, precision, expected] of cases) {
      it(`reads ${text} as a ${precision} from ${expected[0]} to ${expected[1]}`, () => {
        const value = parsePartialDate(text);
        expect(value.kind === 'date' && value.precision).to.equal(precision);
        expect(bounds(text)).to.deep.equal(expected);
      });
    }

    it('widens approximate dates by a margin that suits their precision', () => {
      expect(bounds('2023-04-12~')).to.deep.equal(['2023-04-05', '2023-04-19']);
      expect(bounds('2023-04~')).to.deep.equal(['2023-03-01', '2023-05-31']);
      expect(bounds('2023~')).to.deep.equal(['2022-01-01', '2024-12-31']);
      expect(parsePartialDate('2023-04-12~', { approximation: { days: 3 } }).earliest).to.equal('2023-04-09');
    });

    it('flags uncertain dates without pretending to know how wrong they might be', () => {
      const value = parsePartialDate('2023-04-12?');
      expect(value).to.include({ uncertain: true, approximate: false, earliest: '2023-04-12', latest: '2023-04-12' });
      expect(parsePartialDate('2023-04%')).to.include({ uncertain: true, approximate: true });
    });

    it('reads ranges with open and unknown ends', () => {
      expect(bounds('2023-04/2023-06')).to.deep.equal(['2023-04-01', '2023-06-30']);
      expect(bounds('../2023-06')).to.deep.equal([null, '2023-06-30']);
      expect(bounds('2023-04/..')).to.deep.equal(['2023-04-01', null]);
      const unknownEnd = parsePartialDate('2023-04/');
      expect(unknownEnd.kind === 'interval' && unknownEnd.end.kind).to.equal('unknown');
      const unknownStart = parsePartialDate('/2023-06');
      expect(unknownStart.kind === 'interval' && unknownStart.start.kind).to.equal('unknown');
    });

    it('keeps a time of day as written, without time-zone conversion', () => {
      const value = parsePartialDate('2023-04-12T23:30:05+01:00');
      expect(value.kind === 'date' && value.time).to.deep.equal({ hour: 23, minute: 30, second: 5, offset: '+01:00' });
      expect(value.earliest).to.equal('2023-04-12');
    });

    it('accepts lower-case x and surrounding spaces from people typing', () => {
      expect(parsePartialDate(' 2023-04-xx ').edtf).to.equal('2023-04-XX');
    });
  });

  describe('refusing', () => {
    const bad: Array<[string, string]> = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['12/04/2023', 'format'],
      ['April 2023', 'format'],
      ['2023-4-12', 'format'],
      ['2023-13', 'month'],
      ['2023-00', 'month'],
      ['2023-02-30', 'day'],
      ['2023-04-31', 'day'],
      ['2023-21-05', 'month'],
      ['2023-04-12T24:00', 'time'],
      ['2023-04T10:00', 'format'],
      ['2023-04-12T10:00~', 'time'],
      ['202X-04', 'unsupported'],
      ['2023-XX-12', 'unsupported'],
      ['Y170000002', 'unsupported'],
      ['-0100', 'unsupported'],
      ['[2023-04,2023-06]', 'unsupported'],
      ['2023-06/2023-04', 'interval-order'],
      ['../..', 'interval-ends'],
      ['/', 'interval-ends'],
      ['2023/2024/2025', 'format'],
      ['<script>alert(1)</script>', 'format'],
    ];
    for (const [text, code] of bad) {
      it(`refuses ${JSON.stringify(text)} (${code}), saying what form is expected and never repeating it`, () => {
        const result = safeParsePartialDate(text);
        expect(result.ok).to.equal(false);
        if (result.ok) return;
        expect(result.error).to.be.instanceOf(PartialDateError);
        expect(result.error.code).to.equal(code);
        // A value long enough to identify anything must never appear in the message.
        if (text.trim().length > 3) expect(result.error.message).not.to.include(text.trim());
        expect(result.error.localisedMessage('cy')).to.be.a('string').and.not.equal(result.error.message);
      });
    }

    it('never throws from safeParsePartialDate, whatever it is given', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.anything()), (input) => {
          expect(() => safeParsePartialDate(input)).not.to.throw();
        }),
      );
    });
  });

  describe('ordering and comparing', () => {
    it('sorts a chronology of mixed precision sensibly', () => {
      const entries = ['2023-05', '2023-04-12T09:15', '2023-04-12~', '2023', '2023-04-12', '../2023-03', '2023-04', '2023-04-12T08:00', '2023-04-02', '2023-04-12?'];
      expect(sortByPartialDate(entries, (e) => e)).to.deep.equal([
        '../2023-03',
        '2023',
        '2023-04',
        '2023-04-02',
        '2023-04-12',
        '2023-04-12~',
        '2023-04-12?',
        '2023-04-12T08:00',
        '2023-04-12T09:15',
        '2023-05',
      ]);
    });

    it('keeps the input order of entries with the same date (stable)', () => {
      const items = [{ id: 'a', d: '2023-04' }, { id: 'b', d: '2023-03' }, { id: 'c', d: '2023-04' }];
      expect(sortByPartialDate(items, (i) => i.d).map((i) => i.id)).to.deep.equal(['b', 'a', 'c']);
    });

    it('tests overlap and containment against the days a date could fall on', () => {
      expect(partialDatesOverlap('2023-04', '2023-04-30')).to.equal(true);
      expect(partialDatesOverlap('2023-04', '2023-05-01')).to.equal(false);
      expect(partialDatesOverlap('2023-04~', '2023-05-01')).to.equal(true);
      expect(partialDateContains('2023', '2023-04-12')).to.equal(true);
      expect(partialDateContains('2023-04-12', '2023')).to.equal(false);
      expect(partialDateContains('../2023-06', '2019-01-01')).to.equal(true);
      expect(isCertainlyBefore('2023-03', '2023-04-01')).to.equal(true);
      expect(isCertainlyBefore('2023-03~', '2023-04-01')).to.equal(false);
    });
  });

  describe('properties', () => {
    const year = fc.integer({ min: 1950, max: 2050 }).map((y) => String(y));
    const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
    const qualifier = fc.constantFrom('', '?', '~', '%');
    const point = fc.oneof(
      fc.tuple(year, qualifier).map(([y, q]) => `${y}${q}`),
      fc.tuple(year, month, qualifier).map(([y, m, q]) => `${y}-${m}${q}`),
      fc.tuple(year, month, fc.integer({ min: 1, max: 28 }), qualifier).map(([y, m, d, q]) => `${y}-${m}-${String(d).padStart(2, '0')}${q}`),
      fc.tuple(year, month).map(([y, m]) => `${y}-${m}-XX`),
      fc.tuple(year, fc.integer({ min: 21, max: 24 })).map(([y, s]) => `${y}-${s}`),
      fc.tuple(year, month, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
        ([y, m, d, h, min]) => `${y}-${m}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`,
      ),
      year.map((y) => `${y.slice(0, 3)}X`),
    );
    const anyDate: fc.Arbitrary<string> = fc.oneof(
      { weight: 3, arbitrary: point },
      fc.tuple(point, point).map(([a, b]) => (comparePartialDates(a, b) <= 0 && parsePartialDate(a).earliest! <= parsePartialDate(b).latest! ? `${a}/${b}` : `${b}/${a}`)),
      point.map((p) => `../${p}`),
      point.map((p) => `${p}/..`),
    ).filter((text) => safeParsePartialDate(text).ok);

    it('round-trips parse → EDTF → parse', () => {
      fc.assert(
        fc.property(anyDate, (text) => {
          const value = parsePartialDate(text);
          expect(parsePartialDate(value.edtf)).to.deep.equal(value);
        }),
      );
    });

    it('formats every readable date in both languages', () => {
      fc.assert(
        fc.property(anyDate, (text) => {
          expect(formatPartialDate(text, 'en-GB')).to.be.a('string').and.not.include('undefined');
          expect(formatPartialDate(text, 'cy')).to.be.a('string').and.not.include('undefined');
        }),
      );
    });

    it('orders totally: antisymmetric and transitive, equal only for the same date', () => {
      fc.assert(
        fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
          expect(Math.sign(comparePartialDates(a, b))).to.equal(-Math.sign(comparePartialDates(b, a)));
          if (comparePartialDates(a, b) === 0) expect(parsePartialDate(a).edtf).to.equal(parsePartialDate(b).edtf);
          if (comparePartialDates(a, b) <= 0 && comparePartialDates(b, c) <= 0) expect(comparePartialDates(a, c)).to.be.at.most(0);
        }),
      );
    });

    it('orders consistently with the bounds: what certainly ends first sorts first', () => {
      fc.assert(
        fc.property(anyDate, anyDate, (a, b) => {
          if (isCertainlyBefore(a, b)) expect(comparePartialDates(a, b)).to.be.lessThan(0);
        }),
      );
    });

    it('keeps every value’s stated period inside the days it could fall on', () => {
      fc.assert(
        fc.property(anyDate, (text) => {
          const value: PartialDate = parsePartialDate(text);
          const { earliest, latest } = possibleDays(value);
          expect(earliest).to.be.at.most(latest);
          if (value.kind === 'date') expect(value.earliest <= value.start && value.end <= value.latest).to.equal(true);
        }),
      );
    });
  });
});
