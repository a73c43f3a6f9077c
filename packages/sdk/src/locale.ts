/**
 * Locales the kit ships catalogues for. `en-GB` is the source language; `cy` is Welsh.
 *
 * Welsh parity matters to Welsh public bodies (Welsh Language Standards), so every
 * user-visible string and every code-list label exists in both.
 */
export const LOCALES = ['en-GB', 'cy'] as const;

/** One of the kit's supported locales. */
export type Locale = (typeof LOCALES)[number];

/** The locale source strings are written in. */
export const SOURCE_LOCALE: Locale = 'en-GB';

/**
 * Each locale's name in its own language. Language pickers show these untranslated:
 * a Welsh reader looks for "Cymraeg" whatever language the page is currently in.
 */
export const LOCALE_ENDONYMS: Readonly<Record<Locale, string>> = {
  'en-GB': 'English',
  cy: 'Cymraeg',
};

/** Type guard for a supported locale code, exactly as the kit spells it. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// BCP 47 language tags are ASCII letters, digits and hyphens; anything else is not a tag.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * Maps a BCP 47 language tag, as found in a `lang` attribute or `navigator.languages`, to
 * the kit locale that serves it best, or `undefined` when the kit has no catalogue for it.
 *
 * Matching is by primary language: `cy`, `cy-GB` and `CY` give `cy`; `en`, `en-GB` and
 * `en-US` give `en-GB` (British English is the only English the kit ships). An empty or
 * malformed tag gives `undefined` so callers can fall back to the next candidate.
 */
export function resolveLocale(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const trimmed = tag.trim();
  if (!LANGUAGE_TAG.test(trimmed)) return undefined;
  const primary = trimmed.split(/[-_]/)[0]!.toLowerCase();
  if (primary === 'cy') return 'cy';
  if (primary === 'en') return 'en-GB';
  return undefined;
}

/**
 * The first of several candidate tags the kit can serve (for example the `lang` of an
 * element and its ancestors, nearest first, then `navigator.languages`), else the source
 * locale.
 */
export function negotiateLocale(candidates: Iterable<string | null | undefined>): Locale {
  for (const candidate of candidates) {
    const locale = resolveLocale(candidate);
    if (locale) return locale;
  }
  return SOURCE_LOCALE;
}
