import { expect } from 'chai';
import fc from 'fast-check';
import { DIVISIONS, bankHolidays, createCalendar, easterSunday, CalendarConfigError, defaultCalendar } from './bank-holidays.js';
import { fromIsoDate, isWeekend } from './calendar-date.js';

// GOV.UK's published bank holidays (www.gov.uk/bank-holidays), 2019 to 2027. The calendar
// computes these from rules and the proclamations table; this list only checks it.
const PUBLISHED: Record<string, Record<number, string[]>> = {
  'england-and-wales': {
    2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
    2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
    2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
    2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
    2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
    2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
    2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
    2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
    2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  },
  scotland: {
    2019: ['01-01', '01-02', '04-19', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26'],
    2020: ['01-01', '01-02', '04-10', '05-08', '05-25', '08-03', '11-30', '12-25', '12-28'],
    2021: ['01-01', '01-04', '04-02', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28'],
    2022: ['01-03', '01-04', '04-15', '05-02', '06-02', '06-03', '08-01', '09-19', '11-30', '12-26', '12-27'],
    2023: ['01-02', '01-03', '04-07', '05-01', '05-08', '05-29', '08-07', '11-30', '12-25', '12-26'],
    2024: ['01-01', '01-02', '03-29', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26'],
    2025: ['01-01', '01-02', '04-18', '05-05', '05-26', '08-04', '12-01', '12-25', '12-26'],
    2026: ['01-01', '01-02', '04-03', '05-04', '05-25', '08-03', '11-30', '12-25', '12-28'],
    2027: ['01-01', '01-04', '03-26', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28'],
  },
  'northern-ireland': {
    2019: ['01-01', '03-18', '04-19', '04-22', '05-06', '05-27', '07-12', '08-26', '12-25', '12-26'],
    2020: ['01-01', '03-17', '04-10', '04-13', '05-08', '05-25', '07-13', '08-31', '12-25', '12-28'],
    2021: ['01-01', '03-17', '04-02', '04-05', '05-03', '05-31', '07-12', '08-30', '12-27', '12-28'],
    2022: ['01-03', '03-17', '04-15', '04-18', '05-02', '06-02', '06-03', '07-12', '08-29', '09-19', '12-26', '12-27'],
    2023: ['01-02', '03-17', '04-07', '04-10', '05-01', '05-08', '05-29', '07-12', '08-28', '12-25', '12-26'],
    2024: ['01-01', '03-18', '03-29', '04-01', '05-06', '05-27', '07-12', '08-26', '12-25', '12-26'],
    2025: ['01-01', '03-17', '04-18', '04-21', '05-05', '05-26', '07-14', '08-25', '12-25', '12-26'],
    2026: ['01-01', '03-17', '04-03', '04-06', '05-04', '05-25', '07-13', '08-31', '12-25', '12-28'],
    2027: ['01-01', '03-17', '03-26', '03-29', '05-03', '05-31', '07-12', '08-30', '12-27', '12-28'],
  },
};

describe('bank holidays', () => {
  for (const [division, years] of Object.entries(PUBLISHED)) {
    for (const [year, dates] of Object.entries(years)) {
      it(`match GOV.UK for ${division} in ${year}`, () => {
        expect(bankHolidays(division as (typeof DIVISIONS)[number], Number(year))).to.deep.equal(
          dates.map((d) => `${year}-${d}`),
        );
      });
    }
  }

  it('name substitute days as substitutes (Christmas on a Saturday moves to Monday, Boxing Day to Tuesday)', () => {
    const events = defaultCalendar.bankHolidayEvents('england-and-wales', 2021).slice(-2);
    expect(events.map((e) => [e.date, e.title['en-GB'], e.substitute])).to.deep.equal([
      ['2021-12-27', 'Christmas Day', true],
      ['2021-12-28', 'Boxing Day', true],
    ]);
  });

  it('keep Boxing Day on a Monday and move Christmas to Tuesday when Christmas is a Sunday', () => {
    const events = defaultCalendar.bankHolidayEvents('england-and-wales', 2022).slice(-2);
    expect(events.map((e) => [e.date, e.title['en-GB'], e.substitute])).to.deep.equal([
      ['2022-12-26', 'Boxing Day', false],
      ['2022-12-27', 'Christmas Day', true],
    ]);
  });

  it('give every holiday a title in English and Welsh', () => {
    for (const division of DIVISIONS) {
      for (const event of defaultCalendar.bankHolidayEvents(division, 2022)) {
        expect(event.title['en-GB'], event.date).to.have.length.greaterThan(2);
        expect(event.title.cy, event.date).to.have.length.greaterThan(2);
      }
    }
  });

  it('never fall at a weekend, in any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1978, max: 2200 }), fc.constantFrom(...DIVISIONS), (year, division) => {
        for (const date of bankHolidays(division, year)) expect(isWeekend(fromIsoDate(date)), date).to.equal(false);
      }),
    );
  });

  it('are sorted and distinct, in any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1978, max: 2200 }), fc.constantFrom(...DIVISIONS), (year, division) => {
        const dates = bankHolidays(division, year);
        expect([...new Set(dates)].sort()).to.deep.equal(dates);
      }),
    );
  });

  it('take a partnership’s own proclamations as configuration', () => {
    const calendar = createCalendar({
      changes: [
        { kind: 'add', divisions: ['scotland'], date: '2027-06-14', title: { 'en-GB': 'A fictional extra holiday' } },
        { kind: 'move', divisions: ['england-and-wales'], from: '2027-05-31', to: '2027-06-01' },
        { kind: 'remove', divisions: ['northern-ireland'], date: '2027-07-12' },
      ],
    });
    expect(calendar.bankHolidays('scotland', 2027)).to.include('2027-06-14');
    expect(calendar.bankHolidays('england-and-wales', 2027)).to.include('2027-06-01').and.not.include('2027-05-31');
    expect(calendar.bankHolidays('northern-ireland', 2027)).not.to.include('2027-07-12');
    // The default calendar is untouched.
    expect(bankHolidays('scotland', 2027)).not.to.include('2027-06-14');
  });

  it('refuse a malformed change, saying which one and what is expected', () => {
    expect(() => createCalendar({ changes: [{ kind: 'add', divisions: ['wales'], date: '2027-13-01' }] }))
      .to.throw(CalendarConfigError, /Calendar change 1 .*YYYY-MM-DD/);
  });

  it('refuse an unknown division or year with the accepted values', () => {
    expect(() => bankHolidays('wales' as 'scotland', 2024)).to.throw(/england-and-wales, scotland, northern-ireland/);
    expect(() => bankHolidays('scotland', 2024.5)).to.throw(/whole year/);
    expect(() => bankHolidays('scotland', 1800)).to.throw(/1978 to 9999/);
  });
});

describe('Easter Sunday', () => {
  const KNOWN: Record<number, string> = {
    1818: '1818-03-22', // the earliest possible date
    1943: '1943-04-25', // the latest possible date
    1961: '1961-04-02',
    2000: '2000-04-23',
    2008: '2008-03-23',
    2011: '2011-04-24',
    2019: '2019-04-21',
    2024: '2024-03-31',
    2025: '2025-04-20',
    2038: '2038-04-25',
    2285: '2285-03-22',
  };
  for (const [year, date] of Object.entries(KNOWN)) {
    it(`is ${date} in ${year}`, () => expect(easterSunday(Number(year))).to.equal(date));
  }

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const date = easterSunday(year);
        expect((((fromIsoDate(date) + 3) % 7) + 7) % 7).to.equal(6);
        expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25', date).to.equal(true);
      }),
    );
  });
});
