import { css } from 'lit';
import { token } from '../internal/tokens.js';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--slk-action-tracker-gap, ${token('space-m')});
    --_red: var(--slk-action-tracker-red, #d4351c);
    --_amber: var(--slk-action-tracker-amber, #f47738);
    --_green: var(--slk-action-tracker-green, #00703c);
    --_blue: var(--slk-action-tracker-blue, #1d70b8);
    --_card-bg: var(--slk-action-tracker-card-background, ${token('color-background')});
    --_height: var(--slk-action-tracker-height, 70vh);
  }

  .base { display: grid; gap: var(--_gap); }
  /* Wide content (the table, the board) scrolls inside its box rather than widening the page. */
  .base > * { min-width: 0; }
  .scope { font-weight: ${token('font-weight-bold')}; }
  .problem { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; align-items: baseline; justify-content: space-between; }
  .problem p { margin: 0; }
  .nowrap { white-space: nowrap; }
  .late { color: ${token('color-error')}; }
  .num { text-align: end; font-variant-numeric: tabular-nums; }

  /* RAG: a word, a mark and a colour, never colour alone */
  .rag {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-xs')};
    padding: 0 ${token('space-s')};
    border: 2px solid transparent;
    border-radius: ${token('radius')};
    font-weight: ${token('font-weight-bold')};
    white-space: nowrap;
  }
  .rag--red { background: var(--_red); color: #fff; }
  .rag--amber { background: var(--_amber); color: #0b0c0c; }
  .rag--green { background: var(--_green); color: #fff; }
  .rag--blue { background: var(--_blue); color: #fff; }
  .rag--none { background: ${token('color-surface')}; color: ${token('color-text')}; border-color: ${token('color-border')}; }
  .rag-reason { display: block; font-size: ${token('font-size-s')}; color: ${token('color-text-secondary')}; }
  .fill--red { fill: var(--_red); background: var(--_red); }
  .fill--amber { fill: var(--_amber); background: var(--_amber); }
  .fill--green, .fill--stronger { fill: var(--_green); background: var(--_green); }
  .fill--blue, .fill--intermediate { fill: var(--_blue); background: var(--_blue); }
  .fill--none, .fill--rest { fill: ${token('color-border-subtle')}; background: ${token('color-border-subtle')}; }
  .fill--weaker { fill: var(--_amber); background: var(--_amber); }

  /* Summary */
  .summary { display: grid; gap: ${token('space-s')}; padding: ${token('space-m')}; border: 1px solid ${token('color-border-subtle')}; }
  .summary__title { margin: 0; font-size: ${token('font-size-l')}; }
  .summary__lead { margin: 0; font-weight: ${token('font-weight-bold')}; }
  .summary__grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: ${token('space-l')}; align-items: start; }
  .stat { display: grid; gap: ${token('space-xs')}; }
  .stat h4 { margin: 0; }
  .stat p { margin: 0; }
  .bar { display: block; width: 100%; height: 14px; }
  .bar__track { fill: ${token('color-surface')}; }
  .legend { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
  .legend li { display: flex; align-items: center; gap: ${token('space-xs')}; }
  .swatch { display: inline-block; width: 0.9rem; height: 0.9rem; border: 1px solid ${token('color-text')}; flex: none; }
  .warning { padding: ${token('space-s')}; border-inline-start: 5px solid ${token('color-warning')}; background: ${token('color-surface')}; }
  .overdue { list-style: none; margin: 0; padding: 0; display: grid; gap: ${token('space-s')}; }
  .overdue .link-button { padding: 0; text-align: start; }
  .overdue .hint { display: block; }
  .mini-table { border-collapse: collapse; width: 100%; }
  .mini-table th, .mini-table td { border-bottom: 1px solid ${token('color-border-subtle')}; padding: ${token('space-xs')} ${token('space-s')}; text-align: start; vertical-align: top; }
  .mini-table .num { text-align: end; }

  /* Filters */
  .filters { display: grid; grid-template-columns: minmax(0, 1fr); gap: ${token('space-s')}; }
  .filters__row { display: flex; flex-wrap: wrap; gap: ${token('space-s')} ${token('space-m')}; align-items: end; }
  .filters__row .search { flex: 1 1 16rem; }
  .filters__row .search input { width: 100%; }
  .filters__row .field { min-width: 0; max-width: 100%; }
  .filters__row select { max-width: min(22rem, 100%); }
  .more-filters summary { cursor: pointer; min-height: ${token('target-min')}; font-weight: ${token('font-weight-bold')}; color: ${token('color-link')}; }
  .filters__more { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: ${token('space-m')}; padding: ${token('space-s')} 0; }
  .filter-group { display: grid; gap: 2px; align-content: start; }
  .filters__status { display: flex; flex-wrap: wrap; gap: ${token('space-m')}; align-items: center; }
  .count { margin: 0; font-weight: ${token('font-weight-bold')}; }
  .field--inline { display: flex; flex-wrap: wrap; align-items: center; gap: ${token('space-s')}; }
  .input--short { width: 6rem; }
  .check--block { display: flex; align-items: flex-start; margin-inline-end: 0; }
  .check--block input { margin-top: 0.2rem; flex: none; }

  /* Table */
  .table-scroller { max-height: var(--_height); overflow: auto; overscroll-behavior: contain; border: 1px solid ${token('color-border-subtle')}; }
  .actions-table { border-collapse: separate; border-spacing: 0; width: 100%; min-width: 80rem; }
  .actions-table thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: ${token('color-surface')};
    border-bottom: 2px solid ${token('color-text')};
    padding: 0;
    text-align: start;
    vertical-align: bottom;
  }
  .sort {
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    display: flex;
    gap: ${token('space-xs')};
    align-items: center;
    width: 100%;
    min-height: ${token('target-min')};
    padding: ${token('space-s')};
    border: 0;
    background: none;
    color: ${token('color-link')};
    text-align: start;
    cursor: pointer;
  }
  .sort__mark { font-size: 0.8em; }
  .actions-table tbody th, .actions-table tbody td {
    padding: ${token('space-s')};
    border-bottom: 1px solid ${token('color-border-subtle')};
    text-align: start;
    vertical-align: top;
    font-weight: ${token('font-weight-normal')};
    overflow-wrap: break-word;
  }
  .col--title { min-width: 16rem; }
  .col--recommendation { min-width: 14rem; }
  .col--agency, .col--lead { min-width: 9rem; }
  .col--rag { min-width: 10rem; }
  .row-title { padding: 0; text-align: start; font-weight: ${token('font-weight-bold')}; }
  .col--title .hint { display: block; }
  .action-row--selected { box-shadow: inset 4px 0 0 ${token('color-action')}; }
  .group-row th { background: ${token('color-surface')}; font-weight: ${token('font-weight-bold')} !important; }
  .spacer td { padding: 0; border: 0; }
  /* Virtual rows: one height each, so the table knows where any row is without measuring. */
  .row--fixed { height: 76px; }
  .row--fixed .cell { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; max-height: 60px; }

  /* Board */
  .board { list-style: none; margin: 0; padding: 0 0 ${token('space-s')}; display: flex; gap: ${token('space-s')}; overflow-x: auto; align-items: flex-start; max-height: var(--_height); }
  .column {
    flex: 0 0 15rem;
    display: grid;
    gap: ${token('space-s')};
    padding: ${token('space-s')};
    background: ${token('color-surface')};
    border: 2px solid transparent;
    max-height: calc(var(--_height) - 1rem);
    overflow-y: auto;
  }
  .column--target { border: 2px dashed ${token('color-action')}; background: ${token('color-focus-halo')}; }
  .column__title { margin: 0; font-size: ${token('font-size-m')}; display: flex; justify-content: space-between; gap: ${token('space-s')}; }
  .count-badge { font-variant-numeric: tabular-nums; }
  .column__empty { font-style: italic; }
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: ${token('space-s')}; }
  .card {
    display: grid;
    gap: ${token('space-xs')};
    padding: ${token('space-s')};
    background: var(--_card-bg);
    border: 1px solid ${token('color-border')};
    border-inline-start-width: 6px;
  }
  .card--red { border-inline-start-color: var(--_red); }
  .card--amber { border-inline-start-color: var(--_amber); }
  .card--green { border-inline-start-color: var(--_green); }
  .card--blue { border-inline-start-color: var(--_blue); }
  .card--picked { outline: 3px dashed ${token('color-action')}; outline-offset: 2px; }
  .card p { margin: 0; }
  .card__refused { font-size: ${token('font-size-s')}; }
  .column > *, .card > * { min-width: 0; }
  .card .rag { white-space: normal; }
  .card__top { display: flex; justify-content: space-between; gap: ${token('space-s')}; align-items: center; }
  .card__title { padding: 0; text-align: start; font-weight: ${token('font-weight-bold')}; overflow-wrap: anywhere; }
  .card__actions { display: flex; flex-wrap: wrap; gap: ${token('space-xs')}; position: relative; }
  .card__actions .button { padding: 0 ${token('space-s')}; }
  .move-menu { list-style: none; margin: 0; padding: ${token('space-xs')}; width: 100%; border: 2px solid ${token('color-text')}; background: ${token('color-background')}; }
  .move-menu .link-button { width: 100%; text-align: start; }

  /* Details */
  .details-dialog { width: min(60rem, calc(100vw - 2rem)); }
  .details > * { min-width: 0; max-width: 100%; }
  .details .nowrap { white-space: normal; }
  .details .field--inline select { min-width: 0; max-width: 100%; }
  @media (max-width: 30rem) {
    .details-dialog, .form-dialog { width: calc(100vw - 1rem); padding: ${token('space-s')}; }
  }
  .details { display: grid; gap: ${token('space-s')}; }
  .details h3 { margin: ${token('space-m')} 0 0; font-size: ${token('font-size-l')}; }
  .details p { margin: 0; overflow-wrap: anywhere; }
  .details__head { display: flex; flex-wrap: wrap-reverse; justify-content: space-between; gap: ${token('space-s')} ${token('space-m')}; align-items: start; }
  .details__head .details__title { flex: 1 1 16rem; min-width: 0; overflow-wrap: break-word; }
  .details__title { margin: 0; font-size: ${token('font-size-xl')}; }
  .details__close { flex: none; }
  .reasons { margin: 0; padding-inline-start: ${token('space-l')}; }
  .facts { margin: 0; display: grid; gap: 2px; }
  .facts div { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; }
  .facts dt { font-weight: ${token('font-weight-bold')}; min-width: min(12rem, 100%); }
  .facts dd { margin: 0; overflow-wrap: anywhere; }
  .trace { margin: 0; padding-inline-start: ${token('space-l')}; display: grid; gap: ${token('space-xs')}; }
  .trace ul { margin: 0; padding-inline-start: ${token('space-l')}; }
  .notes, .evidence { margin: 0; padding-inline-start: ${token('space-l')}; display: grid; gap: ${token('space-s')}; }

  @media (prefers-reduced-motion: no-preference) {
    .column { transition: background-color ${token('motion-duration')}; }
  }

  @media (forced-colors: active) {
    .rag, .swatch { forced-color-adjust: none; border: 2px solid CanvasText; }
    .rag { background: Canvas; color: CanvasText; }
    .bar rect { fill: CanvasText; }
    .bar .bar__track, .bar .fill--rest { fill: Canvas; }
    .column--target { border-color: Highlight; }
  }

  @media print {
    .heading { display: none; }
    .print-heading { break-after: avoid; }
    .print-heading p { margin: 0 0 6pt; }
    .summary .hint { font-size: 8pt; }
    .swatch, .rag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    /* Room for the words that matter; the short columns take what they need. */
    .print-table { font-size: 8pt; }
    .print-table .p-rec { width: 4.5em; }
    .print-table .p-action { width: 26%; }
    .print-table .p-agency { width: 12%; }
    .print-table .p-rag { width: 14%; }
    .summary { break-inside: avoid; border: 0; padding: 0; }
    .summary__grid { grid-template-columns: repeat(3, 1fr); gap: 8pt; }
    .summary__lead, .stat { font-size: 9pt; }
    .overdue .link-button { color: #000; text-decoration: none; padding: 0; }
  }
`;
