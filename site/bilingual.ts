// Host-page text in both languages, for the demo's own scripts: one span per language, set
// with textContent only (the page runs under a strict CSP with Trusted Types). The page's CSS
// shows the span whose lang matches <html lang> (site.css, `.t`).
import type { Locale } from '@slk/sdk';

export type Say = (lang: Locale) => string;

export function both(say: Say): HTMLSpanElement[] {
  return (['en-GB', 'cy'] as const).map((lang) => {
    const span = document.createElement('span');
    span.className = 't';
    span.lang = lang;
    span.textContent = say(lang);
    return span;
  });
}
