import { css } from 'lit';
import { token } from '../internal/tokens.js';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--slk-factor-map-gap, ${token('space-m')});
    --_supports: var(--slk-factor-map-supports-color, #00703c);
    --_hinders: var(--slk-factor-map-hinders-color, #a8321b);
    --_band-bg: var(--slk-factor-map-band-background, ${token('color-surface')});
    --_link: var(--slk-factor-map-link-color, #6f777b);
    --_selected: var(--slk-factor-map-selected-color, ${token('color-action')});
  }

  /* One column as wide as the element: content inside wraps or scrolls in its own box (WCAG 1.4.10). */
  .base { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_gap); }
  .views-area { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_gap); }

  /* The tree */
  .tree, .tree ul { list-style: none; margin: 0; padding: 0; }
  .tree ul { padding-inline-start: ${token('space-l')}; }
  .tree { border: 1px solid ${token('color-border-subtle')}; padding: ${token('space-xs')}; }
  .tree-row:focus { outline: none; }
  .tree-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-xs')} ${token('space-s')};
    min-height: ${token('target-min')};
    padding: 2px ${token('space-xs')};
    cursor: pointer;
  }
  .tree-row:focus-visible { outline: 3px solid ${token('color-focus')}; outline-offset: -3px; background: ${token('color-focus-halo')}; }
  .tree-item--selected > .tree-row { box-shadow: inset 4px 0 0 var(--_selected); }
  .tree-item--level > .tree-row .tree-title { font-weight: ${token('font-weight-bold')}; font-size: ${token('font-size-l')}; }
  .tree-item--factor > .tree-row .tree-title { font-weight: ${token('font-weight-bold')}; }
  .tree-meta { color: ${token('color-text-secondary')}; font-size: ${token('font-size-s')}; }
  .tree-item--leaf > .tree-row { font-size: ${token('font-size-s')}; cursor: default; }
  .tree-label { display: inline-flex; flex-wrap: wrap; align-items: center; gap: ${token('space-xs')} ${token('space-s')}; }
  .twisty { display: inline-block; width: 1em; text-align: center; }

  .marker-icon { width: 18px; height: 18px; flex: none; vertical-align: middle; }
  .marker path, .marker circle { stroke-width: 1.5; }
  .marker--supports circle { fill: var(--_supports); stroke: var(--_supports); }
  .marker--hinders path { fill: var(--_hinders); stroke: var(--_hinders); }
  .marker line { stroke: #fff; stroke-width: 2; }

  /* The diagrams */
  .diagram-scroller {
    max-height: var(--slk-factor-map-height, 70vh);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid ${token('color-border-subtle')};
  }
  .diagram { display: block; font-family: inherit; font-size: 12px; }
  .diagram text { fill: ${token('color-text')}; }
  .band-bg { fill: ${token('color-background')}; }
  .band--alt .band-bg { fill: var(--_band-bg); }
  .band-label { font-weight: ${token('font-weight-bold')}; }
  .band-empty { fill: ${token('color-text-secondary')}; font-style: italic; }
  .link { fill: none; stroke: var(--_link); stroke-width: 1; stroke-opacity: 0.6; }
  .link--pattern { stroke-dasharray: 4 3; }
  .link--on { stroke: var(--_selected); stroke-width: 2.5; stroke-opacity: 1; }
  .node { cursor: pointer; outline: none; }
  .node-box { fill: ${token('color-background')}; stroke: ${token('color-text')}; stroke-width: 1; }
  .node--supports .node-box { stroke: var(--_supports); stroke-width: 2; }
  .node--hinders .node-box { stroke: var(--_hinders); stroke-width: 2; stroke-dasharray: 6 2; }
  .node--kpe .node-box { stroke-width: 3; }
  .node--pattern .node-box { stroke-dasharray: 2 2; stroke-width: 2; }
  .node-title { font-weight: ${token('font-weight-bold')}; }
  .more circle { fill: ${token('color-text')}; }
  .node-caption { fill: ${token('color-text-secondary')}; font-size: 10.5px; }
  .node--selected .node-box { stroke: var(--_selected); stroke-width: 4; stroke-dasharray: none; }
  .node:focus-visible .node-box { stroke: ${token('color-focus')}; stroke-width: 4; fill: ${token('color-focus-halo')}; stroke-dasharray: none; }
  .node--fish .node-box { fill: transparent; stroke: none; }
  .node--fish.node--selected .node-box, .node--fish:focus-visible .node-box { stroke: ${token('color-focus')}; stroke-width: 3; }
  .spine { stroke: ${token('color-text')}; stroke-width: 4; }
  .bone-line { stroke: ${token('color-text')}; stroke-width: 2; }
  .bone-label { font-weight: ${token('font-weight-bold')}; }
  .head-box { fill: ${token('color-surface')}; stroke: ${token('color-text')}; stroke-width: 2; }
  .head-text { font-weight: ${token('font-weight-bold')}; }
  .fish-controls { display: flex; flex-wrap: wrap; gap: ${token('space-s')} ${token('space-m')}; align-items: end; }

  /* Details, quick actions, summary */
  .details { display: grid; gap: ${token('space-s')}; padding: ${token('space-m')}; border: 2px solid var(--_selected); }
  .details__title { margin: 0; font-size: ${token('font-size-l')}; display: flex; gap: ${token('space-s')}; align-items: center; }
  .details h4 { margin: ${token('space-s')} 0 0; }
  .details__text { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
  .details__facts { margin: 0; display: grid; gap: 2px; }
  .details__facts div { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; }
  .details__facts dt { font-weight: ${token('font-weight-bold')}; min-width: 10rem; }
  .details__facts dd { margin: 0; }
  .details__list { margin: 0; padding-inline-start: ${token('space-l')}; display: grid; gap: ${token('space-xs')}; overflow-wrap: anywhere; }
  .quick { display: flex; flex-wrap: wrap; gap: ${token('space-m')}; padding: ${token('space-s')}; background: ${token('color-surface')}; }
  .quick__item { display: flex; flex-wrap: wrap; gap: ${token('space-xs')}; align-items: center; }

  .summary { display: grid; grid-template-columns: minmax(0, 1fr); gap: ${token('space-s')}; }
  .summary__title { margin: 0; font-size: ${token('font-size-l')}; }
  .summary__grid { display: flex; flex-wrap: wrap; gap: ${token('space-l')}; align-items: start; }
  /* On a phone long headings break rather than the counts table widening the page. */
  .summary__grid > * { max-width: 100%; }
  .counts :is(th, td) { overflow-wrap: anywhere; }
  .counts { border-collapse: collapse; }
  .counts caption { text-align: start; font-weight: ${token('font-weight-bold')}; padding-bottom: ${token('space-xs')}; }
  .counts th, .counts td { border: 1px solid ${token('color-border-subtle')}; padding: ${token('space-xs')} ${token('space-s')}; text-align: start; }
  .counts td { text-align: end; font-variant-numeric: tabular-nums; }
  .counts tfoot { font-weight: ${token('font-weight-bold')}; }
  .loci { display: grid; gap: ${token('space-s')}; flex: 1 1 20rem; }
  .locus h4 { margin: 0; }
  .locus__count { font-weight: ${token('font-weight-normal')}; color: ${token('color-text-secondary')}; }
  .locus ul { margin: ${token('space-xs')} 0 0; padding-inline-start: ${token('space-l')}; }

  .check--block { display: flex; align-items: flex-start; margin-inline-end: 0; }
  .check--block input { margin-top: 0.2rem; flex: none; }
  .evidence-list { display: grid; max-height: 16rem; overflow-y: auto; border: 1px solid ${token('color-border-subtle')}; padding: ${token('space-xs')}; }

  @media (forced-colors: active) {
    .marker--supports circle, .marker--hinders path { fill: CanvasText; stroke: CanvasText; }
    .marker line { stroke: Canvas; }
    .more circle { fill: CanvasText; }
    .diagram text { fill: CanvasText; }
    .band-bg, .band--alt .band-bg, .node-box, .head-box { fill: Canvas; }
    .node-box, .spine, .bone-line, .link, .head-box { stroke: CanvasText; }
    .link--on, .node--selected .node-box, .node:focus-visible .node-box { stroke: Highlight; }
    .tree-row:focus-visible { outline-color: Highlight; }
  }

  @media print {
    .summary { break-inside: avoid; }
  }
`;

/**
 * Styles written into a downloaded SVG, so the diagram looks the same in a report or
 * poster as on the page. Plain colours: the file is read without the page's custom properties.
 */
export const EXPORT_CSS = `
  svg { font-family: Arial, Helvetica, sans-serif; font-size: 12px; background: #fff; }
  text { fill: #0b0c0c; }
  .band-bg { fill: #fff; } .band--alt .band-bg { fill: #f3f2f1; }
  .band-label, .node-title, .bone-label, .head-text { font-weight: bold; }
  .band-empty, .node-caption { fill: #505a5f; }
  .link { fill: none; stroke: #6f777b; stroke-width: 1; } .link--pattern { stroke-dasharray: 4 3; }
  .node-box { fill: #fff; stroke: #0b0c0c; stroke-width: 1; }
  .node--supports .node-box { stroke: #00703c; stroke-width: 2; }
  .node--hinders .node-box { stroke: #a8321b; stroke-width: 2; stroke-dasharray: 6 2; }
  .node--kpe .node-box { stroke-width: 3; } .node--pattern .node-box { stroke-dasharray: 2 2; stroke-width: 2; }
  .node--fish .node-box { fill: none; stroke: none; }
  .marker--supports circle { fill: #00703c; } .marker--hinders path { fill: #a8321b; } .marker line { stroke: #fff; stroke-width: 2; }
  .spine { stroke: #0b0c0c; stroke-width: 4; } .bone-line { stroke: #0b0c0c; stroke-width: 2; }
  .head-box { fill: #f3f2f1; stroke: #0b0c0c; stroke-width: 2; }
`;
