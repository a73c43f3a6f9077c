import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Controls, buttons, dialogs, GOV.UK-style error summaries and messages, shared by every
 * component with a toolbar or a form, so they look and behave the same everywhere.
 */
export const formStyles = css`
  .heading { display: grid; gap: ${token('space-xs')}; }
  .title { margin: 0; font-size: ${token('font-size-xl')}; line-height: ${token('line-height-tight')}; }
  .subtitle { margin: 0; color: ${token('color-text-secondary')}; }

  /* One column as wide as the element, so the rows inside wrap instead of widening the page. */
  .toolbar { display: grid; grid-template-columns: minmax(0, 1fr); gap: ${token('space-s')}; }
  .toolbar__row { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; justify-content: space-between; align-items: center; }
  .views, .actions { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; align-items: center; }

  .field { display: grid; grid-template-columns: minmax(0, 1fr); gap: ${token('space-xs')}; margin: 0; min-width: 0; }
  fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
  legend, label { font-weight: ${token('font-weight-bold')}; }
  .check { font-weight: ${token('font-weight-normal')}; display: inline-flex; align-items: center; gap: ${token('space-xs')}; min-height: ${token('target-min')}; margin-inline-end: ${token('space-m')}; }
  abbr { text-decoration: none; }

  input, select, textarea {
    font: inherit;
    color: ${token('color-text')};
    background: ${token('color-background')};
    border: 2px solid ${token('color-text')};
    border-radius: 0;
    min-height: ${token('control-height')};
    padding: ${token('space-xs')} ${token('space-s')};
    max-width: 100%;
  }
  input[type='checkbox'], input[type='radio'] { min-height: 0; width: 1.25rem; height: 1.25rem; margin: 0; flex: none; accent-color: ${token('color-text')}; }
  textarea { width: 100%; min-height: 4rem; }
  [aria-invalid='true'] { border-color: ${token('color-error')}; }

  .button, .toggle {
    font: inherit;
    min-height: ${token('target-min')};
    padding: ${token('space-xs')} ${token('space-m')};
    border: 2px solid ${token('color-action')};
    border-radius: ${token('radius')};
    background: ${token('color-action')};
    color: ${token('color-action-text')};
    cursor: pointer;
  }
  .button--secondary, .toggle { background: ${token('color-background')}; color: ${token('color-action')}; }
  .button--warning { background: ${token('color-error')}; border-color: ${token('color-error')}; color: #fff; }
  .toggle[aria-pressed='true'] { background: ${token('color-action')}; color: ${token('color-action-text')}; font-weight: ${token('font-weight-bold')}; text-decoration: underline; text-underline-offset: 0.2em; }
  .button:disabled { opacity: 0.6; cursor: not-allowed; }
  .link-button {
    font: inherit;
    min-height: ${token('target-min')};
    padding: 0 ${token('space-xs')};
    border: 0;
    background: none;
    color: ${token('color-link')};
    text-decoration: underline;
    cursor: pointer;
  }

  .hint { margin: 0; color: ${token('color-text-secondary')}; font-size: ${token('font-size-s')}; }
  .message { margin: 0; padding: ${token('space-m')}; background: ${token('color-surface')}; }
  .message p { margin: 0 0 ${token('space-s')}; }
  .message--error { border-inline-start: 5px solid ${token('color-error')}; }

  dialog {
    width: min(44rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: ${token('space-l')};
    border: 2px solid ${token('color-text')};
    color: ${token('color-text')};
    background: ${token('color-background')};
  }
  dialog::backdrop { background: rgb(11 12 12 / 0.6); }
  dialog form { display: grid; gap: ${token('space-m')}; }
  dialog h2 { margin: 0; font-size: ${token('font-size-xl')}; }
  .form-actions { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; }
  .field--error { border-inline-start: 5px solid ${token('color-error')}; padding-inline-start: ${token('space-m')}; }
  .error-message { margin: 0; color: ${token('color-error')}; font-weight: ${token('font-weight-bold')}; }
  .error-summary { padding: ${token('space-m')}; border: 5px solid ${token('color-error')}; }
  .error-summary h3 { margin: 0 0 ${token('space-s')}; font-size: ${token('font-size-l')}; }
  .error-summary ul { margin: 0 0 ${token('space-s')}; padding-inline-start: ${token('space-l')}; }
  .error-summary a { color: ${token('color-error')}; font-weight: ${token('font-weight-bold')}; }
  .confirm { padding: ${token('space-m')}; border: 3px solid ${token('color-warning')}; }
  .confirm p { margin: 0 0 ${token('space-s')}; }

  .print-only { display: none; }

  @media (forced-colors: active) {
    .toggle[aria-pressed='true'] { border-width: 4px; }
  }

  @media print {
    :host { color: #000; }
    .screen-only, dialog { display: none !important; }
    .print-only { display: block; }
    .print-title { font-size: 14pt; margin: 0 0 4pt; }
    .print-table { width: 100%; border-collapse: collapse; font-size: 9pt; }
    /* break-word, not anywhere: words break only when a column cannot fit them at all. */
    .print-table th, .print-table td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: start; overflow-wrap: break-word; }
    .print-table thead { display: table-header-group; }
    .print-table tr { break-inside: avoid; }
  }
`;
