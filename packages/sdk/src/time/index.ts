/**
 * Time for reviews: partial and uncertain dates (EDTF), UK working-day calendars and
 * statutory clocks. All calendar arithmetic is on calendar dates, never instants, so results
 * do not depend on the host's time zone.
 */
export * from './calendar-date.js';
export * from './edtf.js';
export * from './format.js';
export * from './bank-holidays.js';
export * from './working-days.js';
export * from './clocks.js';
