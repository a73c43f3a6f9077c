import { expect } from 'chai';
import fc from 'fast-check';
import { DIVISIONS, bankHolidays } from './bank-holidays.js';
import { dayNumber, fromIsoDate, isWeekend, toIsoDate } from './calendar-date.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';

const anyDate = fc.integer({ min: dayNumber(2000, 1, 1), max: dayNumber(2040, 12, 31) }).map(toIsoDate);
const anyDivision = fc.constantFrom(...DIVISIONS);

describe('working days', () => {
  it('skip weekends and the division’s bank holidays', () => {
    // Friday 22 December 2023 + 1 = Wednesday 27th: Christmas and Boxing Day fall between.
    expect(addWorkingDays('2023-12-22', 1, 'england-and-wales')).to.equal('2023-12-27');
    // St Andrew’s Day (Monday 2 December 2024, substitute) only counts in Scotland.
    expect(addWorkingDays('2024-11-29', 1, 'scotland')).to.equal('2024-12-03');
    expect(addWorkingDays('2024-11-29', 1, 'england-and-wales')).to.equal('2024-12-02');
    // The Boyne (Monday 14 July 2025, substitute) only counts in Northern Ireland.
    expect(addWorkingDays('2025-07-11', 1, 'northern-ireland')).to.equal('2025-07-15');
  });

  it('count a statutory 5 working days from the day of awareness', () => {
    // Aware on Thursday 13 April 2023: Good Friday (7th) and Easter Monday (10th) are past.
    expect(addWorkingDays('2023-04-13', 5, 'england-and-wales')).to.equal('2023-04-20');
    // Aware on a Saturday: day 1 is the Monday.
    expect(addWorkingDays('2023-04-15', 1, 'england-and-wales')).to.equal('2023-04-17');
    expect(addWorkingDays('2023-04-15', 0, 'england-and-wales')).to.equal('2023-04-15');
  });

  it('count back with a negative number', () => {
    expect(addWorkingDays('2023-12-27', -1, 'england-and-wales')).to.equal('2023-12-22');
  });

  it('recognise working and non-working days', () => {
    expect(isWorkingDay('2023-12-25', 'scotland')).to.equal(false);
    expect(isWorkingDay('2023-01-03', 'scotland')).to.equal(false); // New Year substitute
    expect(isWorkingDay('2023-01-03', 'england-and-wales')).to.equal(true);
    expect(isWorkingDay('2023-01-07', 'england-and-wales')).to.equal(false); // Saturday
  });

  it('make addWorkingDays and workingDaysBetween inverses', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -400, max: 400 }), anyDivision, (date, n, division) => {
        expect(workingDaysBetween(date, addWorkingDays(date, n, division), division)).to.equal(n);
      }),
    );
  });

  it('never land on a weekend or holiday when moving at least one working day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 300 }), anyDivision, (date, n, division) => {
        const result = addWorkingDays(date, n, division);
        expect(isWeekend(fromIsoDate(result)), result).to.equal(false);
        expect(bankHolidays(division, Number(result.slice(0, 4))), result).not.to.include(result);
        expect(isWorkingDay(result, division)).to.equal(true);
      }),
    );
  });

  it('treat no working day as a weekend or holiday', () => {
    fc.assert(
      fc.property(anyDate, anyDivision, (date, division) => {
        const holiday = bankHolidays(division, Number(date.slice(0, 4))).includes(date);
        expect(isWorkingDay(date, division)).to.equal(!isWeekend(fromIsoDate(date)) && !holiday);
      }),
    );
  });

  it('refuse bad input with a message that says what is expected', () => {
    expect(() => addWorkingDays('2023-04-31', 1, 'scotland')).to.throw(/YYYY-MM-DD/);
    expect(() => addWorkingDays('2023-04-03', 1.5, 'scotland')).to.throw(/whole number/);
    expect(() => isWorkingDay('2023-04-03', 'wales' as 'scotland')).to.throw(/england-and-wales/);
    expect(() => addWorkingDays('2023-04-03', 99_999_999, 'scotland')).to.throw(/outside the calendar/);
    expect(() => addWorkingDays('9999-12-20', 20, 'scotland')).to.throw(/1978 to 9999/);
  });
});
