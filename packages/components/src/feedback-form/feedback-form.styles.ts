import { css } from 'lit';
import { token } from '../internal/tokens.js';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--slk-feedback-form-gap, ${token('space-l')});
    --_max: var(--slk-feedback-form-max-width, 40rem);
  }
  :host([hidden]) {
    display: none;
  }

  [part~='base'] {
    display: grid;
    gap: var(--_gap);
    max-width: var(--_max);
  }

  .form-header,
  .page,
  .section {
    display: grid;
    gap: var(--_gap);
  }
  .form-title {
    margin: 0;
    font-size: ${token('font-size-xxl')};
    line-height: ${token('line-height-tight')};
  }
  .step-title,
  .section-title {
    margin: 0;
    font-size: ${token('font-size-xl')};
  }
  .lede {
    margin: 0;
    font-size: ${token('font-size-l')};
  }
  .privacy {
    display: grid;
    gap: ${token('space-s')};
    padding: ${token('space-m')};
    border-inline-start: 5px solid ${token('color-border-subtle')};
    background: ${token('color-surface')};
  }
  .privacy p {
    margin: 0;
  }

  .progress {
    display: grid;
    gap: ${token('space-xs')};
  }
  .progress__text {
    margin: 0;
    color: ${token('color-text-secondary')};
    font-weight: ${token('font-weight-bold')};
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: ${token('color-action')};
  }

  .question {
    display: grid;
    /* minmax(0, 1fr): a wide rating scale wraps on a phone instead of widening the question. */
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-s')};
    margin: 0;
    min-width: 0;
  }
  legend,
  .question > label {
    font-size: ${token('font-size-l')};
    font-weight: ${token('font-weight-bold')};
    padding: 0;
    margin-bottom: ${token('space-xs')};
  }
  .optional {
    font-weight: ${token('font-weight-normal')};
  }
  .question input[type='text'],
  .question textarea {
    width: 100%;
    box-sizing: border-box;
  }

  .choices {
    display: grid;
    gap: ${token('space-s')};
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')} ${token('space-l')};
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${token('space-s')};
    min-height: 2.75rem;
  }
  .choice input[type='radio'],
  .choice input[type='checkbox'] {
    width: 1.75rem;
    height: 1.75rem;
  }
  .choice label {
    font-weight: ${token('font-weight-normal')};
    cursor: pointer;
    padding-block: ${token('space-xs')};
  }
  .options--scale {
    /* The ends sit over the first and last points of the scale, not the edges of the page. */
    display: grid;
    gap: ${token('space-xs')};
    width: max-content;
    max-width: 100%;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    gap: ${token('space-m')};
    color: ${token('color-text-secondary')};
    font-size: ${token('font-size-s')};
  }

  .date {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-m')};
  }
  .date__part {
    display: grid;
    gap: ${token('space-xs')};
  }
  .date__part label {
    font-weight: ${token('font-weight-normal')};
  }
  .date__part input {
    width: 3.5rem;
  }
  .date__part--year input {
    width: 5rem;
  }

  .over-limit {
    border-color: ${token('color-error')};
  }
  .count--over {
    color: ${token('color-error')};
    font-weight: ${token('font-weight-bold')};
  }

  .banner {
    border: 5px solid ${token('color-info')};
    padding: ${token('space-m')};
  }
  .banner__title {
    margin: 0 0 ${token('space-s')};
    font-size: ${token('font-size-l')};
  }
  .banner p {
    margin: 0;
  }

  .check-section {
    margin: 0;
    font-size: ${token('font-size-l')};
  }
  .summary-list {
    margin: 0;
    display: grid;
  }
  .summary-list__row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) auto;
    gap: ${token('space-s')} ${token('space-m')};
    padding-block: ${token('space-s')};
    border-bottom: 1px solid ${token('color-border-subtle')};
  }
  .summary-list dt {
    font-weight: ${token('font-weight-bold')};
  }
  .summary-list dd {
    margin: 0;
    overflow-wrap: break-word;
    min-width: 0;
  }
  .free-text {
    white-space: pre-wrap;
  }
  ul.plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .panel {
    display: grid;
    gap: ${token('space-m')};
    justify-items: start;
    padding: ${token('space-l')};
    border: 5px solid ${token('color-success')};
  }
  .panel p {
    margin: 0;
  }

  .draft {
    display: grid;
    gap: ${token('space-s')};
    justify-items: start;
    padding-top: ${token('space-m')};
    border-top: 1px solid ${token('color-border-subtle')};
  }
  .draft__status {
    margin: 0;
    color: ${token('color-text-secondary')};
  }

  .step-title:focus,
  .form-title:focus {
    outline-offset: 4px;
  }

  @media (max-width: 30rem) {
    .summary-list__row {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  @media print {
    :host {
      color: #000;
    }
    .form-actions,
    .draft,
    .banner,
    progress {
      display: none !important;
    }
    .question,
    .summary-list__row {
      break-inside: avoid;
    }
    .summary-list__action,
    .send-step {
      display: none;
    }
    :focus {
      outline: none !important;
      box-shadow: none !important;
    }
  }
`;
