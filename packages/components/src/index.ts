/**
 * `@slk/components`: every Safeguarding Learning Kit element.
 *
 * Importing this module registers every `slk-*` tag. To register one element only, import
 * its define module instead (`@slk/components/<name>/define.js`); to get a class without
 * registering anything, import `@slk/components/<name>.js`.
 *
 * @packageDocumentation
 */
import './language-switch/define.js';
import './review/define.js';
import './review-timeline/define.js';
import './factor-map/define.js';
import './action-tracker/define.js';
import './feedback-form/define.js';
import './feedback-summary/define.js';
import './loop-worksheet/define.js';
import './practice-briefing/define.js';

export * from './language-switch/language-switch.js';
export * from './review/review.js';
export * from './review-timeline/review-timeline.js';
export * from './factor-map/factor-map.js';
export * from './action-tracker/action-tracker.js';
export * from './feedback-form/feedback-form.js';
export * from './feedback-summary/feedback-summary.js';
export * from './loop-worksheet/loop-worksheet.js';
export * from './practice-briefing/practice-briefing.js';
export type { TimelineFilter, Significance } from './review-timeline/timeline-model.js';
export type { ActionFilter, ActionSort, Column as ActionColumn, GroupBy as ActionGroupBy } from './action-tracker/action-model.js';
export { reviewContext, type ReviewContextValue, type ReviewLoadError, type ReviewLoadFailure, type ReviewState } from './internal/review-context.js';

export { SlkEvent } from './internal/event.js';
export {
  getLocale,
  setLocale,
  followDocumentLanguage,
  isLocalePinned,
  LOCALE_STATUS_EVENT,
  LOCALES,
  type Locale,
} from './internal/localization.js';
export { TOKENS, tokensStylesheet, type TokenName } from './internal/tokens.js';
