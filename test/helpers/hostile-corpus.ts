/**
 * Hostile strings, and the checks that say whether any of them did harm, for the hostile-input
 * sweep (test/browser/hostile-sweep.test.ts).
 *
 * Every payload that could run calls `__slkPwned('<its id>')`: a spy the sweep installs on
 * `window`. If a payload ever runs where the spy is missing, the call throws a ReferenceError,
 * which the crash watch catches instead. So a payload that runs is seen either way.
 *
 * Everything here is invented: no real person, case or address.
 */
import { mapFreeText, type FeedbackForm, type FeedbackResponse, type LoopWorksheet, type Review, feedbackFormSchema, loopWorksheetSchema, reviewSchema } from '@slk/sdk';

/** One hostile string of the corpus. */
export interface HostileString {
  /** Short, unique, used in test names. */
  readonly id: string;
  /** What the string tries. */
  readonly tries: string;
  readonly value: string;
}

/** The call every payload makes if it ever runs. */
const run = (id: string) => `__slkPwned('${id}')`;

/** U+202E RIGHT-TO-LEFT OVERRIDE: reverses everything after it until the end of its paragraph or isolate. */
export const RLO = '\u202E';

/** 100,000 characters: starts with a readable sentence, then markup and an override, over and over. */
export const LONG_HEAD = 'Long text begins: the health visitor wrote a very long note.';
const LONG_CHUNK = ` <img src=x onerror="${run('long')}"> Child J ${RLO}gnp.exe 👩🏽‍⚕️ `;
export const LONG: string = (LONG_HEAD + LONG_CHUNK.repeat(Math.ceil(100_000 / LONG_CHUNK.length))).slice(0, 100_000);

/** Ids and names that clobber the DOM or shadow an object's built-in properties. */
export const CLOBBER_IDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'location', 'prototype'] as const;

/**
 * The corpus. Every string fits a short text field (200 characters) except `long`; fields with a
 * lower limit (pseudonyms, codes, rating labels) keep their own value when a string is too long.
 */
