import { isAudience, type Audience, type PseudonymKey, type RedactionReport, type Review, type ReviewStore } from '@slk/sdk';
import { viewFor, type ReviewContextValue, type ReviewLoadError, type ReviewState } from './review-context.js';

const RANK: Record<Audience, number> = { internal: 0, panel: 1, publication: 2 };

/**
 * The `audience` attribute of a kit element: absent means "follow the provider"; a value the
 * kit does not know counts as `publication`, which shows least (decision 0010).
 */
export const audienceAttribute = {
  fromAttribute: (value: string | null): Audience | undefined => {
    if (value === null) return undefined;
    if (isAudience(value)) return value;
    console.warn('Kit element: audience must be internal, panel or publication; showing what the public may see.');
    return 'publication';
  },
  toAttribute: (value: Audience | undefined) => value ?? null,
};

/** What a kit element shows: its own `.review`, or its provider's, for the stricter audience. */
export interface ShownReview {
  readonly state: ReviewState;
  readonly review?: Review;
  readonly redaction?: RedactionReport;
  readonly error?: ReviewLoadError;
  /** Where edits are saved; absent when the element holds its own `.review`. */
  readonly store?: ReviewStore;
  readonly audience: Audience;
  /** The pseudonym key, for the internal audience only. */
  readonly key?: PseudonymKey;
}

/**
 * The audience an element shows: its own, else its provider's, else internal. Inside a
 * provider an element may narrow what is shown, never widen it (decision 0010).
 */
export function effectiveAudience(own: Audience | undefined, context: ReviewContextValue | undefined, standalone: boolean): Audience {
  const provided = standalone ? undefined : context?.audience;
  if (own && provided) return RANK[own] >= RANK[provided] ? own : provided;
  return own ?? provided ?? 'internal';
}

/**
 * Resolves what an element shows. With its own `review` the element redacts for its own
 * audience; inside `<slk-review>` it shows the provider's copy, redacted again when the
 * element asks for a stricter audience.
 */
export function shownReview(
  own: Review | undefined,
  ownAudience: Audience | undefined,
  ownKey: PseudonymKey | undefined,
  context: ReviewContextValue | undefined,
  locale: 'en-GB' | 'cy',
): ShownReview {
  // A value set from code that is not an audience counts as the strictest (decision 0010).
  const audience = effectiveAudience(ownAudience === undefined || isAudience(ownAudience) ? ownAudience : 'publication', context, Boolean(own));
  const key = ownKey ?? context?.key;
  const internalKey = audience === 'internal' && key ? { key } : {};
  if (own) {
    const view = viewFor(own, audience, key, locale);
    if ('error' in view) return { state: 'error', error: view.error, audience };
    return { state: 'ready', ...view, audience, ...internalKey };
  }
  if (!context) return { state: 'empty', audience };
  if (context.state !== 'ready' || !context.review) {
    return { state: context.state, audience, ...(context.error ? { error: context.error } : {}) };
  }
  const store = context.store ? { store: context.store } : {};
  if (audience !== context.audience) {
    const view = viewFor(context.review, audience, context.key, locale);
    if ('error' in view) return { state: 'error', error: view.error, audience };
    return { state: 'ready', ...view, audience, ...store };
  }
  return { state: 'ready', review: context.review, ...(context.redaction ? { redaction: context.redaction } : {}), audience, ...store, ...internalKey };
}

/** A `<a download>` click for a file made in the browser; nothing leaves the machine. */
export function downloadFile(root: ShadowRoot | HTMLElement, file: { contents: BlobPart | Blob; mimeType: string; filename: string }): void {
  const blob = file.contents instanceof Blob ? file.contents : new Blob([file.contents], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  // Inside an open modal dialog when there is one: a modal dialog makes the rest of the page inert.
  const dialog = root.querySelector('dialog[open]');
  (dialog ?? root).append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Kit elements with `sync-url` share the address: each keeps its state in its own
 * `key=params` part, joined by `&&` (`#chronology=agency%3Dpolice&&actions=sort%3Ddue`).
 * This element's part, as written, or undefined when it has none.
 */
export function hashPart(key: string): string | undefined {
  return location.hash.slice(1).split('&&').find((p) => p.startsWith(`${key}=`));
}

/** The parameters held in an element's part of the address. */
export function hashParams(key: string, part: string | undefined): URLSearchParams {
  try {
    return new URLSearchParams(part ? decodeURIComponent(part.slice(key.length + 1)) : '');
  } catch {
    // A malformed escape ("%E0%A4%A", a lone "%") in a mistyped or crafted link: decoding
    // throws, and used to break the element. Such a part holds nothing to follow.
    return new URLSearchParams('');
  }
}

/**
 * Writes an element's part of the address, keeping other elements' parts (a plain anchor such
 * as `#main` is not state and is dropped). Returns the part written.
 */
export function writeHashPart(key: string, params: URLSearchParams): string | undefined {
  const others = location.hash.slice(1).split('&&').filter((p) => p.includes('=') && !p.startsWith(`${key}=`));
  const mine = params.toString() ? `${key}=${encodeURIComponent(params.toString())}` : undefined;
  const hash = [...others, ...(mine ? [mine] : [])].join('&&');
  // replaceState: typing in a search box should not fill the Back button's history.
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  return mine;
}
