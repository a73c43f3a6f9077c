/**
 * The composite action plan as a spreadsheet: one row per action, with the RAG rating and
 * its reason worked out for `today`, so a board paper can be made from it without retyping.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import { ACTION_STATUSES, INTERVENTION_STRENGTHS, labelOf } from '../model/codes.js';
import type { Review } from '../model/schemas.js';
import { actionStrength, deriveRag, RAG_LABELS, type RagThresholds } from '../derive/actions.js';
import type { IsoDate } from '../time/calendar-date.js';
import { toCsv } from './csv.js';

export const ACTION_COLUMNS = {
  id: draft('Action ID', 'ID y cam gweithredu'),
  recommendationId: draft('Recommendation ID', 'ID yr argymhelliad'),
  agencyCode: draft('Agency code', 'Cod yr asiantaeth'),
  agency: draft('Agency', 'Asiantaeth'),
  title: draft('Action', 'Cam gweithredu'),
  leadRole: draft('Lead officer role', 'Rôl y swyddog arweiniol'),
  leadName: draft('Lead officer name', 'Enw’r swyddog arweiniol'),
  status: draft('Status', 'Statws'),
  agreedOn: draft('Agreed on', 'Cytunwyd ar'),
  dueDate: draft('Due', 'Dyddiad dyledus'),
  completedOn: draft('Completed on', 'Cwblhawyd ar'),
  rag: draft('RAG', 'RAG'),
  ragReason: draft('RAG reason', 'Rheswm RAG'),
  acceptedEvidence: draft('Accepted evidence items', 'Eitemau tystiolaeth a dderbyniwyd'),
  nextReview: draft('Next impact review due', 'Adolygiad effaith nesaf yn ddyledus'),
  strength: draft('Intervention strength', 'Cryfder yr ymyriad'),
} satisfies Record<string, LocalisedText>;

export interface ActionsCsvOptions {
  /** The day RAG ratings are worked out for. */
  readonly today: IsoDate;
  readonly locale?: Locale;
  readonly thresholds?: Partial<RagThresholds>;
}

/** The action plan as CSV that opens cleanly in Excel (UTF-8 with BOM, formula-safe). */
export function actionsToCsv(review: Pick<Review, 'actions' | 'agencies' | 'recommendations'>, options: ActionsCsvOptions): string {
  const locale = options.locale ?? 'en-GB';
  const agencies = new Map(review.agencies.map((a) => [a.id, a]));
  const recommendations = new Map(review.recommendations.map((r) => [r.id, r]));
  const rows = review.actions.map((a) => {
    const rag = deriveRag(a, options.today, options.thresholds);
    const next = a.reviewPoints.filter((p) => !p.reviewedOn).sort((x, y) => x.dueDate.localeCompare(y.dueDate))[0];
    return [
      a.id,
      a.recommendationId,
      agencies.get(a.agencyId)?.code,
      agencies.get(a.agencyId)?.name,
      a.title,
      a.leadOfficer.role,
      a.leadOfficer.name,
      labelOf(ACTION_STATUSES, a.status, locale),
      a.agreedOn,
      a.dueDate,
      a.completedOn,
      RAG_LABELS[rag.rating][locale],
      rag.reasons[0]?.text[locale],
      a.evidence.filter((e) => e.assessment === 'accepted').length,
      next?.dueDate,
      labelOf(INTERVENTION_STRENGTHS, actionStrength(a, recommendations.get(a.recommendationId)), locale),
    ];
  });
  return toCsv(Object.values(ACTION_COLUMNS).map((h) => h[locale]), rows);
}
