import { css } from 'lit';
import { token } from '../internal/tokens.js';

/*
 * The page is drawn twice: once to read and edit on screen, and once, hidden, at the size it
 * prints (180 mm wide, print type), which is measured to say how many pages it will take.
 * Print type is a set of custom properties, given to the hidden copy always and to the
 * visible page in print, so the two can never drift apart.
 */
const printType = css`
  --_size: 8.5pt;
  --_title: 13pt;
  --_h3: 9.5pt;
  --_space: 4pt;
  --_columns: 2;
  --_indent: 11pt;
  padding: 0;
  border: 0;
  line-height: 1.22;
`;

// Two languages side by side need smaller type to stand a chance of one page.
const printTypeBoth = css`
  --_size: 7.5pt;
  --_title: 11pt;
  --_h3: 8.5pt;
`;

export const styles = css`
  :host {
    display: block;
    --_gap: var(--slk-practice-briefing-gap, ${token('space-l')});
    --_accent: var(--slk-practice-briefing-accent, ${token('color-action')});
    --_heading: var(--slk-practice-briefing-heading-colour, var(--_accent));
    --_logo-height: var(--slk-practice-briefing-logo-height, 14mm);
  }

  .layout {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @media (min-width: 64rem) {
    .layout:not(.layout--readonly) {
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
    }
  }

  /* --- The panel ---------------------------------------------------------------------- */

  .controls {
    display: grid;
    gap: ${token('space-m')};
    padding: ${token('space-m')};
    background: ${token('color-surface')};
    border-inline-start: 5px solid var(--_accent);
  }
  .controls__title {
    margin: 0;
    font-size: ${token('font-size-l')};
  }
  .controls fieldset .check {
    display: flex;
    margin: ${token('space-xs')} 0 0;
  }
  .section-list {
    list-style: none;
    margin: ${token('space-xs')} 0 0;
    padding: 0;
    display: grid;
    gap: ${token('space-xs')};
  }
  .section-control__row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-xs')};
  }
  .section-control__row .check {
    flex: 1 1 12rem;
    margin: 0;
  }
  .tag {
    font-size: ${token('font-size-s')};
    padding: 0 ${token('space-xs')};
    border: 1px solid ${token('color-text')};
  }
  .editor:not([hidden]) {
    display: grid;
    gap: ${token('space-s')};
    padding: ${token('space-s')} 0 ${token('space-m')};
  }
  .note {
    margin: 0;
    padding: ${token('space-xs')} ${token('space-s')};
    border-inline-start: 4px solid ${token('color-info')};
    font-size: ${token('font-size-s')};
  }
  .fit {
    margin: 0;
  }
  .fit--over {
    padding: ${token('space-s')} ${token('space-m')};
    border: 3px solid ${token('color-warning')};
    background: ${token('color-background')};
  }
  .fit--over p {
    margin: 0;
  }
  .draft {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    align-items: center;
  }
  .draft__status {
    margin: 0;
  }

  /* --- The page ----------------------------------------------------------------------- */

  .preview {
    min-width: 0;
  }
  .paper {
    /* Screen type; print type replaces these (see the top of this file). */
    --_size: ${token('font-size-m')};
    --_title: ${token('font-size-xl')};
    --_h3: ${token('font-size-l')};
    --_space: ${token('space-s')};
    --_columns: 1;
    --_indent: 1.25rem;
    font-family: var(--slk-practice-briefing-font, inherit);
    font-size: var(--_size);
    line-height: 1.4;
    max-width: 60rem;
    padding: ${token('space-l')};
    background: ${token('color-background')};
    border: 1px solid ${token('color-border-subtle')};
    overflow-wrap: break-word;
  }
  @media (min-width: 48rem) {
    .paper {
      --_columns: 2;
    }
  }
  .masthead {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    padding-block-end: var(--_space);
    margin-block-end: var(--_space);
    border-block-end: 3px solid var(--_accent);
  }
  .logo {
    flex: none;
    height: var(--_logo-height);
  }
  .logo[hidden] {
    display: none;
  }
  ::slotted(img),
  ::slotted(svg) {
    display: block;
    height: 100%;
    width: auto;
  }
  .masthead__text {
    display: grid;
    gap: var(--_space);
    flex: 1;
  }
  .paper--both .masthead__text {
    grid-template-columns: 1fr 1fr;
  }
  .kicker {
    margin: 0;
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-text-secondary')};
  }
  .paper__title {
    margin: 0;
    font-size: var(--_title);
    line-height: 1.2;
    color: var(--_heading);
  }
  .body {
    columns: var(--_columns);
    column-gap: calc(var(--_space) * 3);
  }
  .body--both {
    columns: auto;
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: calc(var(--_space) * 3);
  }
  .bsec {
    margin: 0 0 calc(var(--_space) * 1.25);
  }
  .bsec h3 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: var(--_h3);
    line-height: 1.2;
    color: var(--_heading);
    break-after: avoid;
  }
  .bsec p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .bsec ul,
  .bsec ol {
    margin: 0 0 calc(var(--_space) / 2);
    padding-inline-start: var(--_indent);
  }
  .bsec li {
    margin: 0 0 calc(var(--_space) / 3);
    break-inside: avoid;
  }
  .bsec--practice,
  .bsec--supervision {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_accent);
    break-inside: avoid;
  }
  .line {
    display: block;
  }
  .lead {
    font-weight: ${token('font-weight-bold')};
  }
  a {
    color: ${token('color-link')};
    overflow-wrap: anywhere;
  }

  .rag {
    list-style: none;
    padding: 0 !important;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .rag__item {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  /* Colour is never the only signal: each count is written out with its rating's name. */
  .rag__swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border: 1px solid #0b0c0c;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .rag__item--red .rag__swatch {
    background: #d4351c;
  }
  .rag__item--amber .rag__swatch {
    background: #f47738;
  }
  .rag__item--green .rag__swatch {
    background: #00703c;
  }
  .rag__item--blue .rag__swatch {
    background: #1d70b8;
  }
  .paper__footer {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) / 2);
    border-block-start: 1px solid ${token('color-border-subtle')};
    color: ${token('color-text-secondary')};
    font-size: 0.85em;
  }
  .paper--both .paper__footer {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: calc(var(--_space) * 3);
  }
  .paper__footer p {
    margin: 0;
  }

  /* The hidden copy at print size. Its box has no height, so it never moves the page. */
  .measure-box {
    position: relative;
    height: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .measure-box .paper {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    width: 180mm;
    max-width: none;
  }
  .measure-box .paper {
    ${printType}
  }
  .measure-box .paper--both {
    ${printTypeBoth}
  }

  @media print {
    :host {
      color: #000;
    }
    .controls,
    .measure-box {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .preview .paper {
      ${printType}
      max-width: none;
    }
    .preview .paper--both {
      ${printTypeBoth}
    }
    a {
      color: inherit;
    }
  }

  @media (forced-colors: active) {
    .rag__swatch {
      forced-color-adjust: none;
    }
    .paper__title,
    .bsec h3 {
      color: CanvasText;
    }
  }
`;
