/**
 * The action tracker's data work, kept apart from rendering so it can be tested and measured:
 * one row per action with everything the table shows already derived by the SDK (RAG and its
 * reason, overdue, next impact review, strength), then the filter, the sort and the groups.
 * Nothing here formats text for display.
 */
import {
  ACTION_STATUSES,
  actionStrength,
  daysUntilDue,
  deriveRag,
  isIsoDate,
  isOverdue,
  RAG_RATINGS,
  type Action,
  type ActionStatus,
  type Agency,
  type InterventionStrength,
  type IsoDate,
  type Rag,
  type RagResult,
  type RagThresholds,
  type Recommendation,
  type Review,
} from '@slk/sdk';
import { fold } from '../internal/forms.js';

/** One action, prepared once per review and day. */
export interface ActionRow {
  readonly action: Action;
  readonly rag: RagResult;
  readonly recommendation?: Recommendation;
  readonly agency?: Agency;
  readonly overdue: boolean;
  /** Days to the due date; negative once past. */
  readonly daysLeft: number;
  /** The next impact review not yet held. */
  readonly nextReview?: IsoDate;
  readonly strength: InterventionStrength;
  /** Evidence items of any assessment; `accepted` counts those accepted. */
  readonly evidence: number;
  readonly accepted: number;
  /** Lower-case, accent-free text that search looks in. */
  readonly haystack: string;
}

// What needs attention first (rating, status, due date), then who and why: on a laptop the
// columns a board asks about are in view without scrolling sideways.
export const COLUMNS = ['title', 'rag', 'status', 'due', 'agency', 'lead', 'recommendation', 'evidence', 'nextReview', 'strength'] as const;
export type Column = (typeof COLUMNS)[number];
/** Shown unless the reader chooses otherwise; the action's title is always shown. */
export const DEFAULT_COLUMNS: readonly Column[] = COLUMNS;

export type GroupBy = 'none' | 'recommendation' | 'agency';

export interface ActionSort {
  readonly column: Column;
  readonly descending: boolean;
}

/** Worst RAG first, then by due date: what needs attention comes to the top. */
export const DEFAULT_SORT: ActionSort = Object.freeze({ column: 'rag', descending: false });

export interface ActionFilter {
  /** Agency ids to show; empty shows every agency. */
  readonly agencies: readonly string[];
  readonly statuses: readonly ActionStatus[];
  readonly rags: readonly Rag[];
  readonly recommendationId?: string;
  /** Only actions past their due date and not completed. */
  readonly overdue?: boolean;
  /** Only actions not completed and due within this many days (overdue ones included). */
  readonly dueWithin?: number;
  /** Words to find, in any order. */
  readonly query: string;
}

export const EMPTY_FILTER: ActionFilter = Object.freeze({ agencies: Object.freeze([]), statuses: Object.freeze([]), rags: Object.freeze([]), query: '' });

const NOT_COMPLETE: ReadonlySet<ActionStatus> = new Set(['draft', 'agreed', 'in-progress']);
const STATUS_RANK = new Map(ACTION_STATUSES.codes.map((c, i) => [c, i]));
// Worst first when sorted ascending: what needs attention comes to the top.
const RAG_RANK = new Map<Rag, number>(RAG_RATINGS.map((r, i) => [r, i]));
const STRENGTH_RANK: Record<InterventionStrength, number> = { stronger: 0, intermediate: 1, weaker: 2 };

/** Rows for every action, with RAG worked out for `today`. */
export function prepareRows(review: Pick<Review, 'actions' | 'agencies' | 'recommendations'>, today: IsoDate, thresholds?: Partial<RagThresholds>): ActionRow[] {
  const agencies = new Map(review.agencies.map((a) => [a.id, a]));
  const recommendations = new Map(review.recommendations.map((r) => [r.id, r]));
  return review.actions.map((action) => {
    const recommendation = recommendations.get(action.recommendationId);
    const agency = agencies.get(action.agencyId);
    let nextReview: IsoDate | undefined;
    for (const point of action.reviewPoints) if (!point.reviewedOn && (!nextReview || point.dueDate < nextReview)) nextReview = point.dueDate;
    const inactive = action.status === 'superseded' || action.status === 'cancelled';
    return {
      action,
      rag: deriveRag(action, today, thresholds),
      ...(recommendation ? { recommendation } : {}),
      ...(agency ? { agency } : {}),
      overdue: isOverdue(action, today),
      daysLeft: daysUntilDue(action, today),
      ...(nextReview && !inactive ? { nextReview } : {}),
      strength: actionStrength(action, recommendation),
      evidence: action.evidence.length,
      accepted: action.evidence.filter((e) => e.assessment === 'accepted').length,
      haystack: fold(
        [action.id, action.title, action.description ?? '', action.leadOfficer.role, action.leadOfficer.name ?? '', agency?.name ?? '', agency?.code ?? '', recommendation?.text ?? '', action.recommendationId].join(' '),
      ),
    };
  });
}

