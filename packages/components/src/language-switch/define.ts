import { defineElement } from '../internal/define.js';
import { SlkLanguageSwitch, type SlkLocaleChangeEvent } from './language-switch.js';

defineElement('slk-language-switch', SlkLanguageSwitch);

export { SlkLanguageSwitch };

declare global {
  interface HTMLElementTagNameMap {
    'slk-language-switch': SlkLanguageSwitch;
  }
  interface HTMLElementEventMap {
    'slk-locale-change': SlkLocaleChangeEvent;
  }
}
