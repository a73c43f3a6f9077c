/**
 * The timeline's data work, kept apart from rendering so it can be tested and measured:
 * rows sorted once by the SDK's partial-date order, the filter, the period groups and the
 * lane layout. Nothing here formats text for display; that happens only for what is visible.
 */
import { fold } from '../internal/forms.js';
import {
  SIGNIFICANCE,
  compareSortKeys,
  partialDateSortKey,
  fromIsoDate,
  isIsoDate,
  parsePartialDate,
  type Agency,
  type ChronologyEntry,
  type PartialDate,
  type Review,
} from '@slk/sdk';

export type Significance = (typeof SIGNIFICANCE.codes)[number];

/** One chronology entry, prepared once per review. */
export interface TimelineRow {
  readonly entry: ChronologyEntry;
  readonly date: PartialDate;
  /** Possible days as day numbers; ±Infinity for an open end. */
  readonly earliest: number;
  readonly latest: number;
  /** An exact day, stated without qualifiers: the only kind drawn as a point. */
  readonly exact: boolean;
  /** The period the entry is listed under, as EDTF (`2023-04`, `2023`, `../2023-06`). */
  readonly period: string;
  /** Lower-case, accent-free text that search looks in. */
  readonly haystack: string;
}

export interface TimelineFilter {
  /** Agency ids to show; empty shows every agency (unless `noAgencies`). */
  readonly agencies: readonly string[];
  /**
   * The reader unticked every agency, so no entry is shown. Kept apart from `agencies`
   * because an empty `agencies` has always meant "every agency".
   */
  readonly noAgencies?: boolean;
  /** Show entries that could fall on or after this day (ISO date). */
  readonly from?: string;
  /** Show entries that could fall on or before this day (ISO date). */
  readonly to?: string;
  /** A key practice episode id; `none` for entries in no episode. */
  readonly kpe?: string;
  /** The least significance shown. */
  readonly significance?: Significance;
  /** Words to find, in any order. */
  readonly query: string;
}

export const EMPTY_FILTER: TimelineFilter = Object.freeze({ agencies: Object.freeze([]), query: '' });

const SIGNIFICANCE_RANK: Record<Significance, number> = { low: 0, medium: 1, high: 2 };


function periodOf(date: PartialDate): string {
  const point = date.kind === 'date' ? date : date.start.kind === 'date' ? date.start : date.end.kind === 'date' ? date.end : undefined;
  if (!point) return '..';
  const year = String(point.year).padStart(4, '0');
  const key = point.month !== undefined && (point.precision === 'day' || point.precision === 'month') ? `${year}-${String(point.month).padStart(2, '0')}` : year;
  // An entry known only to end by a date is listed under "by …", not as if it began then.
  return date.kind === 'interval' && date.start.kind !== 'date' ? `../${key}` : key;
}

/** Rows for every chronology entry, in the SDK's total order for partial dates. */
export function prepareRows(review: Pick<Review, 'chronology' | 'agencies'>): TimelineRow[] {
  const agencies = new Map(review.agencies.map((a) => [a.id, a]));
  const rows = review.chronology.map((entry) => {
    const date = parsePartialDate(entry.date);
    const agency = agencies.get(entry.agencyId);
    const earliest = date.earliest === null ? -Infinity : fromIsoDate(date.earliest);
    const latest = date.latest === null ? Infinity : fromIsoDate(date.latest);
    const exact = date.kind === 'date' && date.precision === 'day' && !date.approximate && !date.uncertain;
    const haystack = fold(
      [entry.event, entry.actionTaken, entry.outcome, entry.source, entry.practitionerRole, agency?.name, agency?.code]
        .filter(Boolean)
        .join('\n'),
    );
    return { entry, date, earliest, latest, exact, period: periodOf(date), haystack };
  });
  // Stable: entries on the same date keep the order the review gives them.
  return rows
    .map((row, i) => ({ row, i, key: partialDateSortKey(row.date) }))
    .sort((a, b) => compareSortKeys(a.key, b.key) || a.i - b.i)
    .map(({ row }) => row);
}

export function isFiltered(filter: TimelineFilter): boolean {
  return Boolean(filter.noAgencies || filter.agencies.length || filter.from || filter.to || filter.kpe || filter.significance || filter.query.trim());
}

/**
 * The rows that pass the filter. A date range keeps every entry that could fall inside it:
 * an entry dated "April 2023" is kept by a range starting 20 April, because it may belong.
 */
export function applyFilter(rows: readonly TimelineRow[], filter: TimelineFilter): TimelineRow[] {
  if (!isFiltered(filter)) return rows as TimelineRow[];
  if (filter.noAgencies) return [];
  const agencies = filter.agencies.length ? new Set(filter.agencies) : undefined;
  const from = filter.from && isIsoDate(filter.from) ? fromIsoDate(filter.from) : -Infinity;
  const to = filter.to && isIsoDate(filter.to) ? fromIsoDate(filter.to) : Infinity;
  const least = filter.significance ? SIGNIFICANCE_RANK[filter.significance] : 0;
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  const kpe = filter.kpe;
  return rows.filter(
    (row) =>
      (!agencies || agencies.has(row.entry.agencyId)) &&
      row.latest >= from &&
      row.earliest <= to &&
      (!kpe || (kpe === 'none' ? row.entry.kpeIds.length === 0 : row.entry.kpeIds.includes(kpe))) &&
      SIGNIFICANCE_RANK[row.entry.significance] >= least &&
      words.every((word) => row.haystack.includes(word)),
  );
}

