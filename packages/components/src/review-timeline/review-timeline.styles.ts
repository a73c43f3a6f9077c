import { css } from 'lit';
import { token } from '../internal/tokens.js';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--slk-timeline-gap, ${token('space-m')});
    --_selected: var(--slk-timeline-selected-color, ${token('color-action')});
    --_kpe: var(--slk-timeline-kpe-color, #4c2c92);
    --_entry-bg: var(--slk-timeline-entry-background, ${token('color-background')});
    --_entry-border: var(--slk-timeline-entry-border, ${token('color-border-subtle')});
    --_lane-bg: var(--slk-timeline-lane-background, ${token('color-surface')});
  }

  /* Eight agency colours, each at least 4.5:1 on white; every agency also has a shape. */
  .agency-1 { --_agency: var(--slk-timeline-agency-1, #1d70b8); }
  .agency-2 { --_agency: var(--slk-timeline-agency-2, #d4351c); }
  .agency-3 { --_agency: var(--slk-timeline-agency-3, #00703c); }
  .agency-4 { --_agency: var(--slk-timeline-agency-4, #4c2c92); }
  .agency-5 { --_agency: var(--slk-timeline-agency-5, #912b88); }
  .agency-6 { --_agency: var(--slk-timeline-agency-6, #8a4b00); }
  .agency-7 { --_agency: var(--slk-timeline-agency-7, #005a62); }
  .agency-8 { --_agency: var(--slk-timeline-agency-8, #505a5f); }

  .base {
    display: grid;
    /* One column as wide as the element: a long period heading (kept on one line) or the
       lanes scroll or clip in their own box instead of widening the page (WCAG 1.4.10). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }


  .lane-controls { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; align-items: center; }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')} ${token('space-m')};
    align-items: end;
    padding: ${token('space-s')} ${token('space-m')};
    background: ${token('color-surface')};
  }

  .field--search { flex: 1 1 16rem; }
  .agencies { flex: 1 1 100%; }
  .agencies legend { margin-bottom: ${token('space-xs')}; }
  .agencies__all { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; }



  .count { margin: 0; display: flex; gap: ${token('space-s')}; align-items: center; flex-wrap: wrap; }


  /* The list */
  .list-scroller {
    max-height: var(--slk-timeline-height, 70vh);
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_entry-border);
  }
  .entries { list-style: none; margin: 0; padding: 0 ${token('space-s')}; }
  .entries > li { padding: ${token('space-xs')} 0; }
  .period {
    margin: ${token('space-s')} 0 ${token('space-xs')};
    font-size: ${token('font-size-l')};
    line-height: ${token('line-height-tight')};
  }
  /*
   * The period at the top of the list. It takes no room (its negative margin cancels its
   * height), so the rows' offsets stay as measured, and it lines up with the period headings
   * below it: when a period starts at the top, it covers that heading with the same words.
   */
  .current-period {
    --_period-top: calc(${token('space-xs')} + ${token('space-s')});
    --_period-height: calc(var(--_period-top) + ${token('font-size-l')} * ${token('line-height-tight')} + ${token('space-xs')});
    position: sticky;
    top: 0;
    z-index: 1;
    box-sizing: border-box;
    height: var(--_period-height);
    margin: 0 0 calc(-1 * var(--_period-height));
    padding: var(--_period-top) ${token('space-s')} 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: ${token('font-size-l')};
    line-height: ${token('line-height-tight')};
    font-weight: ${token('font-weight-bold')};
    background: ${token('color-background')};
  }

  .entry {
    display: grid;
    gap: ${token('space-xs')};
    padding: ${token('space-s')} ${token('space-m')};
    background: var(--_entry-bg);
    border: 1px solid var(--_entry-border);
    border-inline-start: 5px solid var(--_entry-border);
  }
  .entry--high { border-inline-start-color: ${token('color-text')}; }
  .entry--uncertain .entry__date { border-bottom: 2px dashed currentColor; }
  .entry--selected { outline: 3px solid var(--_selected); outline-offset: -3px; }
  .entry__head { display: flex; flex-wrap: wrap; gap: ${token('space-xs')} ${token('space-m')}; align-items: baseline; }
  .entry__date { font-weight: ${token('font-weight-bold')}; }
  .entry__agency { display: inline-flex; gap: ${token('space-xs')}; align-items: center; }
  .entry__significance { padding: 0 ${token('space-xs')}; border: 1px solid currentColor; font-size: ${token('font-size-s')}; }
  .entry__event { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
  .entry__facts { margin: 0; display: grid; gap: 2px; font-size: ${token('font-size-s')}; }
  .entry__facts div { display: flex; gap: ${token('space-s')}; }
  .entry__facts dt { font-weight: ${token('font-weight-bold')}; flex: none; }
  .entry__facts dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
  .entry__kpes { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: ${token('space-xs')}; }
  .badge {
    padding: 0 ${token('space-s')};
    border: 1px solid var(--_kpe);
    border-inline-start-width: 4px;
    color: ${token('color-text')};
    font-size: ${token('font-size-s')};
  }
  .entry__edit { justify-self: start; }

  .shape { width: 14px; height: 14px; flex: none; fill: var(--_agency); stroke: ${token('color-background')}; stroke-width: 0.5; }

  /* The lanes */
  .lane-range { font-weight: ${token('font-weight-bold')}; }
  .lanes-scroller { overflow-x: auto; }
  .lanes { display: block; font-size: 12px; font-family: inherit; }
  .lanes text { fill: ${token('color-text')}; }
  .lane-bg { fill: ${token('color-background')}; }
  .lane-bg--alt { fill: var(--_lane-bg); }
  .lane-label text { font-weight: ${token('font-weight-bold')}; }
  .lane-label .shape, .mark .shape { fill: var(--_agency); stroke: ${token('color-background')}; stroke-width: 1; }
  .tick { stroke: ${token('color-border-subtle')}; stroke-width: 1; }
  .tick-label { fill: ${token('color-text-secondary')}; }
  .kpe-band { opacity: 0.35; }
  .kpe-hatch { stroke: var(--_kpe); stroke-width: 1; }
  .kpe-bar { fill: ${token('color-background')}; stroke: var(--_kpe); stroke-width: 2; }
  .kpe-label { font-weight: ${token('font-weight-bold')}; }
  .mark { cursor: pointer; outline: none; }
  .mark .range, .mark .whisker { stroke: var(--_agency); stroke-width: 3; fill: none; stroke-linecap: round; }
  .mark .hit { fill: transparent; }
  .mark--high .range { stroke-width: 5; }
  .mark--bin { fill: var(--_agency); }
  .mark--bin:focus-visible { stroke: ${token('color-focus')}; stroke-width: 3; outline: none; }
  .bin-focused { margin: 0; font-weight: ${token('font-weight-bold')}; }
  .focus-ring { fill: none; stroke: none; }
  .mark--selected .focus-ring { stroke: var(--_selected); stroke-width: 2; stroke-dasharray: 3 2; }
  .mark:focus-visible .focus-ring { stroke: ${token('color-focus')}; stroke-width: 3; stroke-dasharray: none; fill: ${token('color-focus-halo')}; fill-opacity: 0.5; }

  .details { display: grid; gap: ${token('space-s')}; padding: ${token('space-m')}; border: 2px solid var(--_selected); }
  .details__title { margin: 0; font-size: ${token('font-size-l')}; }

  /* Dialogs and the form */
  .their-version { margin: 0 0 ${token('space-s')}; padding: ${token('space-s')} ${token('space-m')}; background: ${token('color-surface')}; }
  .their-version h4 { margin: 0 0 ${token('space-xs')}; font-size: ${token('font-size-m')}; }
  .date-preview { margin: 0; min-height: 1.5em; color: ${token('color-text-secondary')}; }


  @media (prefers-reduced-motion: no-preference) {
    .list-scroller { scroll-behavior: auto; }
  }

  @media (forced-colors: active) {
    .shape, .lane-label .shape, .mark .shape, .mark--bin { fill: CanvasText; stroke: Canvas; }
    .mark--bin:focus-visible { stroke: Highlight; }
    .mark .range, .mark .whisker { stroke: CanvasText; }
    .kpe-hatch, .kpe-bar { stroke: CanvasText; }
    .lanes text { fill: CanvasText; }
    .lane-bg, .lane-bg--alt { fill: Canvas; }
    .current-period { background: Canvas; }
    .mark:focus-visible .focus-ring, .mark--selected .focus-ring { stroke: Highlight; fill: none; }
    .entry--selected { outline-color: Highlight; }
  }

`;
