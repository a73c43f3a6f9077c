/**
 * The composite action plan at a glance, and the traceability chain that shows why each
 * action exists: chronology entry → key practice episode → factor → pattern → finding →
 * recommendation → action → evidence → impact review.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { IsoDate } from '../time/calendar-date.js';
import { sortByPartialDate } from '../time/edtf.js';
import { ACTION_STATUSES, INTERVENTION_STRENGTHS, type ActionStatus, type InterventionStrength } from '../model/codes.js';
import type {
  Action,
  ChronologyEntry,
  ContributoryFactor,
  Evidence,
  Finding,
  KeyPracticeEpisode,
  Pattern,
  Recommendation,
  Review,
} from '../model/schemas.js';
import { RAG_RATINGS, actionStrength, deriveRag, isOverdue, type Rag, type RagThresholds } from './actions.js';

export interface PlanOptions {
  readonly today: IsoDate;
  readonly thresholds?: Partial<RagThresholds>;
  /** Warn when more than this share of active actions are weaker interventions. Default 0.5. */
  readonly weakerShareWarning?: number;
}

export interface AgencySummary {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly total: number;
  readonly overdue: number;
  readonly byRag: Readonly<Record<Rag, number>>;
}

export interface PlanWarning {
  readonly code: 'weaker-dominant' | 'no-stronger' | 'overdue-actions';
  readonly text: LocalisedText;
}

export interface PlanSummary {
  readonly today: IsoDate;
  readonly total: number;
  /** Actions not superseded or cancelled. */
  readonly active: number;
  readonly overdue: number;
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  readonly byRag: Readonly<Record<Rag, number>>;
  readonly byAgency: readonly AgencySummary[];
  /** Share of active actions evidenced (or beyond), 0–1. */
  readonly evidencedShare: number;
  /** Share of active actions whose impact has been reviewed, 0–1. */
  readonly impactReviewedShare: number;
  /** Active actions by intervention strength. */
  readonly strength: Readonly<Record<InterventionStrength, number>>;
  readonly warnings: readonly PlanWarning[];
}

function counter<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

const INACTIVE = new Set<ActionStatus>(['superseded', 'cancelled']);
const EVIDENCED = new Set<ActionStatus>(['evidenced', 'impact-reviewed', 'closed']);
const IMPACT_REVIEWED = new Set<ActionStatus>(['impact-reviewed', 'closed']);

/** Counts by status, RAG and agency, evidence and impact shares, and the strength profile. */
export function summarisePlan(review: Review, options: PlanOptions): PlanSummary {
  const { today, thresholds, weakerShareWarning = 0.5 } = options;
  const recommendations = new Map(review.recommendations.map((r) => [r.id, r]));
  const byStatus = counter(ACTION_STATUSES.codes);
  const byRag = counter(RAG_RATINGS);
  const strength = counter(INTERVENTION_STRENGTHS.codes);
  const agencies = new Map<string, { total: number; overdue: number; byRag: Record<Rag, number> }>();
  let active = 0;
  let overdue = 0;
  let evidenced = 0;
  let impactReviewed = 0;

  for (const action of review.actions) {
    const rag = deriveRag(action, today, thresholds).rating;
    byStatus[action.status]++;
    byRag[rag]++;
    const agency = agencies.get(action.agencyId) ?? { total: 0, overdue: 0, byRag: counter(RAG_RATINGS) };
    agency.total++;
    agency.byRag[rag]++;
    if (isOverdue(action, today)) {
      overdue++;
      agency.overdue++;
    }
    agencies.set(action.agencyId, agency);
    if (INACTIVE.has(action.status)) continue;
    active++;
    if (EVIDENCED.has(action.status)) evidenced++;
    if (IMPACT_REVIEWED.has(action.status)) impactReviewed++;
    strength[actionStrength(action, recommendations.get(action.recommendationId))]++;
  }

  const warnings: PlanWarning[] = [];
  if (active > 0 && strength.weaker / active > weakerShareWarning) {
    const percent = Math.round((strength.weaker / active) * 100);
    warnings.push({
      code: 'weaker-dominant',
      text: draft(
        `${percent}% of active actions are weaker interventions such as training, new procedures or reminders, which rely on people remembering. Consider stronger changes to systems, tools or staffing.`,
        `Mae ${percent}% o’r camau gweithredu gweithredol yn ymyriadau gwannach fel hyfforddiant, gweithdrefnau newydd neu nodiadau atgoffa, sy’n dibynnu ar bobl yn cofio. Ystyriwch newidiadau cryfach i systemau, offer neu staffio.`,
      ),
    });
  }
  if (active > 0 && strength.stronger === 0) {
    warnings.push({
      code: 'no-stronger',
      text: draft('No active action is a stronger intervention that changes the system itself.', 'Nid oes yr un cam gweithredu gweithredol yn ymyriad cryfach sy’n newid y system ei hun.'),
    });
  }
  if (overdue > 0) {
    warnings.push({
      code: 'overdue-actions',
      text: draft(`${overdue} ${overdue === 1 ? 'action is' : 'actions are'} overdue.`, `Mae ${overdue} cam gweithredu yn hwyr.`),
    });
  }

  const names = new Map(review.agencies.map((a) => [a.id, a.name]));
  return {
    today,
    total: review.actions.length,
    active,
    overdue,
    byStatus,
    byRag,
    byAgency: [...agencies.entries()]
      .map(([agencyId, a]) => ({ agencyId, agencyName: names.get(agencyId) ?? agencyId, ...a }))
      .sort((x, y) => x.agencyName.localeCompare(y.agencyName)),
    evidencedShare: active ? evidenced / active : 0,
    impactReviewedShare: active ? impactReviewed / active : 0,
    strength,
    warnings,
  };
}

