import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ReviewLoadError } from './review-context.js';

const MAX_LISTED_ERRORS = 10;

/**
 * Why a review cannot be shown, and what to do, with the problems listed by field path
 * (never the values): used by `<slk-review>`, and by any kit element given a `.review` it
 * cannot show to its audience.
 */
export function renderFailure(error: ReviewLoadError, headingLevel: 2 | 3 = 2): TemplateResult {
  const { title, next } = describeFailure(error);
  const errors = error.errors ?? [];
  return html`
    ${headingLevel === 2 ? html`<h2 class="status__title">${title}</h2>` : html`<h3 class="status__title">${title}</h3>`}
    <p>${next}</p>
    ${errors.length
      ? html`<ul class="status__errors">
          ${errors.slice(0, MAX_LISTED_ERRORS).map((e) => html`<li>${e.path ? html`<code>${e.path}</code>: ` : nothing}${e.message}</li>`)}
          ${errors.length > MAX_LISTED_ERRORS ? html`<li>${msg(str`and ${errors.length - MAX_LISTED_ERRORS} more problems`)}</li>` : nothing}
        </ul>`
      : nothing}
  `;
}

/** Title and next step for each failure, in the kit's current language. */
export function describeFailure(error: ReviewLoadError): { title: string; next: string } {
  switch (error.reason) {
    case 'cross-origin':
      return {
        title: msg('The review was not loaded'),
        next: msg('Its address is on another website. Put the review file on this site, or set allow-cross-origin if that site is trusted and allows it.'),
      };
    case 'network':
      return {
        title: msg('The review could not be fetched'),
        next: msg('Check your connection and reload the page. If it keeps happening, tell the person who looks after this page.'),
      };
    case 'http':
      return {
        title: msg('The review could not be fetched'),
        next:
          error.status === 404
            ? msg('The review file was not found at its address. Tell the person who looks after this page.')
            : msg(str`The website answered with an error (${error.status ?? 0}). Try again later, or tell the person who looks after this page.`),
      };
    case 'json':
      return {
        title: msg('The review file could not be read'),
        next: msg('The file is not a review in JSON format. Export the review again from the kit and replace the file.'),
      };
    case 'invalid':
      return {
        title: msg('The review file has problems'),
        next: msg('Correct these in the file, or export it again from the kit:'),
      };
    case 'storage':
      return {
        title: msg('This browser’s storage could not be used'),
        next: msg('Private browsing or a full disk can stop the kit keeping reviews in the browser. Try a normal window, or free some space.'),
      };
    case 'not-found':
      return {
        title: msg('There is no review to show'),
        next: msg('This browser has no copy of the review. Import the review file, or ask the person who looks after this page for it.'),
      };
    case 'redaction':
      return {
        title: msg('The review cannot be shown to this audience'),
        next:
          error.redaction === 'key'
            ? msg('The pseudonym key does not fit this review, so names cannot be replaced safely. Use the key made for this review:')
            : error.redaction === 'result'
              ? msg('Replacing names made some fields longer than allowed, so no redacted copy was made. Shorten these fields:')
              : msg('Some ids or codes contain a name or detail from the pseudonym key, so it cannot be redacted safely. Rename these records:'),
      };
  }
}

/**
 * What a kit element shows when it has no review to draw: loading, a failure, or how to give
 * it one. `text` holds the element's own words for loading and for its provider's failure.
 */
export function renderReviewState(
  shown: { readonly state: string; readonly error?: ReviewLoadError | undefined },
  providerFailed: boolean,
  text: { readonly loading: string; readonly providerFailed: string },
): TemplateResult {
  if (shown.state === 'loading') return html`<p part="message" class="message" role="status">${text.loading}</p>`;
  if (shown.state === 'error') {
    // The provider shows its own failure; a failure of this element's own review is shown here.
    return providerFailed
      ? html`<p part="message" class="message message--error">${text.providerFailed}</p>`
      : html`<div part="message" class="message message--error" role="alert">${shown.error ? renderFailure(shown.error, 3) : nothing}</div>`;
  }
  return html`<div part="message" class="message">
    <p><strong>${msg('No review to show.')}</strong></p>
    <p>${msg('Put this element inside <slk-review>, or set its review property from code.')}</p>
  </div>`;
}
