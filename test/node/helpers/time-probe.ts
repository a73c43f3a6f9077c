// Prints, as JSON, results of every date calculation the SDK makes. test/node/time-zones.test.ts
// runs it under several TZ settings: the output must not change.
import {
  DIVISIONS,
  addWorkingDays,
  bankHolidays,
  comparePartialDates,
  computeClocks,
  formatPartialDate,
  parsePartialDate,
  scheduleRapidReview,
  todayInUk,
  workingDaysBetween,
} from '../../../packages/sdk/src/index.js';

const dates = ['2023-03-26', '2023-10-29', '2024-03-31', '2024-12-31', '2026-11-06', '2027-01-01'];
const edtf = ['2023-04-12T00:30', '2023-03-26T01:30', '2023-04~', '../2023-06', '2023-24', '2024-02-XX'];

console.log(
  JSON.stringify({
    offsetMinutes: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
    results: {
      holidays: DIVISIONS.map((d) => [2019, 2023, 2027].map((y) => bankHolidays(d, y))),
      added: dates.flatMap((date) => DIVISIONS.map((d) => [-7, 1, 5, 15, 60].map((n) => addWorkingDays(date, n, d)))),
      between: dates.map((a) => dates.map((b) => workingDaysBetween(a, b, 'england-and-wales'))),
      parsed: edtf.map((e) => parsePartialDate(e)),
      words: edtf.map((e) => [formatPartialDate(e), formatPartialDate(e, 'cy')]),
      order: [...edtf].sort(comparePartialDates),
      clocks: computeClocks(
        { type: 'rapid-review', nation: 'england', milestones: { 'local-authority-aware': '2026-11-03', 'notification-sent': '2026-11-06' } },
        { today: '2026-11-24' },
      ),
      plan: scheduleRapidReview('2026-12-18', 'england-and-wales'),
      today: [Date.UTC(2026, 5, 30, 23, 30), Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 9, 25, 0, 30)].map((t) => todayInUk(new Date(t))),
    },
  }),
);