export const CORPUS: readonly HostileString[] = [
  { id: 'script', tries: 'a script element', value: `<script>${run('script')}</script>` },
  { id: 'img-onerror', tries: 'an event handler on an image that fails to load', value: `<img src=x onerror="${run('img-onerror')}">` },
  { id: 'attr-breakout', tries: 'breaking out of a double-quoted attribute', value: `" autofocus onfocus="${run('attr-breakout')}" x="` },
  { id: 'attr-breakout-single', tries: 'breaking out of a single-quoted or bare attribute', value: `' onmouseover='${run('attr-single')}' a=b onclick=${run('attr-bare')}` },
  { id: 'svg', tries: 'SVG with onload and a script inside', value: `<svg onload="${run('svg-onload')}"><script>${run('svg-script')}</script></svg>` },
  { id: 'mathml-mxss', tries: 'the MathML namespace confusion that beat sanitisers', value: `<math><mtext><table><mglyph><style><img src=x onerror="${run('mxss')}">` },
  { id: 'iframe', tries: 'an iframe with srcdoc, object and embed', value: `<iframe srcdoc="<script>parent.${run('srcdoc')}</script>"></iframe><object data=x></object>` },
  { id: 'js-url', tries: 'a javascript: address with spaces and mixed case', value: `  JaVaScRiPt:${run('js-url')}` },
  { id: 'js-url-tab', tries: 'a javascript: address split by a tab', value: `java\tscript:${run('js-tab')}` },
  { id: 'js-url-entity', tries: 'a javascript: address written with a character reference', value: `&#106;avascript:${run('js-entity')}` },
  { id: 'data-url', tries: 'a data: address holding a page', value: `data:text/html,<script>${run('data-url')}</script>` },
  { id: 'lit-expression', tries: 'template expressions (Lit, Angular, Vue)', value: `\${${run('template')}} {{constructor.constructor('${run('angular')}')()}}` },
  { id: 'lit-marker', tries: 'Lit’s own template markers', value: '<!--?lit$123456789$--> lit$123456789$ <?lit$0$>' },
  { id: 'dom-clobber', tries: 'DOM clobbering through ids and names', value: '<form id="location"><input name="href"></form><a id="__slkClobber" name="__slkClobber">' },
  { id: 'proto-words', tries: 'words that shadow object properties', value: '__proto__ constructor toString' },
  { id: 'entities', tries: 'character references that must stay as typed', value: '&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#x3C;i&#x3E; &nbsp;' },
  { id: 'replace-patterns', tries: 'String.replace patterns and format strings', value: "$& $' $` $1 %s %n {0} '; DROP TABLE reviews;--" },
  { id: 'css-break', tries: 'closing the stylesheet', value: '</style><style>*{display:none!important}</style>' },
  { id: 'rlo', tries: 'a right-to-left override that reverses what follows', value: `Report ${RLO}fdp.exe` },
  { id: 'bidi-isolates', tries: 'unterminated bidi embeddings and isolates', value: 'Child J \u202B\u2067\u2068 נעמי' },
  { id: 'bidi-breakout', tries: 'closing the isolate around it, then overriding', value: `Child J\u2069\u202C\u2069${RLO}gnp.exe` },
  { id: 'zero-width', tries: 'zero-width characters', value: 'Child\u200BJ\u200C\u200D\u2060\uFEFF' },
  { id: 'control', tries: 'control characters', value: 'bell\u0007 esc\u001B[31m del\u007F nel\u0085 ls\u2028 ps\u2029 nul\u0000 end' },
  { id: 'emoji', tries: 'emoji with skin tones and joiners, past every cut-off', value: '👩🏽‍⚕️👨‍👩‍👧‍👦🏳️‍🌈🧑🏿‍🦱👍🏻'.repeat(5) },
  { id: 'zalgo', tries: 'stacked combining marks', value: `Z${'\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309'.repeat(4)}algo${'\u0336\u0337\u0338'.repeat(5)}` },
  { id: 'lone-surrogate', tries: 'half of a surrogate pair', value: 'Child \uD800 J \uDFFF' },
];

/** The corpus and the 100,000-character string, for the places where one long string is affordable. */
export const CORPUS_WITH_LONG: readonly HostileString[] = [...CORPUS, { id: 'long', tries: '100,000 characters', value: LONG }];

// --- Payload spy and crash watch --------------------------------------------------------------

declare global {
  interface Window {
    __slkPwned?: (id: string) => void;
  }
}

/** Records which payloads ran. */
export interface Spy {
  readonly ran: string[];
  readonly errors: string[];
  /** Forgets what was recorded so far. */
  reset(): void;
  remove(): void;
}

/** Installs the payload spy and listens for uncaught errors and unhandled rejections. */
export function watch(): Spy {
  const ran: string[] = [];
  const errors: string[] = [];
  window.__slkPwned = (id: string) => {
    ran.push(id);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${String(event.message)}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason instanceof Error ? event.reason.message : event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    ran,
    errors,
    reset() {
      ran.length = 0;
      errors.length = 0;
    },
    remove() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      delete window.__slkPwned;
    },
  };
}

// --- Walking the page, shadow roots included ---------------------------------------------------

/** The parent in the flat tree: through slots and out of shadow roots. */
function flatParent(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node instanceof Text && node.assignedSlot) return node.assignedSlot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Every element under `root`, in every open shadow root too. */
export function deepElements(root: Document | Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Document | Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      visit(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root instanceof Element) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Every text node under `root`, shadow roots included. */
export function deepTextNodes(root: Element | ShadowRoot): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Text) found.push(child);
      else if (child instanceof Element) {
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/**
 * The text a person can read in `root`: every text node, and (unless `controls` is false) what
 * form controls hold, shadow roots included.
 */
export function deepText(root: Element, options: { controls?: boolean } = {}): string {
  if (options.controls === false) return deepTextNodes(root).map((t) => t.data).join('');
  const controls = deepElements(root)
    .filter((el): el is HTMLInputElement | HTMLTextAreaElement => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && ['text', 'search', 'url', ''].includes(el.type)))
    .map((el) => el.value);
  return [deepTextNodes(root).map((t) => t.data).join(''), ...controls].join('\n');
}

