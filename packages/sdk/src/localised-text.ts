import type { Locale } from './locale.js';

/**
 * A user-visible string in both of the kit's languages. Every label and message the SDK
 * produces is one of these, so Welsh parity is checked by types rather than hoped for.
 *
 * `welsh` records whether a Welsh speaker has reviewed the `cy` text: until then it is a
 * `'draft'`, and docs/localisation.md asks partnerships not to publish drafts unreviewed.
 */
export interface LocalisedText {
  readonly 'en-GB': string;
  readonly cy: string;
  readonly welsh: 'draft' | 'reviewed';
}

/** A string whose Welsh is a draft awaiting review by a Welsh speaker. */
export function draft(en: string, cy: string): LocalisedText {
  return { 'en-GB': en, cy, welsh: 'draft' };
}

/**
 * The text in `locale`, with `{name}` placeholders filled from `params`. Parameters are
 * the SDK's own values (numbers, dates, field names), never text a user typed.
 */
export function localise(text: LocalisedText, locale: Locale, params: Record<string, string | number> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
