import { defineElement } from '../internal/define.js';
// The timeline is used inside <slk-review>: its drop-in bundle registers both.
import '../review/define.js';
import {
  SlkReviewTimeline,
  type SlkAuditEvent,
  type SlkEntryChangeEvent,
  type SlkEntrySelectEvent,
  type SlkFilterChangeEvent,
} from './review-timeline.js';

defineElement('slk-review-timeline', SlkReviewTimeline);

export { SlkReviewTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'slk-review-timeline': SlkReviewTimeline;
  }
  interface HTMLElementEventMap {
    'slk-entry-select': SlkEntrySelectEvent;
    'slk-entry-change': SlkEntryChangeEvent;
    'slk-filter-change': SlkFilterChangeEvent;
    'slk-audit': SlkAuditEvent;
  }
}
