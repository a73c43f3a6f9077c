/**
 * Action deadlines and impact review points as an iCalendar file (RFC 5545), so leads can
 * put them in Outlook or any calendar. All-day events, one per date that still matters:
 * the due date of each action not yet completed, and each impact review not yet held.
 * Events name roles, never people.
 */
import { draft, localise, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import type { Review } from '../model/schemas.js';
import { addDays, type IsoDate } from '../time/calendar-date.js';

const TEXT = {
  due: draft('Action due: {title}', 'Cam gweithredu’n ddyledus: {title}'),
  review: draft('{months}-month impact review: {title}', 'Adolygiad effaith {months} mis: {title}'),
  lead: draft('Lead: {role}', 'Arweinydd: {role}'),
  review_of: draft('Review: {review}', 'Adolygiad: {review}'),
  calendar: draft('{review}: action plan', '{review}: cynllun gweithredu'),
} satisfies Record<string, LocalisedText>;

const COMPLETE = new Set(['evidenced', 'impact-reviewed', 'closed', 'superseded', 'cancelled']);

/**
 * Escapes text for an iCalendar TEXT value. Every line break (CRLF, LF or a lone CR) becomes
 * `\n`, and other control characters, which RFC 5545 does not allow, are dropped: a title
 * cannot start a property of its own.
 */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001F\u007F]/g, '');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const compact = (date: IsoDate) => date.replace(/-/g, '');

export interface IcsOptions {
  /** When the file is made (an ISO instant), for DTSTAMP. */
  readonly now: string;
  readonly locale?: Locale;
}

/** The action plan's dates still to come as an iCalendar file. */
export function actionsToIcs(review: Pick<Review, 'id' | 'title' | 'actions'>, options: IcsOptions): string {
  const locale = options.locale ?? 'en-GB';
  const stamp = `${options.now.replace(/[-:]/g, '').replace(/\.\d+/, '').slice(0, 15)}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Safeguarding Learning Kit//slk//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(localise(TEXT.calendar, locale, { review: review.title }))}`,
  ];
  const event = (uid: string, date: IsoDate, summary: string, description: string) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@${review.id}.slk`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  };
  for (const action of review.actions) {
    const description = [localise(TEXT.lead, locale, { role: action.leadOfficer.role }), localise(TEXT.review_of, locale, { review: review.title })].join('\n');
    if (!COMPLETE.has(action.status) && !action.completedOn) {
      event(`${action.id}-due`, action.dueDate, localise(TEXT.due, locale, { title: action.title }), description);
    }
    if (action.status === 'superseded' || action.status === 'cancelled') continue;
    for (const point of action.reviewPoints) {
      if (point.reviewedOn) continue;
      event(`${action.id}-review-${point.months}`, point.dueDate, localise(TEXT.review, locale, { months: point.months, title: action.title }), description);
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