/** Whether a row starts a new period group in `rows` (the list shows a heading there). */
export function startsPeriod(rows: readonly TimelineRow[], index: number): boolean {
  return index === 0 || rows[index - 1]!.period !== rows[index]!.period;
}

/** The agencies that have lanes: every agency of the review, in the review's order. */
export function laneAgencies(review: Pick<Review, 'agencies'>, filter: TimelineFilter): Agency[] {
  if (filter.noAgencies) return [];
  return filter.agencies.length ? review.agencies.filter((a) => filter.agencies.includes(a.id)) : [...review.agencies];
}

/** The first and last day any row could fall on, ignoring open ends; undefined when none. */
export function extentOf(rows: readonly TimelineRow[], extra: ReadonlyArray<{ earliest: number; latest: number }> = []): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const item of [...rows, ...extra]) {
    if (Number.isFinite(item.earliest)) start = Math.min(start, item.earliest);
    if (Number.isFinite(item.latest)) end = Math.max(end, item.latest);
    if (!Number.isFinite(item.earliest) && Number.isFinite(item.latest)) start = Math.min(start, item.latest);
    if (!Number.isFinite(item.latest) && Number.isFinite(item.earliest)) end = Math.max(end, item.earliest);
  }
  return Number.isFinite(start) && Number.isFinite(end) ? { start, end: Math.max(end, start) } : undefined;
}

/** A span of days shown in the lane view. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** The window zoomed by `factor` (below 1 zooms in) around `centre`, kept inside `limit`. */
export function zoomWindow(window: TimeWindow, factor: number, limit: TimeWindow, centre = (window.start + window.end) / 2): TimeWindow {
  const full = limit.end - limit.start;
  const span = Math.min(full, Math.max(7, (window.end - window.start) * factor));
  return clampWindow({ start: centre - span / 2, end: centre + span / 2 }, limit);
}

/** The window moved by `fraction` of its width (negative moves earlier), kept inside `limit`. */
export function panWindow(window: TimeWindow, fraction: number, limit: TimeWindow): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return clampWindow({ start: window.start + shift, end: window.end + shift }, limit);
}

function clampWindow(window: TimeWindow, limit: TimeWindow): TimeWindow {
  const span = Math.min(window.end - window.start, limit.end - limit.start);
  let start = Math.max(limit.start, window.start);
  if (start + span > limit.end) start = limit.end - span;
  return { start, end: start + span };
}

/** Rows that could fall inside the window. */
export function inWindow(rows: readonly TimelineRow[], window: TimeWindow): TimelineRow[] {
  return rows.filter((row) => row.latest >= window.start && row.earliest <= window.end);
}

/** Entries in one lane counted into equal slices of the window, for views too dense to draw one by one. */
export interface Bin {
  readonly agencyId: string;
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/**
 * Counts rows per agency and slice. An entry is counted in the slice that holds the middle
 * of its possible days (clipped to the window), so each entry is counted once.
 */
export function binRows(rows: readonly TimelineRow[], window: TimeWindow, slices: number): Bin[] {
  const width = (window.end - window.start) / slices;
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    const lo = Math.max(row.earliest, window.start);
    const hi = Math.min(row.latest, window.end);
    const slice = Math.min(slices - 1, Math.max(0, Math.floor(((lo + hi) / 2 - window.start) / width)));
    let lane = counts.get(row.entry.agencyId);
    if (!lane) counts.set(row.entry.agencyId, (lane = new Array<number>(slices).fill(0)));
    lane[slice]!++;
  }
  const bins: Bin[] = [];
  for (const [agencyId, lane] of counts) {
    lane.forEach((count, i) => {
      if (count) bins.push({ agencyId, start: window.start + i * width, end: window.start + (i + 1) * width, count });
    });
  }
  return bins;
}

/** In the address, "no agency": `-` cannot be an agency id (ids start with a letter or digit). */
const NO_AGENCY = '-';

/** The filter as URL parameters (`agency=a,b&from=2023-01-01&q=words`), for `sync-url`. */
export function filterToParams(filter: TimelineFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.noAgencies) params.set('agency', NO_AGENCY);
  else if (filter.agencies.length) params.set('agency', filter.agencies.join(','));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.kpe) params.set('kpe', filter.kpe);
  if (filter.significance) params.set('significance', filter.significance);
  if (filter.query.trim()) params.set('q', filter.query.trim());
  return params;
}

/** Reads a filter from URL parameters; anything unrecognised is ignored, never an error. */
export function filterFromParams(params: URLSearchParams): TimelineFilter {
  const significance = params.get('significance');
  const from = params.get('from');
  const to = params.get('to');
  const agency = params.get('agency') ?? '';
  return {
    agencies: agency === NO_AGENCY ? [] : agency.split(',').filter(Boolean),
    ...(agency === NO_AGENCY ? { noAgencies: true } : {}),
    ...(from && isIsoDate(from) ? { from } : {}),
    ...(to && isIsoDate(to) ? { to } : {}),
    ...(params.get('kpe') ? { kpe: params.get('kpe')! } : {}),
    ...(significance && (SIGNIFICANCE.codes as readonly string[]).includes(significance) ? { significance: significance as Significance } : {}),
    query: params.get('q') ?? '',
  };
}
