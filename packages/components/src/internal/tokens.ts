import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The kit's global design tokens and their accessible defaults.
 *
 * Every token is a public `--slk-*` custom property that a host page may set (on `:root`,
 * on a container, or on one element). Components never declare these properties on
 * `:host` — that would shadow the value the page set on an ancestor — they read them with
 * the default as the `var()` fallback, through {@link token}.
 *
 * Defaults follow GOV.UK Frontend where it has measured answers: text and interactive
 * colours reach at least 4.5:1 on white (most reach 7:1), the focus indicator is a
 * two-tone ring that stays visible on light and dark backgrounds, and targets are at
 * least 24px (WCAG 2.2 SC 2.5.8).
 */
export const TOKENS = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  'font-size-s': '0.875rem',
  'font-size-m': '1rem',
  'font-size-l': '1.1875rem',
  'font-size-xl': '1.5rem',
  'font-size-xxl': '2rem',
  'font-weight-normal': '400',
  'font-weight-bold': '700',
  'line-height': '1.5',
  'line-height-tight': '1.25',

  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '1rem',
  'space-l': '1.5rem',
  'space-xl': '2rem',

  'radius': '0.25rem',
  'border-width': '1px',
  'target-min': '24px',
  'control-height': '2.5rem',

  'color-text': '#0b0c0c',
  'color-text-secondary': '#484949',
  'color-background': '#ffffff',
  'color-surface': '#f3f2f1',
  'color-border': '#6f777b',
  'color-border-subtle': '#b1b4b6',
  'color-link': '#1d70b8',
  'color-link-visited': '#4c2c92',
  'color-action': '#1d4f91',
  'color-action-text': '#ffffff',
  'color-selected': '#0b0c0c',
  'color-focus': '#0b0c0c',
  'color-focus-halo': '#ffdd00',
  'color-success': '#00703c',
  'color-warning': '#8a4b00',
  'color-error': '#d4351c',
  'color-info': '#1d70b8',

  'focus-width': '3px',
  'motion-duration': '150ms',
} as const;

/** The name of one global token, without its `--slk-` prefix. */
export type TokenName = keyof typeof TOKENS;

/**
 * A `var(--slk-<name>, <default>)` reference for use inside `css` templates.
 * Lit accepts it as a `CSSResult`, so no string style binding is ever needed.
 */
export function token(name: TokenName): CSSResult {
  // Safe: both parts come from the constant table above, never from data.
  return unsafeCSS(`var(--slk-${name}, ${TOKENS[name]})`);
}

/**
 * The tokens as a stylesheet declaring their defaults on `:root`, for docs and for hosts
 * that prefer to override values in a copy of the file.
 */
export function tokensStylesheet(): string {
  const lines = Object.entries(TOKENS).map(([name, value]) => `  --slk-${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

/**
 * Host and reset rules every kit element shares: type, colour, the focus indicator,
 * hidden handling, reduced motion and forced-colours support.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size-m')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* A two-tone ring (dark outline over a yellow halo) stays visible on any background. */
  :focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: 2px;
    box-shadow: 0 0 0 2px ${token('color-focus-halo')};
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
