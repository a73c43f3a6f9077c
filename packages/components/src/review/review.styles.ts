import { css } from 'lit';
import { token } from '../internal/tokens.js';

export const styles = css`
  :host {
    display: block;
  }

  [part~='base'] {
    display: grid;
    /* One column as wide as the provider: wide content inside (a table, a board) scrolls in
       its own box instead of widening the column and the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--slk-review-gap, ${token('space-m')});
  }

  .status {
    margin: 0;
    padding: ${token('space-m')};
    border-inline-start: 5px solid ${token('color-info')};
    background: ${token('color-surface')};
  }

  .status--error {
    border-inline-start-color: ${token('color-error')};
  }

  .status--warning {
    border-inline-start-color: ${token('color-warning')};
  }

  .status__title {
    margin: 0 0 ${token('space-s')};
    font-size: ${token('font-size-l')};
    line-height: ${token('line-height-tight')};
  }

  .status p {
    margin: 0;
  }

  .status__errors {
    margin: ${token('space-s')} 0 0;
    padding-inline-start: ${token('space-l')};
  }

  @media (forced-colors: active) {
    .status {
      border: 1px solid CanvasText;
      border-inline-start-width: 5px;
    }
  }
`;
