import { defineElement } from '../internal/define.js';
// The tracker is used inside <slk-review>: its drop-in bundle registers both.
import '../review/define.js';
import { SlkActionTracker, type SlkActionChangeEvent, type SlkActionSelectEvent } from './action-tracker.js';

defineElement('slk-action-tracker', SlkActionTracker);

export { SlkActionTracker };

declare global {
  interface HTMLElementTagNameMap {
    'slk-action-tracker': SlkActionTracker;
  }
  interface HTMLElementEventMap {
    'slk-action-select': SlkActionSelectEvent;
    'slk-action-change': SlkActionChangeEvent;
  }
}