/** Text as compared: runs of white space as one space, trimmed (the SDK trims what it stores). */
export function norm(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether `text` holds half of a surrogate pair. */
export function hasLoneSurrogate(text: string): boolean {
  // With the u flag a whole pair is one code point, so only a lone half matches the range.
  return /[\uD800-\uDFFF]/u.test(text);
}

/** Elements the kit never draws, so they can only come from a payload. */
const NEVER_DRAWN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'math', 'mglyph', 'mtext', 'foreignobject', 'noscript', 'template']);
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc', 'poster', 'background'];
/** Ids and names that only a payload would give an element. */
const PAYLOAD_NAMES = new Set(['location', '__slkClobber', 'href']);

/** A URL as a browser reads its scheme: C0 controls and spaces trimmed, tabs and newlines removed, case folded. */
export function schemeOf(url: string): string {
  const isControlOrSpace = (c: string) => c.charCodeAt(0) <= 0x20;
  const chars = [...url];
  while (chars.length && isControlOrSpace(chars[0]!)) chars.shift();
  while (chars.length && isControlOrSpace(chars[chars.length - 1]!)) chars.pop();
  const cleaned = chars.filter((c) => c !== '\t' && c !== '\n' && c !== '\r').join('').toLowerCase();
  const colon = cleaned.indexOf(':');
  return colon < 0 ? '' : cleaned.slice(0, colon + 1);
}

// Built from parts: the lint rule against script addresses is right everywhere but in a list of them.
const DANGEROUS_SCHEMES = new Set([['java', 'script:'].join(''), ['vb', 'script:'].join(''), 'data:']);

/**
 * What in `root` (and every shadow root under it) could only have come from a payload. `allowed`
 * lists elements that were there before (the test page's own scripts).
 */
export function findInjected(root: Document | Element, options: { allowed?: ReadonlySet<Element> } = {}): string[] {
  const problems: string[] = [];
  for (const el of deepElements(root)) {
    if (options.allowed?.has(el)) continue;
    const tag = el.localName.toLowerCase();
    const where = describe(el);
    if (NEVER_DRAWN.has(tag)) problems.push(`a <${tag}> element: ${where}`);
    if (tag === 'img' && el.getAttribute('src') === 'x') problems.push(`the payload's image: ${where}`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) problems.push(`an event handler attribute ${attr}: ${where}`);
      // Only the page's own elements load or follow an address; a kit element's `src` is an input, checked by its own tests.
      if (URL_ATTRIBUTES.includes(attr.toLowerCase()) && !tag.includes('-')) {
        const value = el.getAttribute(attr) ?? '';
        const scheme = schemeOf(value);
        // blob: and data: images are the kit's own downloads and icons; data: pages are not.
        if (DANGEROUS_SCHEMES.has(scheme) && !(scheme === 'data:' && /^\s*data:image\/(png|svg\+xml)/i.test(value))) problems.push(`a ${scheme} address in ${attr}: ${where}`);
      }
    }
    // Only in the document itself can an id or name clobber `window.location` or `document.forms`; a
    // question called "location" may name a control inside a kit element's own shadow root.
    const inDocument = el.getRootNode() === document;
    if (inDocument && (PAYLOAD_NAMES.has(el.id) || PAYLOAD_NAMES.has(el.getAttribute('name') ?? ''))) problems.push(`a payload's id or name "${el.id || el.getAttribute('name')}": ${where}`);
    if (el instanceof HTMLElement && el.autofocus && el.closest('dialog') === null && tag !== 'dialog') {
      // The kit never autofocuses outside a dialog; the attribute-breakout payload tries to.
      problems.push(`autofocus: ${where}`);
    }
  }
  return problems;
}

