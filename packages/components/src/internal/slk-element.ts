import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { Locale } from '@slk/sdk';
import { getLocale, trackLanguageOf, untrackLanguageOf } from './localization.js';
import { baseStyles } from './tokens.js';

/**
 * Base class of every kit element.
 *
 * It re-renders when the kit's locale changes, makes the element's language context (the
 * nearest `lang`) count when the kit picks its locale, and shares the base styles: design
 * tokens, the focus indicator, reduced motion and forced-colours rules.
 */
export class SlkElement extends LitElement {
  static override styles = [baseStyles];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    trackLanguageOf(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    untrackLanguageOf(this);
  }

  /**
   * The locale the element's strings are rendered in. Components put it in a `lang`
   * attribute on their `base` part so assistive technology pronounces the text correctly
   * even when the surrounding page is in another language.
   */
  protected get locale(): Locale {
    return getLocale();
  }
}