export function isFiltered(filter: ActionFilter): boolean {
  return Boolean(filter.agencies.length || filter.statuses.length || filter.rags.length || filter.recommendationId || filter.overdue || filter.dueWithin !== undefined || filter.query.trim());
}

/** The rows the filter lets through, in their original order. */
export function applyFilter(rows: readonly ActionRow[], filter: ActionFilter): ActionRow[] {
  if (!isFiltered(filter)) return [...rows];
  const agencies = new Set(filter.agencies);
  const statuses = new Set(filter.statuses);
  const rags = new Set(filter.rags);
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (!agencies.size || agencies.has(row.action.agencyId)) &&
      (!statuses.size || statuses.has(row.action.status)) &&
      (!rags.size || rags.has(row.rag.rating)) &&
      (!filter.recommendationId || row.action.recommendationId === filter.recommendationId) &&
      (!filter.overdue || row.overdue) &&
      (filter.dueWithin === undefined || (NOT_COMPLETE.has(row.action.status) && row.daysLeft <= filter.dueWithin)) &&
      words.every((w) => row.haystack.includes(w)),
  );
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** The text a column sorts by, for the columns sorted as words. */
const TEXT_KEYS: Partial<Record<Column, (row: ActionRow) => string>> = {
  title: (r) => r.action.title,
  recommendation: (r) => r.action.recommendationId,
  agency: (r) => r.agency?.name ?? r.action.agencyId,
  lead: (r) => r.action.leadOfficer.role,
};

/**
 * Each row's place on one column, as a number. Words are ranked once per distinct value (a
 * plan has few agencies and recommendations), so sorting thousands of rows compares numbers,
 * not strings through the collator.
 */
function ranks(rows: readonly ActionRow[], column: Column): Float64Array {
  const out = new Float64Array(rows.length);
  const text = TEXT_KEYS[column];
  if (text) {
    const values = [...new Set(rows.map(text))].sort(collator.compare);
    const rank = new Map(values.map((v, i) => [v, i]));
    rows.forEach((r, i) => (out[i] = rank.get(text(r))!));
    return out;
  }
  rows.forEach((r, i) => {
    switch (column) {
      case 'due':
        out[i] = r.daysLeft;
        break;
      case 'status':
        out[i] = STATUS_RANK.get(r.action.status)!;
        break;
      case 'rag':
        out[i] = RAG_RANK.get(r.rag.rating)!;
        break;
      case 'evidence':
        out[i] = r.accepted * 100_000 + r.evidence;
        break;
      case 'nextReview':
        // Actions with no review to come sort last either way round (see sortRows).
        out[i] = r.nextReview ? Date.parse(r.nextReview) : Number.NaN;
        break;
      case 'strength':
        out[i] = STRENGTH_RANK[r.strength];
        break;
      default:
        out[i] = 0;
    }
  });
  return out;
}

/** The rows in the order `sort` asks for (a new array; the input is left alone). Ties fall back to due date, then id. */
export function sortRows(rows: readonly ActionRow[], sort: ActionSort): ActionRow[] {
  const sign = sort.descending ? -1 : 1;
  const key = ranks(rows, sort.column);
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const x = key[a]!;
    const y = key[b]!;
    if (x !== y) {
      if (Number.isNaN(x)) return 1;
      if (Number.isNaN(y)) return -1;
      return sign * (x - y);
    }
    const ra = rows[a]!;
    const rb = rows[b]!;
    return ra.daysLeft - rb.daysLeft || (ra.action.id < rb.action.id ? -1 : ra.action.id > rb.action.id ? 1 : 0);
  });
  return order.map((i) => rows[i]!);
}

