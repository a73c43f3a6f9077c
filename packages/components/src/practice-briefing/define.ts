import { defineElement } from '../internal/define.js';
import { SlkPracticeBriefing, type BriefingChangeEvent } from './practice-briefing.js';

defineElement('slk-practice-briefing', SlkPracticeBriefing);

export { SlkPracticeBriefing };

declare global {
  interface HTMLElementTagNameMap {
    'slk-practice-briefing': SlkPracticeBriefing;
  }
  interface HTMLElementEventMap {
    'slk-briefing-change': BriefingChangeEvent;
  }
}