/** Why an action exists: its chain back to the chronology. */
export interface ActionTrace {
  readonly action: Action;
  readonly recommendation?: Recommendation;
  readonly findings: readonly Finding[];
  readonly patterns: readonly Pattern[];
  readonly factors: readonly ContributoryFactor[];
  readonly keyPracticeEpisodes: readonly KeyPracticeEpisode[];
  /** Entries in those episodes and cited as evidence for those factors, in date order. */
  readonly chronology: readonly ChronologyEntry[];
}

/** Everything that came of a key practice episode. */
export interface EpisodeTrace {
  readonly keyPracticeEpisode: KeyPracticeEpisode;
  readonly chronology: readonly ChronologyEntry[];
  readonly factors: readonly ContributoryFactor[];
  readonly patterns: readonly Pattern[];
  readonly findings: readonly Finding[];
  readonly recommendations: readonly Recommendation[];
  readonly actions: readonly Action[];
  readonly evidence: readonly { readonly actionId: string; readonly evidence: Evidence }[];
}

function pick<T extends { id: string }>(items: readonly T[], ids: ReadonlySet<string>): T[] {
  return items.filter((item) => ids.has(item.id));
}

function entriesFor(review: Review, kpeIds: ReadonlySet<string>, factors: readonly ContributoryFactor[]): ChronologyEntry[] {
  const cited = new Set(factors.flatMap((f) => f.evidence.map((e) => e.entryId)));
  const entries = review.chronology.filter((e) => cited.has(e.id) || e.kpeIds.some((k) => kpeIds.has(k)));
  return sortByPartialDate(entries, (e) => e.date);
}

/** The chain from an action back to the chronology, or `undefined` if there is no such action. */
export function traceAction(review: Review, actionId: string): ActionTrace | undefined {
  const action = review.actions.find((a) => a.id === actionId);
  if (!action) return undefined;
  const recommendation = review.recommendations.find((r) => r.id === action.recommendationId);
  const findings = pick(review.findings, new Set(recommendation?.findingIds ?? []));
  const patterns = pick(review.patterns, new Set(findings.flatMap((f) => f.patternIds)));
  const factors = pick(review.contributoryFactors, new Set(patterns.flatMap((p) => p.factorIds)));
  const kpeIds = new Set(factors.flatMap((f) => f.kpeIds));
  return {
    action,
    ...(recommendation ? { recommendation } : {}),
    findings,
    patterns,
    factors,
    keyPracticeEpisodes: pick(review.keyPracticeEpisodes, kpeIds),
    chronology: entriesFor(review, kpeIds, factors),
  };
}

/** What came of a key practice episode, or `undefined` if there is no such episode. */
export function traceEpisode(review: Review, kpeId: string): EpisodeTrace | undefined {
  const keyPracticeEpisode = review.keyPracticeEpisodes.find((k) => k.id === kpeId);
  if (!keyPracticeEpisode) return undefined;
  const factors = review.contributoryFactors.filter((f) => f.kpeIds.includes(kpeId));
  const factorIds = new Set(factors.map((f) => f.id));
  const patterns = review.patterns.filter((p) => p.factorIds.some((id) => factorIds.has(id)));
  const patternIds = new Set(patterns.map((p) => p.id));
  const findings = review.findings.filter((f) => f.patternIds.some((id) => patternIds.has(id)));
  const findingIds = new Set(findings.map((f) => f.id));
  const recommendations = review.recommendations.filter((r) => r.findingIds.some((id) => findingIds.has(id)));
  const recommendationIds = new Set(recommendations.map((r) => r.id));
  const actions = review.actions.filter((a) => recommendationIds.has(a.recommendationId));
  return {
    keyPracticeEpisode,
    chronology: sortByPartialDate(
      review.chronology.filter((e) => e.kpeIds.includes(kpeId)),
      (e) => e.date,
    ),
    factors,
    patterns,
    findings,
    recommendations,
    actions,
    evidence: actions.flatMap((a) => a.evidence.map((evidence) => ({ actionId: a.id, evidence }))),
  };
}

/** The review's chronology in date order (partial dates sorted by the kit's total order). */
export function sortedChronology(review: Review): ChronologyEntry[] {
  return sortByPartialDate(review.chronology, (e) => e.date);
}
