import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, addMonths, dayNumber, fromIsoDate, isIsoDate, toIsoDate, todayInUk, weekday } from './calendar-date.js';

describe('calendar dates', () => {
  it('agree with the proleptic Gregorian calendar for any day from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9999, 12, 31) }), (day) => {
        const iso = toIsoDate(day);
        expect(fromIsoDate(iso)).to.equal(day);
        // UTC milliseconds count the same days, with no time zone involved.
        const utc = new Date(0);
        utc.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
        expect(Math.floor(utc.getTime() / 86400000)).to.equal(day);
      }),
    );
  });

  it('know the day of the week', () => {
    expect(weekday(fromIsoDate('2026-11-21'))).to.equal(5); // a Saturday
    expect(weekday(fromIsoDate('1970-01-01'))).to.equal(3); // a Thursday
  });

  it('accept only real dates', () => {
    for (const good of ['2024-02-29', '2023-12-31', '0001-01-01']) expect(isIsoDate(good), good).to.equal(true);
    for (const bad of ['2023-02-29', '2023-13-01', '2023-04-31', '2023-4-1', '12/04/2023', '', 20230412, null]) {
      expect(isIsoDate(bad), String(bad)).to.equal(false);
    }
  });

  it('say what form is expected without repeating the bad value', () => {
    expect(() => fromIsoDate('2023-02-30')).to.throw(RangeError, /YYYY-MM-DD/).with.property('message').that.does.not.include('2023-02-30');
  });

  it('add days and months as deadlines are read', () => {
    expect(addDays('2023-12-30', 3)).to.equal('2024-01-02');
    expect(addMonths('2023-01-31', 1)).to.equal('2023-02-28');
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2023-08-15', 6)).to.equal('2024-02-15');
    expect(addMonths('2023-03-31', -1)).to.equal('2023-02-28');
  });

  it('take today from the UK clock, not the host’s', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST), whatever TZ says.
    expect(todayInUk(new Date(Date.UTC(2026, 5, 30, 23, 30)))).to.equal('2026-07-01');
    // In winter London is on UTC.
    expect(todayInUk(new Date(Date.UTC(2026, 11, 31, 23, 30)))).to.equal('2026-12-31');
  });
});
