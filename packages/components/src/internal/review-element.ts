import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Audience, PseudonymKey, Review } from '@slk/sdk';
import { SlkElement } from './slk-element.js';
import { reviewContext, type ReviewContextValue } from './review-context.js';
import { audienceAttribute, shownReview, type ShownReview } from './review-view.js';
import { renderReviewState } from './review-failure.js';

/**
 * Base class of every kit element that shows a review: its own `.review`, or the one its
 * `<slk-review>` provides, redacted for the audience. It owns the properties every such
 * element has, what is shown, and the loading, failure and no-review states; a subclass
 * draws the review itself.
 */
export abstract class SlkReviewElement extends SlkElement {
  /** The review to show when the element is not inside `<slk-review>` (or to override it). */
  @property({ attribute: false })
  accessor review: Review | undefined;

  /** Who the review is shown to, when not set by `<slk-review>`: `internal`, `panel` or `publication`. */
  @property({ converter: audienceAttribute })
  accessor audience: Audience | undefined;

  /** Offer adding and changing records (internal audience only). */
  @property({ type: Boolean, reflect: true })
  accessor editable = false;

  /** A name for the region, for assistive technology; each element has its own default. */
  @property()
  accessor label = '';

  @consume({ context: reviewContext, subscribe: true })
  @state()
  protected accessor context: ReviewContextValue | undefined;

  /** The pseudonym key the element was given, for elements that offer a named view. */
  protected get ownKey(): PseudonymKey | undefined {
    return undefined;
  }

  /** The review as this audience may see it, or why there is none (shared by every kit element). */
  protected get shown(): ShownReview {
    return shownReview(this.review, this.audience, this.ownKey, this.context, this.locale);
  }

  /** Editing is offered only to the internal audience: a redacted copy is never written back. */
  protected get canEdit(): boolean {
    return this.editable && this.shown.audience === 'internal';
  }

  /** The region's name: the `label`, else the element's own default. */
  protected get regionName(): string {
    return this.label || this.defaultLabel();
  }

  /** The element's name for its region when no `label` is set, in the current language. */
  protected abstract defaultLabel(): string;

  /** The element's words for loading, and for a provider whose review did not load. */
  protected abstract stateText(): { readonly loading: string; readonly providerFailed: string };

  /** Draws the review once it is ready to show. */
  protected abstract renderReview(review: Review): TemplateResult;

  override render() {
    const shown = this.shown;
    return html`
      <section part="base" class="base" lang=${this.locale} aria-label=${this.regionName} aria-busy=${shown.state === 'loading' ? 'true' : 'false'}>
        ${shown.state === 'ready' && shown.review
          ? this.renderReview(shown.review)
          : // The provider shows its own failure; a failure of this element's own review is shown here.
            renderReviewState(shown, this.context?.state === 'error' && !this.review, this.stateText())}
      </section>
    `;
  }
}
