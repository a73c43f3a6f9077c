import { defineElement } from '../internal/define.js';
// The factor map is used inside <slk-review>: its drop-in bundle registers both.
import '../review/define.js';
import { SlkFactorMap, type SlkFactorChangeEvent, type SlkFactorSelectEvent } from './factor-map.js';
import type { SlkAuditEvent } from '../internal/event.js';

defineElement('slk-factor-map', SlkFactorMap);

export { SlkFactorMap };

declare global {
  interface HTMLElementTagNameMap {
    'slk-factor-map': SlkFactorMap;
  }
  interface HTMLElementEventMap {
    'slk-factor-select': SlkFactorSelectEvent;
    'slk-factor-change': SlkFactorChangeEvent;
    'slk-audit': SlkAuditEvent;
  }
}
