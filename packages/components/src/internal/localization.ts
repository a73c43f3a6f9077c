import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { LOCALES, SOURCE_LOCALE, isLocale, negotiateLocale, type Locale } from '@slk/sdk';
import * as cy from '../generated/locales/cy.js';

/**
 * The kit's localisation layer, on @lit/localize in runtime mode.
 *
 * @lit/localize keeps one active locale per page. The kit chooses it this way:
 * 1. a locale set in code with {@link setLocale} wins until {@link followDocumentLanguage};
 * 2. otherwise the nearest `lang` attribute to a kit element (its own, an ancestor's,
 *    crossing shadow roots, up to `<html lang>`), re-checked whenever a `lang` changes;
 *    as in HTML, the nearest one decides: a language the kit has no catalogue for
 *    gives British English, not a farther ancestor's language;
 * 3. with no `lang` anywhere, British English.
 */

// Welsh is bundled rather than fetched: the drop-in bundles must be single files that
// work on intranets with no module server, and the catalogue is small.
const catalogues: Partial<Record<Locale, typeof cy>> = { cy };

let lit: ReturnType<typeof configureLocalization> | undefined;

function runtime(): ReturnType<typeof configureLocalization> | undefined {
  if (lit) return lit;
  try {
    lit = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: LOCALES.filter((locale) => locale !== SOURCE_LOCALE),
      loadLocale: (locale) => {
        const catalogue = catalogues[locale as Locale];
        return catalogue
          ? Promise.resolve(catalogue)
          : Promise.reject(new Error(`No catalogue for locale ${locale}`));
      },
    });
  } catch {
    // The host app configured @lit/localize for itself in the same bundle. Its catalogue
    // has none of the kit's ids, so the kit's strings fall back to British English.
    console.warn(
      'Safeguarding Learning Kit: @lit/localize was already configured by the page; ' +
        'kit strings will be shown in English.',
    );
  }
  return lit;
}

/** The locale the kit's strings are currently shown in. */
export function getLocale(): Locale {
  const active = runtime()?.getLocale();
  return isLocale(active) ? active : SOURCE_LOCALE;
}

let pinned: Locale | undefined;

/**
 * Shows the kit in `locale` from now on, whatever the page's `lang` attributes say.
 * Resolves once every kit element can render in the new locale.
 */
export async function setLocale(locale: Locale): Promise<void> {
  if (!isLocale(locale)) {
    throw new TypeError(`Choose one of the kit's locales: ${LOCALES.join(', ')}.`);
  }
  pinned = locale;
  await runtime()?.setLocale(locale);
}

/**
 * Undoes {@link setLocale}: the kit follows the nearest `lang` attribute again.
 */
export async function followDocumentLanguage(): Promise<void> {
  pinned = undefined;
  await syncToLanguageOf(anchor());
}

/** Whether a locale was set in code and overrides `lang` attributes. */
export function isLocalePinned(): boolean {
  return pinned !== undefined;
}

/**
 * The `lang` values that apply to `node`, nearest first: its own, then each ancestor's,
 * stepping out of shadow roots through their hosts.
 */
export function languagesAround(node: Node | null): string[] {
  const found: string[] = [];
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.getAttribute('lang');
      if (lang) found.push(lang);
    }
    current =
      current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode;
  }
  return found;
}

/** The locale the nearest `lang` attribute asks for, ignoring any locale set in code. */
export function localeForElement(element: Element): Locale {
  return negotiateLocale(languagesAround(element).slice(0, 1));
}

// Connected kit elements, oldest first. The last one is the anchor whose language context
// decides the page locale: the most recently connected, or the most recently affected by a
// `lang` change. Removed elements leave the set, so a re-rendered host page cannot strand the
// kit on an element that is gone.
const anchors = new Set<Element>();
let observer: MutationObserver | undefined;

function anchor(): Element | undefined {
  let last: Element | undefined;
  for (const element of anchors) last = element;
  return last;
}

function promote(element: Element): void {
  anchors.delete(element);
  anchors.add(element);
}

/** Whether `node` is `element` or one of its ancestors, crossing shadow roots. */
function isAncestorOrSelf(node: Node, element: Element): boolean {
  let current: Node | null = element;
  while (current) {
    if (current === node) return true;
    current = current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode;
  }
  return false;
}

async function syncToLanguageOf(element: Element | undefined): Promise<void> {
  if (pinned || !element?.isConnected) return;
  const wanted = localeForElement(element);
  if (wanted !== getLocale()) await runtime()?.setLocale(wanted);
}

function onLangChanged(records: MutationRecord[]): void {
  for (const record of records) {
    for (const element of [...anchors].reverse()) {
      if (isAncestorOrSelf(record.target, element)) {
        promote(element);
        break;
      }
    }
  }
  void syncToLanguageOf(anchor());
}

/**
 * Called by every kit element when it connects: makes it the language anchor and starts
 * watching `lang` attributes so the kit follows a page that changes language.
 */
export function trackLanguageOf(element: Element): void {
  promote(element);
  if (!observer && typeof MutationObserver !== 'undefined' && globalThis.document) {
    observer = new MutationObserver(onLangChanged);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  void syncToLanguageOf(element);
}

/** Called by every kit element when it disconnects. */
export function untrackLanguageOf(element: Element): void {
  anchors.delete(element);
}

export { LOCALE_STATUS_EVENT, LOCALES, type Locale };