function describe(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  const classes = el.getAttribute('class') ? `.${(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')}` : '';
  return `<${el.localName}${classes}>${host ? ` in <${host.localName}>` : ''}`;
}

/** Whether the window and document still have their own `location` and `forms`. */
export function clobbered(): string[] {
  const problems: string[] = [];
  if (!(window.location instanceof Location)) problems.push('window.location');
  if (!(document.location instanceof Location)) problems.push('document.location');
  if (document.getElementById('location') || document.getElementById('__slkClobber')) problems.push('an element with a payload id in the document');
  if ((window as unknown as Record<string, unknown>)['__slkClobber'] !== undefined) problems.push('window.__slkClobber');
  return problems;
}

// --- Right-to-left overrides ------------------------------------------------------------------

/** Characters that change the direction of what follows them until they are closed. */
const OPENS_DIRECTION = /[\u202A-\u202E\u2066-\u2068]/;
const ISOLATING = new Set(['isolate', 'isolate-override', 'plaintext']);

/**
 * Places where a direction override in review text could reorder other text on screen: a
 * bidi paragraph in which text that is not the review's own (the kit's words, or another
 * field) is drawn while an embedding, override or isolate opened by the review text is still
 * open. Isolation by an element (`<bdi>`, `dir`, `unicode-bidi: isolate`) or by the kit's own
 * FSI…PDI characters around the review text closes it; text clipped for screen readers only is
 * not drawn. `values` are the strings the review held.
 */
export function bidiLeaks(root: Element, values: readonly string[]): string[] {
  const leaks: string[] = [];
  // As typed, as stored, and as a copy for the public keeps it (invisible characters removed, one Unicode form).
  const own = [...new Set(values.flatMap((v) => [v, norm(v), norm(published(v))]).filter(Boolean))].sort((a, b) => b.length - a.length);
  const done = new Set<Element>();
  for (const node of deepTextNodes(root)) {
    if (!OPENS_DIRECTION.test(node.data)) continue;
    const paragraph = paragraphOf(node);
    if (!paragraph || done.has(paragraph) || visuallyHidden(paragraph)) continue;
    done.add(paragraph);
    const leak = leakIn(inlineTexts(paragraph), own);
    if (leak) leaks.push(`${describe(paragraph)} draws "${leak}" while the review text’s override is open`);
  }
  return leaks;
}

/** Follows the explicit embeddings and isolates of a paragraph's text; returns the first other text drawn while one opened by review text is open. */
function leakIn(texts: readonly string[], own: readonly string[]): string | undefined {
  const stack: { isolate: boolean; fromReview: boolean }[] = [];
  for (const text of texts) {
    // Which characters are the review's own: every occurrence of one of its values.
    const reviewChar = new Array<boolean>(text.length).fill(false);
    for (const v of own) for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + v.length)) reviewChar.fill(true, at, at + v.length);
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (/[\u202A\u202B\u202D\u202E]/.test(c)) stack.push({ isolate: false, fromReview: reviewChar[i]! });
      else if (/[\u2066-\u2068]/.test(c)) stack.push({ isolate: true, fromReview: reviewChar[i]! });
      else if (c === '\u202C') {
        if (stack.length && !stack[stack.length - 1]!.isolate) stack.pop();
      } else if (c === '\u2069') {
        const last = stack.map((e) => e.isolate).lastIndexOf(true);
        if (last >= 0) stack.length = last;
      } else if (c === '\u2029') stack.length = 0;
      else if (!reviewChar[i] && /\S/.test(c) && stack.some((e) => e.fromReview)) return norm(text.slice(i)).slice(0, 60);
    }
  }
  return undefined;
}

function visuallyHidden(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1 && getComputedStyle(el).overflow === 'hidden';
}

/**
 * The element whose inline content holds `node` as one bidi paragraph: its nearest ancestor
 * that is not inline (block elements carry `unicode-bidi: isolate` in the browser's own
 * stylesheet, which changes nothing for their content). Undefined when the text is not drawn.
 */
