import { css } from 'lit';
import { token } from '../internal/tokens.js';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--slk-loop-worksheet-gap, ${token('space-l')});
    --_max: var(--slk-loop-worksheet-max-width, 72rem);
    --_accent: var(--slk-loop-worksheet-accent, ${token('color-info')});
  }
  :host([hidden]) {
    display: none;
  }

  [part~='base'] {
    max-width: var(--_max);
  }
  .screen-only {
    display: grid;
    gap: var(--_gap);
  }
  .header {
    display: grid;
    gap: ${token('space-xs')};
  }
  .restored,
  .done,
  .nudge {
    margin: 0;
    padding: ${token('space-s')} ${token('space-m')};
    border-inline-start: 5px solid var(--_accent);
    background: ${token('color-surface')};
  }
  .nudge {
    border-inline-start-color: ${token('color-warning')};
  }

  /* The sections as a numbered list of buttons: they wrap on a narrow screen. */
  .steps ol {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .steps__button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: ${token('space-xs')};
    min-height: ${token('target-min')};
    padding: ${token('space-xs')} ${token('space-s')};
    border: 2px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-background')};
    color: ${token('color-text')};
    cursor: pointer;
    text-align: start;
  }
  .steps__button[aria-current='step'] {
    border-color: var(--_accent);
    border-width: 4px;
    font-weight: ${token('font-weight-bold')};
  }
  .steps__number {
    display: inline-grid;
    place-items: center;
    min-width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    background: ${token('color-surface')};
    font-weight: ${token('font-weight-bold')};
  }
  .steps__state {
    color: ${token('color-text-secondary')};
    font-size: ${token('font-size-s')};
  }

  .layout {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }
  .base--with-example .layout {
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  }
  @media (max-width: 48rem) {
    .base--with-example .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .main,
  .section,
  .contributions,
  .contribute,
  .summary {
    display: grid;
    gap: ${token('space-m')};
    min-width: 0;
  }
  .main {
    max-width: 44rem;
  }
  .section > .button,
  .section > .example-toggle {
    justify-self: start;
  }
  .step-title {
    margin: 0;
    font-size: ${token('font-size-xl')};
  }
  .intro {
    margin: 0;
    font-size: ${token('font-size-l')};
  }
  h4 {
    margin: 0;
    font-size: ${token('font-size-m')};
  }
  .prose {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .prompts {
    display: grid;
    gap: ${token('space-s')};
    padding: ${token('space-m')};
    border-inline-start: 5px solid var(--_accent);
    background: ${token('color-surface')};
  }
  .prompts ul {
    margin: 0;
    padding-inline-start: ${token('space-l')};
    display: grid;
    gap: ${token('space-s')};
  }
  .prompt__source {
    display: block;
    color: ${token('color-text-secondary')};
    font-size: ${token('font-size-s')};
  }

  .choice {
    display: grid;
    gap: ${token('space-xs')};
  }
  .conditional {
    margin-inline-start: 0.6rem;
    padding-inline-start: ${token('space-m')};
    border-inline-start: 4px solid ${token('color-border-subtle')};
  }
  select {
    width: 100%;
  }
  .subject-card {
    padding: ${token('space-m')};
    background: ${token('color-surface')};
  }
  .subject-card p {
    margin: 0 0 ${token('space-xs')};
  }

  .contributions {
    padding-top: ${token('space-m')};
    border-top: 1px solid ${token('color-border-subtle')};
  }
  .contributions__list {
    margin: 0;
    padding-inline-start: ${token('space-l')};
    display: grid;
    gap: ${token('space-s')};
  }
  .contributions__author {
    color: ${token('color-text-secondary')};
  }

  .example {
    display: grid;
    gap: ${token('space-s')};
    padding: ${token('space-m')};
    border: 2px solid var(--_accent);
    min-width: 0;
  }
  .example h3 {
    margin: 0;
    font-size: ${token('font-size-l')};
  }
  .example p,
  .example dl {
    margin: 0;
  }

  dl {
    margin: 0;
    display: grid;
    gap: ${token('space-xs')};
  }
  dt {
    font-weight: ${token('font-weight-bold')};
  }
  dd {
    margin: 0 0 ${token('space-s')};
  }
  .finish-section {
    display: grid;
    gap: ${token('space-s')};
    padding-bottom: ${token('space-m')};
    border-bottom: 1px solid ${token('color-border-subtle')};
    justify-items: start;
  }
  .finish-section dl {
    justify-self: stretch;
  }

  .summary {
    padding: ${token('space-m')};
    border: 2px solid ${token('color-border-subtle')};
  }
  .summary h3 {
    margin: 0;
    font-size: ${token('font-size-l')};
  }
  .summary__table {
    border-collapse: collapse;
    width: 100%;
  }
  .summary__table th,
  .summary__table td {
    padding: ${token('space-xs')} ${token('space-s')};
    border-bottom: 1px solid ${token('color-border-subtle')};
    text-align: start;
    font-weight: ${token('font-weight-normal')};
  }
  .summary__table thead th {
    font-weight: ${token('font-weight-bold')};
  }
  .summary__table td {
    display: flex;
    align-items: center;
    gap: ${token('space-s')};
  }
  .summary__count {
    min-width: 2ch;
    font-weight: ${token('font-weight-bold')};
  }
  .summary__bar {
    width: min(10rem, 40vw);
    height: 0.5rem;
    fill: var(--_accent);
  }

  .draft {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    align-items: center;
    color: ${token('color-text-secondary')};
  }
  .draft__status {
    margin: 0;
  }
  .draft .confirm {
    flex-basis: 100%;
    color: ${token('color-text')};
  }

  @media (forced-colors: active) {
    .steps__button[aria-current='step'] {
      outline: 2px solid CanvasText;
    }
    .summary__bar {
      fill: CanvasText;
    }
  }

  /*
   * One A4 page: the sections as boxes in two columns, small type. A blank worksheet keeps
   * room to write by hand under each question.
   */
  @media print {
    :host {
      color: #000;
    }
    [part~='base'] {
      max-width: none;
    }
    .print-sheet {
      font-size: 8pt;
      line-height: 1.25;
    }
    .print-title {
      font-size: 12pt;
    }
    .print-about {
      margin: 0 0 4pt;
    }
    /* Columns rather than a grid: a long defensive box and a short single-loop one balance out. */
    .print-grid {
      columns: 2;
      column-gap: 6pt;
    }
    .print-box {
      border: 1px solid #000;
      padding: 3pt 5pt;
      margin: 0 0 4pt;
      box-decoration-break: clone;
    }
    .print-sheet--blank .print-box {
      break-inside: avoid;
    }
    .print-box--next-experiment {
      column-span: all;
    }
    .print-box h3 {
      margin: 0 0 2pt;
      font-size: 9.5pt;
      break-after: avoid;
    }
    .print-field {
      margin: 0 0 3pt;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    /* Labels run into the answer to save lines; a blank sheet puts the space to write below. */
    .print-sheet--blank .print-field strong {
      display: block;
    }
    .print-lines {
      height: 17mm;
      border-bottom: 1px dotted #000;
      margin-bottom: 3pt;
    }
    .print-prompt {
      margin: 2pt 0 0;
      font-style: italic;
    }
    .print-counts {
      margin: 4pt 0 0;
    }
  }
`;
