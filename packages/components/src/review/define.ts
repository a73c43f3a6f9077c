import { defineElement } from '../internal/define.js';
import { SlkReview, type SlkReviewErrorEvent, type SlkReviewReadyEvent } from './review.js';

defineElement('slk-review', SlkReview);

export { SlkReview };

declare global {
  interface HTMLElementTagNameMap {
    'slk-review': SlkReview;
  }
  interface HTMLElementEventMap {
    'slk-review-ready': SlkReviewReadyEvent;
    'slk-review-error': SlkReviewErrorEvent;
  }
}