function paragraphOf(node: Text): Element | undefined {
  let el = flatParent(node);
  while (el) {
    if (el.localName === 'slot') {
      el = flatParent(el);
      continue;
    }
    const style = getComputedStyle(el);
    if (style.display === 'none' || el.localName === 'title' || el.localName === 'desc') return undefined;
    // Each SVG text element and each option is drawn as a paragraph of its own.
    if (el instanceof SVGTextElement || el.localName === 'option') return el;
    if (style.display !== 'inline' && style.display !== 'contents') return el;
    el = flatParent(el);
  }
  return undefined;
}

/**
 * The text of a paragraph in order, as the browser hands it to the bidi algorithm: inline
 * descendants, with an isolating inline element (`<bdi>`, `dir`, `unicode-bidi: isolate`)
 * drawn as FSI … PDI around its content, and blocks inside (paragraphs of their own) left out.
 */
function inlineTexts(paragraph: Element): string[] {
  const texts: string[] = [];
  const visit = (parent: Node) => {
    const children = parent instanceof HTMLSlotElement ? parent.assignedNodes({ flatten: true }) : [...(parent instanceof Element && parent.shadowRoot ? parent.shadowRoot : parent).childNodes];
    for (const child of children) {
      if (child instanceof Text) texts.push(child.data);
      else if (child instanceof Element) {
        const style = getComputedStyle(child);
        if (style.display === 'none' || (style.display !== 'inline' && style.display !== 'contents')) continue;
        const isolates = ISOLATING.has(style.unicodeBidi) || child.localName === 'bdi';
        if (isolates) texts.push('\u2068');
        visit(child);
        if (isolates) texts.push('\u2069');
      }
    }
  };
  visit(paragraph);
  return texts;
}

// --- Hostile documents ----------------------------------------------------------------------

/** Every record id in a document: values of `id` keys, anywhere. */
function recordIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) recordIds(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') into.add(child);
      else recordIds(child, into);
    }
  }
  return into;
}

/** A path's field kind: "chronology/e001/event" and "chronology/e002/event" are both "chronology/*\/event". */
function kindOf(path: string, ids: ReadonlySet<string>): string {
  return path
    .split('/')
    .map((segment) => (ids.has(segment) || /^\d+$/.test(segment) ? '*' : segment))
    .join('/');
}

/** Fields too short for some of the corpus: they keep their own value unless the string fits. */
const LIMITS: Record<string, number> = { pseudonym: 60, code: 20, minLabel: 100, maxLabel: 100 };

function fits(path: string, value: string): boolean {
  const fields = path.split('/').filter((f) => f !== 'en-GB' && f !== 'cy');
  return value.length <= (LIMITS[fields[fields.length - 1] ?? ''] ?? Infinity);
}

/**
 * A copy of a document with `value` in its free-text fields (those the schema makes with
 * `text()`, found through the schema). With `once`, only the first field of each kind gets it
 * (for the 100,000-character string); `only` limits which paths change.
 */
function hostileCopy<T>(schema: Parameters<typeof mapFreeText>[0], document: T, value: string, options: { once?: boolean; keep?: RegExp } = {}): T {
  const ids = recordIds(document);
  const done = new Set<string>();
  return mapFreeText(schema, document, (text, path) => {
    if (!fits(path, value) || options.keep?.test(path)) return text;
    if (options.once) {
      const kind = kindOf(path, ids);
      if (done.has(kind)) return text;
      done.add(kind);
    }
    return value;
  });
}

/**
 * The review with `value` in every free-text field (once per field kind with `once`). With
 * `staffNames: false` the names of lead officers and of who signed off are kept: redaction for
 * the public replaces a staff name wherever it appears in text, so a staff name equal to every
 * other field would leave nothing of `value` to see.
 */
export function hostileReview(review: Review, value: string, options: { once?: boolean; staffNames?: boolean } = {}): Review {
  return hostileCopy(reviewSchema, review, value, { ...options, ...(options.staffNames === false ? { keep: /\/(leadOfficer|signOff)\/name$/ } : {}) });
}

