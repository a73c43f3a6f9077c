// The strict-CSP proof page's recorder: host-page code. It shows the policy the page was served
// with, waits for every kit element to render, and lists every Content Security Policy
// violation the browser reported, including any from before this script ran (a buffered
// ReportingObserver). test/site/smoke.mjs checks the same from the page's first instant.
import { draft, localise, type Locale, type LocalisedText } from '@slk/sdk';
import { both } from './bilingual.js';

const TEXT = {
  clean: draft(
    'All {count} kit elements rendered the sample review. The browser reported no policy violations.',
    'Dangosodd pob un o’r {count} elfen o’r pecyn yr adolygiad enghreifftiol. Ni adroddodd y porwr unrhyw dorri ar y polisi.',
  ),
  violations: draft('The browser reported {count} policy violations:', 'Adroddodd y porwr {count} achos o dorri’r polisi:'),
  notRendered: draft('These elements did not render: {tags}.', 'Ni ddangoswyd yr elfennau hyn: {tags}.'),
  violation: draft('{directive} blocked {blocked}', 'Rhwystrodd {directive} {blocked}'),
} satisfies Record<string, LocalisedText>;

interface Violation {
  directive: string;
  blocked: string;
}

const violations: Violation[] = [];
const record = (directive: string, blocked: string) => violations.push({ directive, blocked: blocked || 'inline' });

document.addEventListener('securitypolicyviolation', (event) => record(event.effectiveDirective, event.blockedURI), true);
let observer: ReportingObserver | undefined;
if ('ReportingObserver' in window) {
  observer = new ReportingObserver(() => undefined, { types: ['csp-violation'], buffered: true });
  observer.observe();
}

async function showPolicy(): Promise<void> {
  const target = document.querySelector('#csp-policy');
  if (!target) return;
  // A GET read to the end: Chromium reports a HEAD, or a body left unread, as an aborted request.
  const response = await fetch(location.href, { cache: 'no-store' });
  await response.text();
  target.textContent = (response.headers.get('content-security-policy') ?? '').split(/;\s*/).join(';\n');
}

type Rendering = HTMLElement & { updateComplete?: Promise<unknown> };

/** How many kit elements the page has, and the tags of any that drew nothing. */
async function checkElements(): Promise<{ count: number; missing: string[] }> {
  const elements = [...document.querySelectorAll<Rendering>('body *')].filter((el) => el.localName.startsWith('slk-'));
  await Promise.all([...new Set(elements.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
  await Promise.all(elements.map((el) => el.updateComplete ?? Promise.resolve()));
  // <slk-review> settles once its review has loaded; give its children one more update.
  await Promise.all(elements.map((el) => el.updateComplete ?? Promise.resolve()));
  const missing = elements.filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0).map((el) => `<${el.localName}>`);
  return { count: elements.length, missing };
}

async function start(): Promise<void> {
  const responses = await fetch(new URL('examples/child-j.responses.json', document.baseURI)).then((r) => r.json() as Promise<unknown[]>);
  const summary = document.querySelector<HTMLElement & { responses?: unknown[] }>('slk-feedback-summary');
  if (summary) summary.responses = responses;

  const [, { count, missing }] = await Promise.all([showPolicy(), checkElements()]);
  for (const report of observer?.takeRecords() ?? []) {
    const body = report.body as { effectiveDirective?: string; blockedURL?: string } | null;
    // The buffered reports repeat events seen by the listener above; keep the ones it missed.
    if (body && !violations.some((v) => v.directive === body.effectiveDirective && v.blocked === (body.blockedURL || 'inline'))) {
      record(body.effectiveDirective ?? '', body.blockedURL ?? '');
    }
  }
  const status = document.querySelector('#csp-status')!;
  const list = document.querySelector('#csp-violations')!;
  const lines: Array<(lang: Locale) => string> = [];
  if (violations.length === 0) lines.push((lang) => localise(TEXT.clean, lang, { count }));
  else lines.push((lang) => localise(TEXT.violations, lang, { count: violations.length }));
  if (missing.length) lines.push((lang) => localise(TEXT.notRendered, lang, { tags: missing.join(', ') }));
  status.replaceChildren(...both((lang) => lines.map((line) => line(lang)).join(' ')));
  list.replaceChildren(
    ...violations.map((v) => {
      const item = document.createElement('li');
      item.append(...both((lang) => localise(TEXT.violation, lang, { directive: v.directive, blocked: v.blocked })));
      return item;
    }),
  );
  document.documentElement.dataset.cspProof = violations.length === 0 && missing.length === 0 ? 'clean' : 'failed';
}

void start();
