import { createContext } from '@lit/context';
import {
  RedactionError,
  parseReview,
  redactReview,
  type Audience,
  type Locale,
  type PseudonymKey,
  type RedactionReport,
  type Review,
  type ReviewStore,
  type ValidationError,
} from '@slk/sdk';

/** Where a review is in being made available to the page. */
export type ReviewState = 'empty' | 'loading' | 'ready' | 'error';

/** Why a review could not be shown. Each reason has its own message and next step. */
export type ReviewLoadFailure =
  /** `src` names another site and `allow-cross-origin` is not set. */
  | 'cross-origin'
  /** The request failed: offline, blocked, or the server did not answer. */
  | 'network'
  /** The server answered with an error status (`status` says which). */
  | 'http'
  /** The file is not JSON. */
  | 'json'
  /** The file is JSON but not a valid review (`errors` say why, without values). */
  | 'invalid'
  /** The browser store could not be opened or read. */
  | 'storage'
  /** The store has no review with this id, and no `src` or `.review` to start from. */
  | 'not-found'
  /** The review cannot be redacted safely for the audience (`errors` list where). */
  | 'redaction';

/** Why the SDK refused to redact: the key does not fit, ids hold names, or fields grew too long. */
export type RedactionFailure = RedactionError['reason'];

export interface ReviewLoadError {
  readonly reason: ReviewLoadFailure;
  readonly status?: number;
  readonly errors?: readonly ValidationError[];
  /** With `reason: 'redaction'`: what the SDK found. */
  readonly redaction?: RedactionFailure;
}

/**
 * What `<slk-review>` shares with every kit element inside it. A new object is provided on
 * every change, so consumers re-render when anything in it changes.
 */
export interface ReviewContextValue {
  readonly state: ReviewState;
  /** The review as the audience may see it: redacted for `panel` and `publication`. */
  readonly review?: Review;
  /** The store the review lives in; components write through it. */
  readonly store?: ReviewStore;
  /** The review's revision in the store. */
  readonly revision?: number;
  /** Who the page is for; what is shown follows the SDK's audience profile. */
  readonly audience: Audience;
  /** The pseudonym key, when the host supplied one (internal audience only). */
  readonly key?: PseudonymKey;
  /** What redaction changed, for panel and publication audiences. */
  readonly redaction?: RedactionReport;
  readonly error?: ReviewLoadError;
}

/** Undefined outside any `<slk-review>`. */
// Symbol.for: a per-component drop-in and the everything bundle each carry their own copy
// of this module; a registered symbol lets their providers and consumers still meet.
export const reviewContext = createContext<ReviewContextValue | undefined>(Symbol.for('slk-review'));

/**
 * The review as `audience` may see it. Internal sees the record as stored; the panel and the
 * public get the SDK's redacted copy. Results are cached per review object, so re-rendering
 * never redacts twice.
 */
export function viewFor(
  review: Review,
  audience: Audience,
  key: PseudonymKey | undefined,
  locale: Locale,
): { review: Review; redaction?: RedactionReport } | { error: ReviewLoadError } {
  if (audience === 'internal') return { review };
  const cacheKey = `${audience}|${locale}`;
  let perReview = cache.get(review);
  if (!perReview) cache.set(review, (perReview = new Map<string, CacheEntry>()));
  const hit = perReview.get(cacheKey);
  if (hit && hit.key === key) return hit.result;
  let result: { review: Review; redaction?: RedactionReport } | { error: ReviewLoadError };
  try {
    const redacted = redactReview(review, { audience, ...(key ? { key } : {}), locale });
    result = { review: redacted.review, redaction: redacted.report };
  } catch (error) {
    if (error instanceof RedactionError) {
      result = { error: { reason: 'redaction', redaction: error.reason, errors: error.errors } };
    } else {
      // A `.review` set on an element from code is not validated first; redacting one that is
      // not a valid review can fail in any way (a 100,000-character staff name makes a pattern
      // too big to run). Show its problems, by field and never with values, not a crash.
      const parsed = parseReview(review, { locale });
      if (parsed.ok) throw error;
      result = { error: { reason: 'invalid', errors: parsed.errors } };
    }
  }
  perReview.set(cacheKey, { key, result });
  return result;
}

interface CacheEntry {
  readonly key: PseudonymKey | undefined;
  readonly result: ReturnType<typeof viewFor>;
}

const cache = new WeakMap<Review, Map<string, CacheEntry>>();