/** The form definition with `value` in every title, label, hint and option. */
export function hostileForm(form: FeedbackForm, value: string, options: { once?: boolean } = {}): FeedbackForm {
  return hostileCopy(feedbackFormSchema, form, value, options);
}

/** The worksheet with `value` in every field a person writes. */
export function hostileWorksheet(worksheet: LoopWorksheet, value: string, options: { once?: boolean } = {}): LoopWorksheet {
  return hostileCopy(loopWorksheetSchema, worksheet, value, options);
}

/** Responses with `value` as every free-text answer and every respondent's role; with `once`, only the first response to each form. */
export function hostileResponses(responses: readonly FeedbackResponse[], forms: readonly FeedbackForm[], value: string, options: { once?: boolean } = {}): FeedbackResponse[] {
  const freeText = new Set(forms.flatMap((f) => f.sections.flatMap((s) => s.questions.filter((q) => q.type === 'free-text').map((q) => `${f.id}/${q.id}`))));
  const first = new Set(forms.map((f) => responses.find((r) => r.formId === f.id)));
  return responses.map((r) => (options.once && !first.has(r) ? r : {
    ...r,
    answers: Object.fromEntries(Object.entries(r.answers).map(([q, answer]) => [q, freeText.has(`${r.formId}/${q}`) ? value : answer])),
    ...(r.respondent ? { respondent: { ...r.respondent, ...(value.length <= 200 ? { role: value } : {}) } } : {}),
  }));
}

/**
 * The review with record ids, references and agency codes that shadow object properties or
 * clobber the DOM (`constructor`, `toString`, `location`…), where the id pattern allows them.
 * `__proto__` is not among them: ids must start with a letter or digit.
 */
export function clobberingReview(review: Review): Review {
  const renames = new Map<string, string>();
  const take = <T extends { id: string }>(records: readonly T[], count: number = CLOBBER_IDS.length) => {
    records.slice(0, count).forEach((r, i) => renames.set(r.id, CLOBBER_IDS[i]!));
  };
  // Each collection gets the names in turn; ids are unique only within a collection, so the same name in two collections is allowed.
  take(review.agencies);
  take(review.chronology);
  take(review.keyPracticeEpisodes);
  take(review.contributoryFactors);
  take(review.patterns);
  take(review.findings);
  take(review.recommendations);
  take(review.actions);
  take(review.subjects, 2);
  const rename = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key && (key === 'id' || key.endsWith('Id') || key.endsWith('Ids')) && renames.has(value) ? renames.get(value) : value;
    if (Array.isArray(value)) return value.map((v) => rename(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, k)]));
    return value;
  };
  const renamed = rename(review) as Review;
  const codes = ['CONSTRUCTOR', 'TOSTRING', 'VALUEOF', 'HASOWNPROP', 'LOCATION', 'PROTOTYPE'];
  return { ...renamed, agencies: renamed.agencies.map((a, i) => (i < codes.length ? { ...a, code: codes[i]! } : a)) };
}

/** The kinds of free-text field a document has filled in ("chronology/*\/event", "actions/*\/signOff/note"…). */
export function freeTextKinds<T>(schema: Parameters<typeof mapFreeText>[0], document: T): Set<string> {
  const ids = recordIds(document);
  const kinds = new Set<string>();
  mapFreeText(schema, document, (text, path) => {
    kinds.add(kindOf(path, ids));
    return text;
  });
  return kinds;
}

/**
 * A smaller copy of a review with every kind of free-text field the whole one has: the sweep
 * puts the same string in every field, so a hundred entries show no more than a few, and a
 * small review draws much faster. Records are kept with everything they refer to.
 */
