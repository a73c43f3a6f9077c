import { defineElement } from '../internal/define.js';
// The summary is used inside <slk-review>: its drop-in bundle registers both.
import '../review/define.js';
import { SlkFeedbackSummary } from './feedback-summary.js';

defineElement('slk-feedback-summary', SlkFeedbackSummary);

export { SlkFeedbackSummary };

declare global {
  interface HTMLElementTagNameMap {
    'slk-feedback-summary': SlkFeedbackSummary;
  }
}
