import { css } from 'lit';
import { token } from '../internal/tokens.js';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--slk-feedback-summary-gap, ${token('space-m')});
    /* 5:1 on white: bars meet the 3:1 non-text contrast minimum with room to spare. */
    --_bar: var(--slk-feedback-summary-bar-color, ${token('color-info')});
  }

  .base { display: grid; gap: var(--_gap); }
  /* Wide tables scroll inside their box rather than widening the page. */
  .base > * { min-width: 0; }
  /* At 320 px a long answer label breaks rather than widening the page (WCAG 1.4.10). */
  table :is(th, td) { overflow-wrap: anywhere; }
  .num { text-align: end; font-variant-numeric: tabular-nums; }

  /* Headline figures: a number and the words that say what it is. */
  .headline {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: ${token('space-m')};
    margin: 0;
  }
  .figure { padding: ${token('space-m')}; border: 1px solid ${token('color-border-subtle')}; border-inline-start: 5px solid var(--_bar); }
  .figure__label { font-weight: ${token('font-weight-bold')}; }
  .figure dd { margin: 0; }
  .figure__value { font-size: ${token('font-size-xxl')}; font-weight: ${token('font-weight-bold')}; line-height: ${token('line-height-tight')}; font-variant-numeric: tabular-nums; }

  /* minmax(0, 1fr): a long table or paragraph wraps inside the column instead of widening it past a phone's screen. */
  .results, .comparison { display: grid; grid-template-columns: minmax(0, 1fr); gap: ${token('space-m')}; margin-top: ${token('space-l')}; }
  .comparison__table { width: 100%; table-layout: fixed; }
  .comparison__table th, .comparison__table td { overflow-wrap: break-word; }
  .results__title { margin: 0; font-size: ${token('font-size-xl')}; line-height: ${token('line-height-tight')}; }
  .form-section { display: grid; gap: ${token('space-m')}; }
  .form-section__title { margin: ${token('space-s')} 0 0; font-size: ${token('font-size-l')}; padding-bottom: ${token('space-xs')}; border-bottom: 2px solid ${token('color-text')}; }
  .question { display: grid; gap: ${token('space-s')}; padding-bottom: ${token('space-m')}; border-bottom: 1px solid ${token('color-border-subtle')}; }
  .question > * { min-width: 0; }
  .question__title { margin: 0; font-size: ${token('font-size-m')}; }
  .question p { margin: 0; }
  .scale-label { font-weight: ${token('font-weight-normal')}; color: ${token('color-text-secondary')}; }
  .stats { font-weight: ${token('font-weight-bold')}; }
  .withheld { padding: ${token('space-s')}; background: ${token('color-surface')}; border-inline-start: 5px solid ${token('color-border')}; }

  /* A chart beside its table on wide screens, above it on narrow ones. */
  .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr)); gap: ${token('space-m')}; align-items: start; }
  .chart { display: block; width: 100%; max-width: 28rem; height: auto; overflow: visible; }
  .chart--rating { max-width: 18rem; }
  .chart text { fill: ${token('color-text')}; font-family: inherit; font-size: 13px; }
  .chart__bar { fill: var(--_bar); }
  .chart__track { fill: ${token('color-surface')}; }
  .chart__axis { stroke: ${token('color-text')}; stroke-width: 1; }

  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: ${token('font-weight-bold')}; padding-bottom: ${token('space-xs')}; }
  th, td { border-bottom: 1px solid ${token('color-border-subtle')}; padding: ${token('space-xs')} ${token('space-s')}; text-align: start; vertical-align: top; }
  thead th { border-bottom: 2px solid ${token('color-text')}; }
  tbody th { font-weight: ${token('font-weight-normal')}; }
  th.num, td.num { text-align: end; }

  .answers { margin: 0; padding-inline-start: ${token('space-l')}; display: grid; gap: ${token('space-s')}; }
  .answers li { overflow-wrap: anywhere; white-space: pre-line; }
  .dates { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: ${token('space-xs')} ${token('space-m')}; }

  .comparison__table th[scope='row'] { font-weight: ${token('font-weight-bold')}; }
  .level-figures { margin: 0; padding-inline-start: ${token('space-m')}; display: grid; grid-template-columns: minmax(0, 1fr); gap: ${token('space-xs')}; }

  @media (forced-colors: active) {
    .chart__bar { fill: CanvasText; }
    .chart__track { fill: Canvas; stroke: CanvasText; }
    .chart text { fill: CanvasText; }
  }

  @media print {
    :host { color: #000; }
    .figure { box-shadow: none; border-color: #000; }
    /* Keep a question's chart and table on one page, with its heading. */
    .question, .figure, .comparison__table tr { break-inside: avoid; }
    .results__title, .form-section__title, .question__title { break-after: avoid; }
    .chart { max-width: 12cm; }
    .chart__bar, .chart__track { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    .chart__track { stroke: #000; stroke-width: 0.5; }
    .chart text { fill: #000; }
  }
`;