export function smallReview(review: Review): Review {
  // Actions with every optional part between them (description, evidence with a link, notes,
  // milestones, impact reviews, a sign-off, a reason for stopping), and one in each early status.
  const actions: Review['actions'] = [];
  const want = (test: (a: Review['actions'][number]) => boolean) => {
    const found = review.actions.find(test);
    if (found && !actions.includes(found)) actions.push(found);
  };
  want((a) => Boolean(a.signOff?.name && a.description && a.evidence.some((e) => e.link) && a.reviewPoints.some((p) => p.summary)));
  want((a) => Boolean(a.leadOfficer.name && a.milestones.length));
  want((a) => Boolean(a.statusRationale));
  for (const status of ['draft', 'agreed', 'in-progress', 'completed', 'evidenced'] as const) want((a) => a.status === status);
  const recommendationIds = new Set(actions.map((a) => a.recommendationId));
  const recommendations = review.recommendations.filter((r) => recommendationIds.has(r.id));
  const findingIds = new Set(recommendations.flatMap((r) => r.findingIds));
  const findings = review.findings.filter((f) => findingIds.has(f.id));
  const patternIds = new Set(findings.flatMap((f) => f.patternIds));
  const patterns = review.patterns.filter((p) => patternIds.has(p.id));
  const factorIds = new Set([...patterns.flatMap((p) => p.factorIds), ...review.contributoryFactors.slice(0, 3).map((f) => f.id)]);
  // Entries with every optional field between them, and the first few.
  const entries = new Set(review.chronology.slice(0, 6).map((c) => c.id));
  for (const field of ['actionTaken', 'outcome', 'practitionerRole'] as const) {
    const found = review.chronology.find((c) => c[field] !== undefined);
    if (found) entries.add(found.id);
  }
  const factors = review.contributoryFactors
    .filter((f) => factorIds.has(f.id))
    .map((f) => ({ ...f, evidence: f.evidence.filter((e) => entries.has(e.entryId)) }));
  // A factor whose evidence all went keeps one entry of it, with its note.
  for (const f of review.contributoryFactors.filter((x) => factorIds.has(x.id))) {
    const noted = f.evidence.find((e) => e.note);
    if (noted && !entries.has(noted.entryId)) {
      entries.add(noted.entryId);
      factors.find((x) => x.id === f.id)!.evidence.push(noted);
      break;
    }
  }
  const actionIds = new Set(actions.map((a) => a.id));
  return {
    ...review,
    chronology: review.chronology.filter((c) => entries.has(c.id)),
    contributoryFactors: factors,
    patterns,
    findings,
    recommendations,
    actions,
    learningEvents: review.learningEvents.map((e) => ({ ...e, raised: e.raised.map((r) => ({ ...r, actionIds: r.actionIds.filter((id) => actionIds.has(id)) })) })),
  };
}

/**
 * The corpus packed into values no longer than `limit`, for typing: each value holds whole
 * strings of the corpus, joined by `separator`, so a few values carry all of it.
 */
export function corpusChunks(limit: number, separator = ' '): { readonly value: string; readonly pieces: readonly HostileString[] }[] {
  const chunks: { value: string; pieces: HostileString[] }[] = [];
  for (const hostile of CORPUS) {
    const last = chunks[chunks.length - 1];
    if (last && last.value.length + separator.length + hostile.value.length <= limit) {
      last.value += separator + hostile.value;
      last.pieces.push(hostile);
    } else chunks.push({ value: hostile.value, pieces: [hostile] });
  }
  return chunks;
}

/** Text as the SDK's redaction keeps it: one Unicode form, no invisible characters (except a joiner between emoji). */
export function published(text: string): string {
  return text.normalize('NFC').replace(/[\u00AD\u200B\u200C\u2060\uFEFF]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu, '');
}

/**
 * Text as a person sees it, for comparing what was typed with what is drawn: direction
 * controls left out (the SDK balances them, and `bidiLeaks` checks what they do), half
 * surrogate pairs as the replacement character (a form's data carries only whole characters),
 * invisible characters left out and one Unicode form (as a copy for the public keeps text),
 * runs of white space as one space.
 */
export function visible(text: string): string {
  return norm(published(text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/[\uD800-\uDFFF]/gu, '\uFFFD')));
}
