import { html, nothing, type PropertyDeclaration, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { LOCALES, LOCALE_ENDONYMS, isLocale, type Locale } from '@slk/sdk';
import { SlkElement } from '../internal/slk-element.js';
import { SlkEvent } from '../internal/event.js';
import { getLocale, setLocale } from '../internal/localization.js';
import { styles } from './language-switch.styles.js';

/** What the reader chose, and what was showing before. */
export interface LocaleChangeDetail {
  /** The locale the reader chose. */
  readonly locale: Locale;
  /** The locale shown when they chose it. */
  readonly previous: Locale;
}

/**
 * Fired when the reader chooses a language, before the kit switches. Cancelable: call
 * `preventDefault()` to handle the switch yourself, for example by navigating to the
 * page's Welsh address.
 */
export class SlkLocaleChangeEvent extends SlkEvent<LocaleChangeDetail> {
  static readonly eventName = 'slk-locale-change';

  constructor(detail: LocaleChangeDetail) {
    super(SlkLocaleChangeEvent.eventName, detail, { cancelable: true });
  }
}

// Intranet editors write `locales="cy en-GB"`; unknown codes are dropped, not fatal.
const localeList: PropertyDeclaration<Locale[]>['converter'] = {
  fromAttribute: (value) => (value ?? '').split(/[\s,]+/).filter(isLocale),
  toAttribute: (value) => value.join(' '),
};

/**
 * Each language is offered by its own name ("English", "Cymraeg"), marked up in that
 * language, as a toggle button whose pressed state shows the current one. Choosing a
 * language switches every kit element on the page. With `update-document` it also sets
 * `lang` on `<html>`, so the host page's own bilingual content can follow.
 *
 * @summary Lets a reader switch the kit between English and Welsh, and optionally the page too.
 *
 * @tag slk-language-switch
 *
 * @event {SlkLocaleChangeEvent} slk-locale-change - The reader chose a language; fired before the switch and cancelable.
 *
 * @csspart base - The group wrapping the options.
 * @csspart option - Each language button.
 * @csspart option-current - The button of the language currently shown.
 *
 * @cssproperty --slk-language-switch-gap - Space between the options.
 * @cssproperty --slk-language-switch-color - Colour of the languages not currently shown.
 * @cssproperty --slk-language-switch-current-color - Colour of the current language.
 */
export class SlkLanguageSwitch extends SlkElement {
  static override styles = [...SlkElement.styles, styles];

  /** Locales offered, in order: an array, or a space-separated list in the attribute. Defaults to every locale the kit ships. */
  @property({ converter: localeList })
  accessor locales: Locale[] = [...LOCALES];

  /** Also set `lang` on `<html>` when the reader switches, so the host page can follow. */
  @property({ type: Boolean, attribute: 'update-document', reflect: true })
  accessor updateDocument = false;

  // Typed, so the published .d.ts names lit's types rather than lit-html's (not a dependency).
  override render(): TemplateResult | typeof nothing {
    const offered = this.locales.filter(isLocale);
    if (offered.length === 0) return nothing;
    const current = getLocale();
    return html`
      <div part="base" role="group" aria-label=${msg('Language')} lang=${this.locale}>
        ${offered.map(
          (locale) => html`
            <button
              type="button"
              part=${locale === current ? 'option option-current' : 'option'}
              lang=${locale}
              aria-pressed=${locale === current ? 'true' : 'false'}
              @click=${() => this.choose(locale)}
            >
              ${LOCALE_ENDONYMS[locale]}
            </button>
          `,
        )}
      </div>
    `;
  }

  private async choose(locale: Locale): Promise<void> {
    const previous = getLocale();
    if (locale === previous) return;
    const event = new SlkLocaleChangeEvent({ locale, previous });
    if (!this.dispatchEvent(event)) return;
    if (this.updateDocument) document.documentElement.lang = locale;
    await setLocale(locale);
  }
}