/** A table line: a group heading or an action. */
export type TableItem = { readonly kind: 'group'; readonly key: string; readonly id: string; readonly count: number } | { readonly kind: 'row'; readonly row: ActionRow };

/**
 * The sorted rows as table lines, with a heading before each group. Groups come in the
 * review's order of recommendations or agencies; rows keep their sorted order inside them.
 */
export function groupRows(rows: readonly ActionRow[], by: GroupBy, review: Pick<Review, 'recommendations' | 'agencies'>): TableItem[] {
  if (by === 'none') return rows.map((row) => ({ kind: 'row', row }));
  const keyOf = (row: ActionRow) => (by === 'agency' ? row.action.agencyId : row.action.recommendationId);
  const buckets = new Map<string, ActionRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(row);
    else buckets.set(key, [row]);
  }
  const order = (by === 'agency' ? review.agencies : review.recommendations).map((x) => x.id);
  const keys = [...buckets.keys()].sort((a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity));
  return keys.flatMap((id) => {
    const bucket = buckets.get(id)!;
    return [{ kind: 'group' as const, key: `${by}:${id}`, id, count: bucket.length }, ...bucket.map((row) => ({ kind: 'row' as const, row }))];
  });
}

/** What the reader has chosen to see: kept in the address with `sync-url`. */
export interface TableView {
  readonly filter: ActionFilter;
  readonly sort: ActionSort;
  readonly group: GroupBy;
  readonly columns: readonly Column[];
}

const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);

export function viewToParams(view: TableView): URLSearchParams {
  const params = new URLSearchParams();
  const { filter, sort } = view;
  if (filter.agencies.length) params.set('agency', filter.agencies.join(','));
  if (filter.statuses.length) params.set('status', filter.statuses.join(','));
  if (filter.rags.length) params.set('rag', filter.rags.join(','));
  if (filter.recommendationId) params.set('rec', filter.recommendationId);
  if (filter.overdue) params.set('overdue', '1');
  if (filter.dueWithin !== undefined) params.set('within', String(filter.dueWithin));
  if (filter.query.trim()) params.set('q', filter.query.trim());
  if (sort.column !== DEFAULT_SORT.column || sort.descending) params.set('sort', `${sort.descending ? '-' : ''}${sort.column}`);
  if (view.group !== 'none') params.set('group', view.group);
  if (view.columns.length !== DEFAULT_COLUMNS.length || view.columns.some((c, i) => c !== DEFAULT_COLUMNS[i])) params.set('cols', view.columns.join(','));
  return params;
}

/** Reads a view from URL parameters; anything unrecognised is ignored, never an error. */
export function viewFromParams(params: URLSearchParams): TableView {
  const sort = params.get('sort') ?? '';
  const sortColumn = sort.replace(/^-/, '') as Column;
  const within = Number.parseInt(params.get('within') ?? '', 10);
  const group = params.get('group');
  const columns = list(params.get('cols')).filter((c): c is Column => (COLUMNS as readonly string[]).includes(c));
  return {
    filter: {
      agencies: list(params.get('agency')),
      statuses: list(params.get('status')).filter((s): s is ActionStatus => (ACTION_STATUSES.codes as readonly string[]).includes(s)),
      rags: list(params.get('rag')).filter((r): r is Rag => (RAG_RATINGS as readonly string[]).includes(r)),
      ...(params.get('rec') ? { recommendationId: params.get('rec')! } : {}),
      ...(params.get('overdue') === '1' ? { overdue: true } : {}),
      ...(Number.isFinite(within) && within >= 0 && within <= 3650 ? { dueWithin: within } : {}),
      query: params.get('q') ?? '',
    },
    sort: (COLUMNS as readonly string[]).includes(sortColumn) ? { column: sortColumn, descending: sort.startsWith('-') } : DEFAULT_SORT,
    group: group === 'recommendation' || group === 'agency' ? group : 'none',
    // The title column is always there: a row must say which action it is.
    columns: columns.length ? (columns.includes('title') ? columns : ['title', ...columns]) : DEFAULT_COLUMNS,
  };
}

/** Whether a date string is usable as "today" (for the `today` attribute). */
export const isDay = (value: string): value is IsoDate => isIsoDate(value);
