/**
 * Printing one element of a page. `@page` rules do nothing inside a shadow root, and a kit
 * element cannot see the host page's other content, so an element that prints "just itself"
 * adopts a document sheet for the print only: its page size and margins, everything that is
 * not it (or around it) hidden, and the spacing of what is around it removed. Constructed sheets are allowed by a strict CSP.
 *
 * The owner is kept on a registered symbol so that per-component drop-ins (each with its own
 * copy of this module) still agree on who is printing.
 */
const OWNER = Symbol.for('slk-print-owner');

type WithOwner = typeof globalThis & { [OWNER]?: Element };

/** The element printing itself through {@link printElement} right now, if any. */
export function printOwner(): Element | undefined {
  return (globalThis as WithOwner)[OWNER];
}

/**
 * Prints `element` alone with `page` (an `@page` body such as `size: A4 portrait; margin: 15mm`).
 * The element is marked with `data-slk-printing` while the dialog is open.
 */
export function printElement(element: HTMLElement, page: string): void {
  const g = globalThis as WithOwner;
  const tag = element.localName;
  let sheet: CSSStyleSheet | undefined;
  if (typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    sheet = new CSSStyleSheet();
    // Everything that neither holds the element nor is inside it is left out of the print.
    sheet.replaceSync(`@page { ${page} }
@media print {
  body *:not(:has(${tag}[data-slk-printing])):not(${tag}[data-slk-printing]):not(${tag}[data-slk-printing] *) { display: none !important; }
  body, body *:has(${tag}[data-slk-printing]) { margin: 0 !important; padding: 0 !important; border: 0 !important; gap: 0 !important; box-shadow: none !important; }
}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  g[OWNER] = element;
  element.toggleAttribute('data-slk-printing', true);
  const done = () => {
    window.removeEventListener('afterprint', done);
    element.removeAttribute('data-slk-printing');
    if (g[OWNER] === element) delete g[OWNER];
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  window.addEventListener('afterprint', done);
  try {
    window.print();
  } finally {
    // print() returns once the dialog closes in every current browser; afterprint is the backstop.
    done();
  }
}
