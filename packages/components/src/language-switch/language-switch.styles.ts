import { css } from 'lit';
import { token } from '../internal/tokens.js';

export const styles = css`
  :host {
    display: inline-block;
    --_gap: var(--slk-language-switch-gap, ${token('space-xs')});
    --_color: var(--slk-language-switch-color, ${token('color-link')});
    --_current-color: var(--slk-language-switch-current-color, ${token('color-text')});
  }

  [part~='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }

  button {
    min-width: ${token('target-min')};
    min-height: max(${token('target-min')}, 2rem);
    padding: ${token('space-xs')} ${token('space-s')};
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: 0;
    background: none;
    color: var(--_color);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  button:hover {
    text-decoration-thickness: 3px;
  }

  /* The current language is shown by weight and a bar, not by colour alone. */
  button[aria-pressed='true'] {
    color: var(--_current-color);
    font-weight: ${token('font-weight-bold')};
    text-decoration: none;
    border-bottom-color: currentColor;
    cursor: default;
  }

  @media print {
    :host {
      display: none;
    }
  }

  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      border-bottom-color: CanvasText;
    }
  }
`;
