import { defineElement } from '../internal/define.js';
import { SlkLoopWorksheet, type WorksheetChangeEvent, type WorksheetCompleteEvent, type WorksheetProposeEvent } from './loop-worksheet.js';

defineElement('slk-loop-worksheet', SlkLoopWorksheet);

export { SlkLoopWorksheet };

declare global {
  interface HTMLElementTagNameMap {
    'slk-loop-worksheet': SlkLoopWorksheet;
  }
  interface HTMLElementEventMap {
    'slk-worksheet-change': WorksheetChangeEvent;
    'slk-worksheet-complete': WorksheetCompleteEvent;
    'slk-worksheet-propose': WorksheetProposeEvent;
  }
}
