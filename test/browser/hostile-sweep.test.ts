// The hostile-input sweep: every string of the corpus (test/helpers/hostile-corpus.ts) through
// every text field of every component, from the review data and from the keyboard. Nothing
// may run, no element may be injected, the text must show as text, and nothing may crash.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import {
  MemoryStore,
  answerTo,
  answersToSend,
  balanceBidi,
  parseFeedbackForm,
  parseFeedbackResponse,
  parseReview,
  reviewSchema,
  textScanner,
  type FeedbackForm,
  type LoopWorksheet,
  type Review,
} from '@slk/sdk';
import { childJResponses, childJReview, childJWorksheetsInput, eventEvaluationForm, followUpForm, physicalInterventionWorksheet, SAMPLE_TODAY } from '@slk/sdk/fixtures';
import {
  CLOBBER_IDS,
  CORPUS,
  CORPUS_WITH_LONG,
  LONG,
  LONG_HEAD,
  RLO,
  bidiLeaks,
  clobbered,
  clobberingReview,
  corpusChunks,
  deepElements,
  deepText,
  findInjected,
  freeTextKinds,
  hasLoneSurrogate,
  hostileForm,
  hostileResponses,
  hostileReview,
  hostileWorksheet,
  norm,
  schemeOf,
  smallReview,
  visible,
  watch,
  type HostileString,
  type Spy,
} from '../helpers/hostile-corpus.js';
import { settled, until } from '../helpers/settle.js';
import { normaliseText } from '../../packages/sdk/src/exchange/scan.js';
import { excerpt, sliceText } from '../../packages/components/src/internal/forms.js';
import { hashParams } from '../../packages/components/src/internal/review-view.js';
import '../../packages/components/src/review/define.js';
import '../../packages/components/src/review-timeline/define.js';
import '../../packages/components/src/factor-map/define.js';
import '../../packages/components/src/action-tracker/define.js';
import '../../packages/components/src/feedback-form/define.js';
import '../../packages/components/src/feedback-summary/define.js';
import '../../packages/components/src/loop-worksheet/define.js';
import '../../packages/components/src/practice-briefing/define.js';
import '../../packages/components/src/language-switch/define.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const click = (target: Element | null | undefined) => target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
const forms: readonly FeedbackForm[] = [eventEvaluationForm, followUpForm];

let spy: Spy;
/** The test page's own elements (its scripts), which are not the components'. */
let pageElements: ReadonlySet<Element>;

/** Nothing ran, nothing was injected or clobbered, nothing crashed. */
async function expectHarmless(where: string): Promise<void> {
  // A frame for an injected image to fail to load and fire its handler.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(spy.ran, `payloads that ran (${where})`).to.deep.equal([]);
  expect(spy.errors, `crashes (${where})`).to.deep.equal([]);
  expect(findInjected(document, { allowed: pageElements }), `injected (${where})`).to.deep.equal([]);
  expect(clobbered(), `clobbered (${where})`).to.deep.equal([]);
}

/**
 * What a scene has shown so far, checked at each step. Harm (a payload that ran, an element
 * injected, a crash) fails at once; how the text shows is gathered over the scene, so one run
 * lists every place at fault.
 */
class Seen {
  private readonly texts: string[] = [];
  private readonly faults: string[] = [];
  constructor(private readonly hostile: HostileString) {}

  private readonly messages: string[] = [];

  /** Checks the page now and remembers what `root` shows. */
  async at(root: Element, where: string): Promise<void> {
    await settled(root);
    await expectHarmless(where);
    const text = deepText(root);
    this.texts.push(text);
    this.messages.push(...errorMessages(root));
    if (!hasLoneSurrogate(this.hostile.value) && hasLoneSurrogate(text)) this.faults.push(`half a surrogate pair in the text (${where})`);
    // Only text that went through the SDK is balanced; the unparsed 100,000-character review is not.
    if (this.hostile.id !== 'long') for (const leak of bidiLeaks(root, [this.hostile.value, balanceBidi(norm(this.hostile.value))])) this.faults.push(`${leak} (${where})`);
  }

  /** The hostile string, or for the long one its readable start, was shown as text, and nothing was at fault. */
  expectShown(): void {
    const all = norm(this.texts.join('\n'));
    const long = this.hostile.id === 'long';
    const shown = long ? [LONG_HEAD] : asStored(this.hostile.value);
    // Only the 100,000-character string may be refused instead, by a message that does not repeat it.
    if (!shown.some((s) => all.includes(s)) && !(long && this.messages.length)) this.faults.push(`"${this.hostile.id}" not shown as text${long ? ' and not refused with a message' : ''}`);
    // Messages may name a question whose label is hostile; a refusal of the data must not repeat it.
    if (long) for (const message of this.messages) if (echoes(message, this.hostile.value)) this.faults.push(`a message repeats the value: "${[...message].slice(0, 80).join('')}"`);
    expect([...new Set(this.faults)]).to.deep.equal([]);
  }
}

/**
 * How a value may read once the kit has it: as typed; as the SDK stores text (trimmed,
 * direction controls balanced); and as a copy redacted for the panel or the public reads it
 * (invisible characters removed, one Unicode form).
 */
function asStored(value: string): string[] {
  const stored = balanceBidi(value.trim());
  return [...new Set([value, stored, normaliseText(stored)].map(norm))];
}

/** The text of every error message and error summary under `root`, shadow roots included. */
function errorMessages(root: Element): string[] {
  return deepElements(root)
    .filter((el) => el.matches('[role="alert"], .error-summary, .error-message, .message--error'))
    .map((el) => norm(deepText(el)))
    .filter(Boolean);
}

/** Whether a message holds the value, or a recognisable piece of it. */
function echoes(message: string, value: string): boolean {
  const wanted = norm(value);
  if (!wanted) return false;
  if (wanted.length <= 24) return message.includes(wanted);
  // A long value: any 24 characters of it from its start, middle or end.
  return [0, Math.floor(wanted.length / 2), wanted.length - 24].some((at) => message.includes(wanted.slice(at, at + 24)));
}

/** The component still answers: a change of its label reaches its region. */
async function expectResponsive(el: LitElement & { label?: string }): Promise<void> {
  el.label = 'Still responding';
  await settled(el);
  expect($(el, '[part~="base"]')?.getAttribute('aria-label')).to.equal('Still responding');
}

async function show<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

const print = async (root: Element, seen: Seen, where: string) => {
  window.dispatchEvent(new Event('beforeprint'));
  await seen.at(root, `${where}, printing`);
  window.dispatchEvent(new Event('afterprint'));
  await settled(root);
};

// --- The scenes: each component shown with hostile data, and walked through its views ------------

interface Data {
  readonly review: Review;
  readonly hostile: HostileString;
}

/** A small copy of the sample with every kind of free-text field (see smallReview). */
const sample = smallReview(childJReview);

/**
 * The sample review with the hostile string in every free-text field, as a host passes it to an
 * element: parsed by the SDK (text trimmed, direction controls balanced). The 100,000-character
 * string makes no valid review, so it goes in unparsed, as code that skips validation would
 * pass it: then the element must show it or refuse it, never crash.
 */
function dataFor(hostile: HostileString, staffNames = true): Data {
  const raw = hostileReview(sample, hostile.value, { once: hostile.id === 'long', staffNames });
  return { hostile, review: hostile.id === 'long' ? raw : valid(parseReview(raw), (r) => r.review) };
}

/** What an SDK parse gave, or a failed test that says which fields the hostile copy got wrong. */
function valid<R extends { readonly ok: boolean }, T>(result: R, pick: (ok: Extract<R, { ok: true }>) => T): T {
  if (!result.ok) throw new Error(`A hostile copy is not valid: ${(result as unknown as { errors: { path: string }[] }).errors.map((e) => e.path).join(', ')}`);
  return pick(result as Extract<R, { ok: true }>);
}

/** A kit element whose properties a scene sets. */
type Kit = LitElement & Record<string, unknown>;

/**
 * One component in the sweep. `make` draws it once for every string of the corpus (drawing it
 * afresh each time costs more than the checks); `walk` gives it one string's data and goes
 * through its views. A scene without `make` draws its own element each time, because what it
 * shows depends on state kept between documents (drafts, the step reached).
 */
interface Scene {
  readonly make?: () => TemplateResult;
  readonly walk: (el: Kit | undefined, data: Data, seen: Seen) => Promise<void>;
}

const SCENES: Record<string, Scene> = {
  'slk-review-timeline': {
    make: () => html`<slk-review-timeline></slk-review-timeline>`,
    walk: async (el, { review }, seen) => {
      Object.assign(el!, { view: 'list', review });
      await seen.at(el!, 'the list');
      el!['view'] = 'lanes';
      await seen.at(el!, 'the lanes');
      click($(el!, '[data-item]'));
      await seen.at(el!, 'the chosen entry');
      await print(el!, seen, 'the timeline');
      await expectResponsive(el!);
    },
  },
  'slk-factor-map': {
    make: () => html`<slk-factor-map></slk-factor-map>`,
    walk: async (el, { review }, seen) => {
      Object.assign(el!, { view: 'tree', review });
      await seen.at(el!, 'the tree');
      click($(el!, '.tree [data-key^="factor:"]'));
      await seen.at(el!, 'a factor’s details');
      el!['view'] = 'map';
      await seen.at(el!, 'the levels map');
      click($(el!, '.map [data-key^="pattern:"]'));
      await seen.at(el!, 'a pattern’s details');
      Object.assign(el!, { view: 'fishbone', fishboneFor: `finding:${review.findings[0]!.id}` });
      await seen.at(el!, 'the fishbone');
      await print(el!, seen, 'the factor map');
      await expectResponsive(el!);
    },
  },
  'slk-action-tracker': {
    make: () => html`<slk-action-tracker today=${SAMPLE_TODAY}></slk-action-tracker>`,
    walk: async (el, { review }, seen) => {
      Object.assign(el!, { view: 'table', review });
      await seen.at(el!, 'the table');
      // The action with the most to show: evidence, notes, milestones, impact reviews, sign-off.
      const richest = [...review.actions].sort((a, b) => score(b) - score(a))[0]!;
      click($(el!, `tr[data-id="${richest.id}"] .row-title`));
      await until(() => Boolean($(el!, 'dialog.details-dialog[open]')), 'the details');
      await seen.at(el!, 'an action’s details');
      click($(el!, '.details__close'));
      // And one stopped, for the reason recorded with it.
      const stopped = review.actions.find((a) => a.statusRationale)!;
      await settled(el!);
      click($(el!, `tr[data-id="${stopped.id}"] .row-title`));
      await until(() => norm($(el!, 'dialog.details-dialog[open] .details__title')?.textContent) === norm(stopped.title) || (stopped.title.length > 500 && Boolean($(el!, 'dialog.details-dialog[open]'))), 'the stopped action’s details');
      await seen.at(el!, 'a stopped action’s details');
      click($(el!, '.details__close'));
      el!['view'] = 'board';
      await seen.at(el!, 'the board');
      await print(el!, seen, 'the action plan');
      await expectResponsive(el!);
    },
  },
  'slk-feedback-summary': {
    make: () => html`<slk-feedback-summary></slk-feedback-summary>`,
    walk: async (el, { review, hostile }, seen) => {
      const long = hostile.id === 'long';
      const hostileForms = forms.map((f) => (long ? hostileForm(f, hostile.value, { once: true }) : valid(parseFeedbackForm(hostileForm(f, hostile.value)), (r) => r.form)));
      const responses = hostileResponses(childJResponses, forms, hostile.value).map((r) => (long ? r : valid(parseFeedbackResponse(r), (p) => p.response)));
      Object.assign(el!, { review, forms: hostileForms, responses });
      await seen.at(el!, 'the summary');
      await expectResponsive(el!);
    },
  },
  'slk-loop-worksheet': {
    make: () => html`<slk-loop-worksheet mode="group" facilitator today=${SAMPLE_TODAY} .drafts=${new MemoryStore()}></slk-loop-worksheet>`,
    walk: async (el, { hostile }, seen) => {
      // A worksheet of its own for each string (drafts are kept by worksheet id), opening at its first step.
      const worksheet = hostileWorksheet(
        { ...physicalInterventionWorksheet, id: `ws-${hostile.id}`, status: 'draft', showAuthors: true, contributions: [{ id: 'h1', section: 'defensive', text: 'x', author: 'y' }, { id: 'h2', section: 'double', text: 'x' }] },
        hostile.value,
        { once: hostile.id === 'long' },
      );
      el!['worksheet'] = worksheet;
      await until(() => (el!['value'] as LoopWorksheet | undefined)?.id === worksheet.id && Boolean($(el!, '.steps__button')), 'the worksheet');
      await seen.at(el!, 'the subject');
      // The steps with contributions (the defensive response, double loop), and the finished
      // worksheet, which shows every answer; the other steps show the same answers in their boxes.
      const steps = $$<HTMLButtonElement>(el!, '.steps__button');
      for (const i of [1, 3, steps.length - 1]) {
        steps[i]!.click();
        await seen.at(el!, `step ${i + 1}`);
      }
      await expectResponsive(el!);
    },
  },
  'slk-practice-briefing': {
    make: () => html`<slk-practice-briefing today=${SAMPLE_TODAY} .drafts=${new MemoryStore()}></slk-practice-briefing>`,
    walk: async (el, { hostile }, seen) => {
      // Staff names are the public copy's to replace wherever they appear: they keep their own.
      Object.assign(el!, { variant: 'practice', review: dataFor(hostile, false).review });
      await until(() => Boolean($(el!, '.preview .paper')) || Boolean($(el!, '[part="message"]')), 'the briefing');
      await seen.at(el!, 'the briefing');
      const edit = $(el!, '.section-control button[aria-controls]');
      if (edit?.getAttribute('aria-expanded') === 'false') edit.click();
      await seen.at(el!, 'the section editor');
      el!['variant'] = 'you-said-we-did';
      await seen.at(el!, 'you said, we did');
      await expectResponsive(el!);
    },
  },
  'slk-feedback-form': {
    walk: async (_el, { hostile }, seen) => {
      const definition = hostile.id === 'long' ? hostileForm(eventEvaluationForm, hostile.value, { once: true }) : hostileForm(eventEvaluationForm, hostile.value);
      const el = await show<Kit>(html`<slk-feedback-form layout="single" today=${SAMPLE_TODAY} .definition=${definition} .drafts=${new MemoryStore()}></slk-feedback-form>`);
      await seen.at(el, 'the questions');
      $$<HTMLButtonElement>(el, 'button').find((b) => norm(b.textContent) === 'Continue')?.click();
      await seen.at(el, 'check your answers');
    },
  },
};

function score(action: Review['actions'][number]): number {
  return action.evidence.length + action.progressNotes.length + action.milestones.length + action.reviewPoints.filter((p) => p.summary).length + (action.signOff ? 3 : 0) + (action.impactMeasure ? 1 : 0);
}

// --- Typing: every text box of every form, then save -------------------------------------------

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Sets a control's value as typing leaves it, and tells the component; returns what it holds (a one-line box drops line breaks). */
function typeInto(control: TextControl, value: string): string {
  control.focus();
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  return control.value;
}

function controlIn(form: ParentNode, name: string): TextControl {
  const control = form.querySelector<TextControl>(`[name="${name}"]`);
  expect(control, `a text box named ${name}`).to.not.equal(null);
  return control!;
}

/** The text at `a.b` of a record, or '' when there is none. */
function textAt(record: unknown, path: string): string {
  const value = path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), record);
  return typeof value === 'string' ? value : '';
}

/** A form a person can type into, and where what they typed ends up. */
interface TypedForm {
  /** Opens a fresh copy of the form and returns it. */
  readonly open: () => Promise<HTMLFormElement>;
  /** Its text boxes, by name, with the most each field holds. */
  readonly fields: Readonly<Record<string, number>>;
  /** Fills in what the form needs besides text (a date, a choice). */
  readonly prepare?: (form: HTMLFormElement) => void;
  /** The record as stored. */
  readonly stored: () => Promise<unknown>;
  /** The element that shows what was saved. */
  readonly shows: Element;
  /** Fields stored but, by design, not shown. */
  readonly hidden?: readonly string[];
}

/** Clicks Save; resolves to the error summary when the form refuses, or undefined once it has closed. */
async function save(form: HTMLFormElement): Promise<HTMLElement | undefined> {
  const dialog = form.closest('dialog');
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  let summary: HTMLElement | null = null;
  await until(() => Boolean((summary = form.querySelector<HTMLElement>('.error-summary'))) || !form.isConnected || (dialog !== null && !dialog.open), 'the form to save or refuse');
  return summary ?? undefined;
}

/**
 * Types the whole corpus into a form, saves it, and checks each time: nothing ran or was
 * injected, every string was stored as typed and is shown as text, and no override reaches
 * past the text it is in. A long box takes the whole corpus each time, one string to a line;
 * the short boxes (200 characters) share it out, a few strings each time, so that between them
 * they have all of it in as few saves as can be.
 */
async function typeCorpus(f: TypedForm, label: string): Promise<void> {
  const names = Object.keys(f.fields);
  const short = names.filter((n) => f.fields[n]! <= 200);
  const shortChunks = corpusChunks(200);
  const whole = corpusChunks(5000, '\n');
  const rounds = short.length ? Math.ceil(shortChunks.length / short.length) : 1;
  for (let round = 0; round < rounds; round++) {
    const form = await f.open();
    f.prepare?.(form);
    const typed = Object.fromEntries(names.map((n) => [n, short.includes(n) ? shortChunks[(short.indexOf(n) * rounds + round) % shortChunks.length]! : whole[0]!]));
    for (const n of names) typeInto(controlIn(form, n), typed[n]!.value);
    const refused = await save(form);
    expect(refused ? norm(refused.textContent) : '', `${label}: refused round ${round + 1}`).to.equal('');
    await settled(f.shows);
    await expectHarmless(`${label}, round ${round + 1}`);
    const stored = await f.stored();
    // What is drawn, not what a text box still holds.
    const shown = visible(deepText(f.shows, { controls: false }));
    for (const n of names) {
      const value = textAt(stored, n);
      for (const piece of typed[n]!.pieces) {
        expect(visible(value), `${label}: ${n} stores ${piece.id}`).to.include(visible(piece.value));
        if (!f.hidden?.includes(n)) expect(shown.includes(visible(piece.value)), `${label}: ${n} shows ${piece.id} as text`).to.equal(true);
      }
    }
    expect(bidiLeaks(f.shows, names.map((n) => textAt(stored, n))), `${label}: overrides reaching past the text`).to.deep.equal([]);
  }
}

/** Types the 100,000-character string into every box of a form: it is refused, with messages that do not repeat it, and nothing is stored. */
async function refuseLong(f: TypedForm, label: string): Promise<void> {
  const before = JSON.stringify(await f.stored());
  const form = await f.open();
  f.prepare?.(form);
  for (const n of Object.keys(f.fields)) typeInto(controlIn(form, n), LONG);
  const summary = await save(form);
  expect(summary, `${label}: refused`).to.not.equal(undefined);
  await settled(f.shows);
  await expectHarmless(`${label}, 100,000 characters`);
  const messages = errorMessages(f.shows);
  expect(messages.length, `${label}: messages`).to.be.greaterThan(0);
  for (const message of messages) expect(echoes(message, LONG), `${label}: a message repeats the value`).to.equal(false);
  expect(JSON.stringify(await f.stored()), `${label}: nothing stored`).to.equal(before);
  // Cancel, so the next form starts afresh.
  [...form.querySelectorAll<HTMLButtonElement>('button')].find((b) => /^(Cancel|Close)$/.test(norm(b.textContent)))?.click();
  await settled(f.shows);
}

/** A kit element inside `<slk-review>` with the small sample in a memory store. */
async function provided(inner: TemplateResult, review: Review = sample): Promise<{ provider: Kit; store: MemoryStore }> {
  const store = new MemoryStore();
  await store.putReview(review, { expectedRevision: null });
  const provider = await show<Kit>(html`<slk-review review-id=${review.id} .store=${store}>${inner}</slk-review>`);
  return { provider, store };
}

describe('hostile-input sweep', () => {
  before(() => {
    spy = watch();
    pageElements = new Set(deepElements(document));
  });
  after(() => spy.remove());
  beforeEach(() => spy.reset());

  describe('the corpus and the checks', () => {
    it('has every kind of hostile string, and a 100,000-character one', () => {
      expect(CORPUS_WITH_LONG.find((h) => h.id === 'long')!.value).to.have.length(100_000);
      for (const h of CORPUS) expect(h.value.length, h.id).to.be.at.most(200);
      expect(new Set(CORPUS.map((h) => h.id)).size).to.equal(CORPUS.length);
    });

    it('sees a payload that runs, an injected element and an event handler attribute', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const img = document.createElement('img');
      img.setAttribute('onerror', `__slkPwned('control')`);
      // An image that fails without asking the test server for it.
      img.src = 'data:image/png;base64,AAAA';
      root.append(img);
      await until(() => spy.ran.length > 0, 'the control payload to run');
      expect(spy.ran).to.deep.equal(['control']);
      expect(findInjected(host).join(' ')).to.include('event handler attribute onerror');
      // Made in a document with no window, so it loads nothing.
      const payloadImage = document.implementation.createHTMLDocument('').createElement('img');
      payloadImage.setAttribute('src', 'x');
      expect(findInjected(payloadImage).join(' ')).to.include('the payload\'s image');
      const link = document.createElement('a');
      link.href = [' \tJaVa', 'ScRiPt:void(0)'].join('\n');
      root.append(link);
      expect(findInjected(host).join(' ')).to.include('a javascript: address in href');
      host.remove();
      spy.reset();
    });

    it('tells isolated review text from text an override can reorder, as Chromium draws it', async () => {
      const value = CORPUS.find((h) => h.id === 'rlo')!.value;
      const breakout = CORPUS.find((h) => h.id === 'bidi-breakout')!.value;
      const host = await fixture<HTMLDivElement>(html`<div>
        <p class="plain">Source: ${value} kit words</p>
        <p class="bdi">Source: <bdi>${value}</bdi> kit words</p>
        <p class="chars">Source: ${`\u2068${value}\u2069`} kit words</p>
        <p class="breakout">Source: <bdi>${breakout}</bdi> kit words</p>
      </div>`);
      // Drawn right to left, "kit" has its k to the right of its t.
      const reversed = (p: Element) => {
        const text = [...p.childNodes].filter((n): n is Text => n instanceof Text).find((t) => t.data.includes('kit'))!;
        const at = text.data.indexOf('kit');
        const x = (i: number) => {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          return range.getBoundingClientRect().left;
        };
        return x(at) > x(at + 2);
      };
      const leaks = (p: Element) => bidiLeaks(p, [value, breakout]).length > 0;
      for (const [name, expected] of [['plain', true], ['bdi', false], ['chars', false]] as const) {
        const p = host.querySelector(`.${name}`)!;
        expect(reversed(p), `${name} drawn reversed`).to.equal(expected);
        expect(leaks(p), `${name} reported`).to.equal(expected);
      }
      // The check and the drawing agree on a review string that closes the isolate around it.
      const breakoutP = host.querySelector('.breakout')!;
      expect(leaks(breakoutP), 'breakout reported').to.equal(reversed(breakoutP));
    });

    it('sweeps a small sample with every kind of free-text field the whole sample has', () => {
      const all = freeTextKinds(reviewSchema, childJReview);
      const kept = freeTextKinds(reviewSchema, sample);
      expect([...all].filter((k) => !kept.has(k))).to.deep.equal([]);
      expect(sample.chronology.length).to.be.below(childJReview.chronology.length);
    });

    it('fits the hostile data to the schema: every variant of the sample review is valid', () => {
      for (const h of CORPUS) {
        const parsed = parseReview(hostileReview(sample, h.value));
        expect(parsed.ok, `${h.id}: ${parsed.ok ? '' : parsed.errors.map((e) => e.path).join(', ')}`).to.equal(true);
      }
    });
  });

  describe('what the sweep found, fixed', () => {
    it('redaction: a staff name inside its own role is replaced once, not again on every pass', () => {
      // "Head" was replaced by "Head of Health Visiting", which holds "Head" again: fifty passes
      // grew the text fifty-fold, and a role holding two of the name's words doubled it each pass.
      const scan = (role: string, text: string) => textScanner({ staff: [{ name: 'Alex Head', role }], staffNames: 'roles', dates: 'month', locale: 'en-GB' }).scan(text).text;
      expect(scan('Head of Health Visiting', 'Notes from Head about the visit.')).to.equal('Notes from [name removed] about the visit.');
      const started = performance.now();
      expect(scan('Head of Head Office, Alex Head', 'Head and Alex Head met.')).to.have.length.below(80);
      expect(performance.now() - started).to.be.below(1000);
      expect(scan('Health visitor', 'Notes from Head.')).to.equal('Notes from Health visitor.');
    });

    it('redaction: keeps the joiner that makes an emoji sequence one picture, and removes it from words', () => {
      const emoji = CORPUS.find((h) => h.id === 'emoji')!.value;
      expect(normaliseText(emoji)).to.equal(emoji);
      expect(normaliseText('Je\u200Dsse, Jes\u00ADse')).to.equal('Jesse, Jesse');
    });

    it('the SDK closes what a text’s direction controls open, and drops closers that close nothing of its own', () => {
      expect(balanceBidi('plain')).to.equal('plain');
      expect(balanceBidi(`Report ${RLO}fdp.exe`)).to.equal(`Report ${RLO}fdp.exe\u202C`);
      expect(balanceBidi(`Child J\u2069\u202C\u2069${RLO}gnp.exe`)).to.equal(`Child J${RLO}gnp.exe\u202C`);
      expect(balanceBidi('a\u2067b\u202Ec\u2069d')).to.equal('a\u2067b\u202Ec\u2069d');
      expect(balanceBidi(`x${RLO}y\nz`)).to.equal(`x${RLO}y\u202C\nz`);
      const parsed = parseReview({ ...sample, title: ` Report ${RLO}fdp.exe ` });
      expect(parsed.ok && parsed.review.title).to.equal(`Report ${RLO}fdp.exe\u202C`);
    });

    it('a cut never splits a surrogate pair, and closes an override it cut short', () => {
      const cut = excerpt('👍'.repeat(10), 6);
      expect(hasLoneSurrogate(cut), cut).to.equal(false);
      expect(cut.endsWith('…')).to.equal(true);
      expect(excerpt(`${RLO}${'x'.repeat(20)}\u202C`, 10)).to.equal(`${RLO}${'x'.repeat(8)}\u202C…`);
      expect(sliceText('a👍', 2)).to.equal('a');
    });

    it('a malformed escape in the address is no state, not an exception', () => {
      expect([...hashParams('timeline', 'timeline=%E0%A4%A')]).to.deep.equal([]);
      expect(hashParams('timeline', `timeline=${encodeURIComponent('q=a b')}`).get('q')).to.equal('a b');
    });

    it('an answer is the record’s own: a question called constructor or valueOf is not answered by Object.prototype', () => {
      expect(answerTo({}, 'constructor')).to.equal(undefined);
      expect(answerTo({ valueOf: 3 }, 'valueOf')).to.equal(3);
      const form = valid(parseFeedbackForm({ ...eventEvaluationForm, sections: [{ id: 's', title: { 'en-GB': 'S' }, questions: [{ id: 'valueOf', type: 'rating', required: true, label: { 'en-GB': 'Rate it' }, min: 1, max: 5, minLabel: { 'en-GB': 'Low' }, maxLabel: { 'en-GB': 'High' } }] }] }), (r) => r.form);
      expect(answersToSend(form, {})).to.deep.equal({});
    });
  });

  describe('the 100,000-character string in the data', () => {
    const long = CORPUS_WITH_LONG.find((h) => h.id === 'long')!;
    const raw = hostileReview(sample, long.value, { once: true });

    /** No message repeats the string; returns the messages. */
    const expectNoEcho = (root: Element): string[] => {
      const messages = errorMessages(root);
      for (const message of messages) expect(echoes(message, long.value), `message repeats the value: ${[...message].slice(0, 80).join('')}`).to.equal(false);
      return messages;
    };

    it('is refused by <slk-review>, which lists the fields by path, and every element inside says why it shows nothing', async () => {
      const provider = await show<Kit>(html`<slk-review .review=${raw}>
        <slk-review-timeline></slk-review-timeline><slk-factor-map></slk-factor-map><slk-action-tracker today=${SAMPLE_TODAY}></slk-action-tracker>
        <slk-feedback-summary></slk-feedback-summary><slk-practice-briefing today=${SAMPLE_TODAY} .drafts=${new MemoryStore()}></slk-practice-briefing>
      </slk-review>`);
      await expectHarmless('the provider');
      const messages = expectNoEcho(provider);
      expect(messages.join(' ')).to.include('The review file has problems');
      expect(shadow(provider).querySelectorAll('.status__errors code').length).to.be.greaterThan(0);
      for (const child of provider.children) {
        expect(norm(deepText(child)), child.localName).to.match(/cannot be (shown|made) because the review did not load/);
        expect(norm(deepText(child))).to.not.include(LONG_HEAD);
      }
      await expectResponsive(provider.querySelector<Kit>('slk-review-timeline')!);
    });

    it('is refused, not a crash, by an element given it from code without validation', async () => {
      // Redacting it for the public builds a pattern from a 100,000-character staff name that is
      // too big to run: the briefing used to throw while drawing.
      const el = await show<Kit>(html`<slk-practice-briefing today=${SAMPLE_TODAY} .review=${raw} .drafts=${new MemoryStore()}></slk-practice-briefing>`);
      await expectHarmless('the briefing');
      expect(expectNoEcho(el).join(' ')).to.include('The review file has problems');
      await expectResponsive(el);
    });

    it('is refused by <slk-loop-worksheet> and <slk-feedback-form>, which validate what they are given', async () => {
      const worksheet = hostileWorksheet(physicalInterventionWorksheet, long.value, { once: true });
      const ws = await show<Kit>(html`<slk-loop-worksheet today=${SAMPLE_TODAY} .worksheet=${worksheet} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
      await until(() => Boolean($(ws, '.message--error')), 'the refusal');
      await expectHarmless('the worksheet');
      expect(expectNoEcho(ws).join(' ')).to.include('This worksheet cannot be shown');
      const form = await show<Kit>(html`<slk-feedback-form .definition=${hostileForm(eventEvaluationForm, long.value, { once: true })} .drafts=${new MemoryStore()}></slk-feedback-form>`);
      await expectHarmless('the form');
      expect(expectNoEcho(form).join(' ')).to.include('This form cannot be shown');
    });

    it('as a free-text answer, is shown by <slk-feedback-summary> as text or refused, never echoed in a message', async () => {
      const responses = hostileResponses(childJResponses, forms, long.value, { once: true });
      const seen = new Seen(long);
      const el = await show<Kit>(html`<slk-feedback-summary .review=${childJReview} .responses=${responses}></slk-feedback-summary>`);
      await seen.at(el, 'the summary');
      seen.expectShown();
      await expectResponsive(el);
    });
  });

  describe('a worksheet on a finding, pattern or episode of a hostile review', () => {
    it('shows the subject’s title and summary as text', async () => {
      // Every string of the corpus at once, a line each, in the summaries; a few in the titles.
      const whole = corpusChunks(5000, '\n')[0]!;
      const titles = corpusChunks(200);
      const review = valid(
        parseReview({
          ...sample,
          findings: sample.findings.map((f, i) => ({ ...f, title: titles[i % titles.length]!.value, summary: whole.value })),
          patterns: sample.patterns.map((p, i) => ({ ...p, title: titles[(i + 3) % titles.length]!.value, description: whole.value })),
          keyPracticeEpisodes: sample.keyPracticeEpisodes.map((k, i) => ({ ...k, title: titles[(i + 6) % titles.length]!.value, summary: whole.value, atTheTime: whole.value })),
        }),
        (r) => r.review,
      );
      for (const subject of [`finding:${review.findings[0]!.id}`, `pattern:${review.patterns[0]!.id}`, `kpe:${review.keyPracticeEpisodes[0]!.id}`]) {
        const provider = await show<Kit>(html`<slk-review .review=${review}><slk-loop-worksheet subject=${subject} today=${SAMPLE_TODAY}></slk-loop-worksheet></slk-review>`);
        const el = provider.querySelector<Kit>('slk-loop-worksheet')!;
        await until(() => Boolean($(el, '.steps__button')), 'the worksheet');
        await settled(el);
        await expectHarmless(subject);
        const shown = visible(deepText(el, { controls: false }));
        // The summary is cut to a few hundred characters: its first lines show.
        for (const piece of whole.pieces.slice(0, 3)) expect(shown.includes(visible(piece.value)), `${subject} shows ${piece.id}`).to.equal(true);
        // No half of a surrogate pair but the one the corpus brought.
        expect(hasLoneSurrogate(deepText(el).split(CORPUS.find((h) => h.id === 'lone-surrogate')!.value).join(''))).to.equal(false);
        expect(bidiLeaks(el, [whole.value, ...titles.map((t) => t.value)].map((v) => balanceBidi(v)))).to.deep.equal([]);
        await expectResponsive(el);
      }
    });
  });

  describe('web addresses in the review data', () => {
    // The schema takes only http and https addresses, so a review that went through the SDK
    // has no others; code that skips validation can still hand an element one.
    const scriptLinks = [...CORPUS.filter((h) => /^(js-url|data-url)/.test(h.id)).map((h) => h.value), ['vb', 'script:msgbox(1)'].join(''), ` ${['java', 'script'].join('')}\n:__slkPwned('nl')`];

    it('are refused by the SDK unless they are http or https', () => {
      for (const link of scriptLinks) {
        const review = { ...sample, actions: sample.actions.map((a, i) => (i === 0 ? { ...a, evidence: [{ id: 'ev-x', type: 'audit' as const, date: '2026-01-05', summary: 'x', assessment: 'pending' as const, link }] } : a)) };
        expect(parseReview(review).ok, link).to.equal(false);
      }
    });

    it('never become a link in <slk-action-tracker>, even from a review that was not validated', async () => {
      const action = sample.actions[0]!;
      const review: Review = { ...sample, actions: sample.actions.map((a) => (a.id === action.id ? { ...a, evidence: scriptLinks.map((link, i) => ({ id: `ev-${i}`, type: 'audit' as const, date: '2026-01-05', summary: `evidence ${i}`, assessment: 'pending' as const, link })) } : a)) };
      const el = await show<Kit>(html`<slk-action-tracker today=${SAMPLE_TODAY} .review=${review}></slk-action-tracker>`);
      click($(el, `tr[data-id="${action.id}"] .row-title`));
      await until(() => Boolean($(el, 'dialog.details-dialog[open]')), 'the details');
      await settled(el);
      await expectHarmless('evidence links');
      for (const a of $$<HTMLAnchorElement>(el, 'a[href]')) expect(schemeOf(a.getAttribute('href')!), a.getAttribute('href')!).to.be.oneOf(['http:', 'https:', '']);
    });
  });

  describe('from the review data', () => {
    for (const [tag, scene] of Object.entries(SCENES)) {
      describe(`<${tag}>`, () => {
        let host: HTMLElement | undefined;
        let el: Kit | undefined;
        before(async () => {
          if (!scene.make) return;
          host = document.createElement('div');
          document.body.append(host);
          render(scene.make(), host);
          el = host.firstElementChild as Kit;
          await settled(el);
        });
        after(() => host?.remove());

        for (const hostile of CORPUS) {
          it(`shows ${hostile.id} as text (${hostile.tries})`, async () => {
            const seen = new Seen(hostile);
            await scene.walk(el, dataFor(hostile), seen);
            seen.expectShown();
          });
        }
      });
    }
  });

  describe('from the keyboard', () => {
    describe('<slk-review-timeline>', () => {
      const entryId = sample.chronology[0]!.id;
      async function timeline() {
        const { provider, store } = await provided(html`<slk-review-timeline editable></slk-review-timeline>`);
        const el = provider.querySelector<Kit>('slk-review-timeline')!;
        const entryForm: TypedForm = {
          open: async () => {
            await until(() => Boolean($(el, `article[data-entry="${entryId}"] .entry__edit`)), 'the entry');
            $(el, `article[data-entry="${entryId}"] .entry__edit`)!.click();
            await until(() => Boolean($<HTMLDialogElement>(el, 'dialog.form-dialog')?.open), 'the entry form');
            return $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
          },
          fields: { source: 200, event: 5000, actionTaken: 5000, outcome: 5000, practitionerRole: 200 },
          stored: async () => (await store.getEntity(sample.id, 'chronology', entryId))!.value,
          shows: el,
        };
        return { el, store, entryForm };
      }

      it('saves the corpus typed into the entry form, and shows it as text', async () => {
        const { entryForm } = await timeline();
        await typeCorpus(entryForm, 'entry form');
      });

      it('refuses 100,000 characters in every box of the entry form without repeating them', async () => {
        const { entryForm } = await timeline();
        await refuseLong(entryForm, 'entry form');
      });

      it('refuses the corpus typed as a date, with messages that do not repeat it', async () => {
        const { el, entryForm, store } = await timeline();
        const before = JSON.stringify(await entryForm.stored());
        const form = await entryForm.open();
        for (const hostile of CORPUS_WITH_LONG) {
          typeInto(controlIn(form, 'date'), hostile.value);
          await settled(el);
          form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
          await until(() => Boolean(form.querySelector('[id$="-f-date-error"]')), `${hostile.id} refused as a date`);
          await settled(el);
          await expectHarmless(`date ${hostile.id}`);
          // Neither the messages nor the live "Reads as" line under the box repeat what was typed.
          for (const message of [...errorMessages(el), norm($(el, '.date-preview')?.textContent)]) {
            expect(echoes(message, hostile.value), `${hostile.id}: "${message}"`).to.equal(false);
          }
        }
        expect(JSON.stringify((await store.getEntity(sample.id, 'chronology', entryId))!.value)).to.equal(before);
      });

      it('searches for every corpus string, keeps it in the address, and reads it back as text', async () => {
        const el = await show<Kit>(html`<slk-review-timeline sync-url .review=${sample}></slk-review-timeline>`);
        const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
        for (const hostile of CORPUS_WITH_LONG) {
          const typed = typeInto(search, hostile.value);
          await settled(el);
          await expectHarmless(`search ${hostile.id}`);
          // The count still answers ("Showing 0 of 7 entries"), and does not repeat the words.
          const count = norm($(el, '.count')?.textContent);
          expect(count, hostile.id).to.match(/^Showing/);
          expect(echoes(count, hostile.value), hostile.id).to.equal(false);
          if (hostile.id === 'long') continue;
          // The words are in the address, and a timeline made from that address has them in its box.
          const again = await show<Kit>(html`<slk-review-timeline sync-url .review=${sample}></slk-review-timeline>`);
          await expectHarmless(`search ${hostile.id} read back`);
          expect(visible($<HTMLInputElement>(again, 'input[type="search"]')!.value), `${hostile.id} read back from the address`).to.equal(visible(typed));
          again.remove();
        }
        history.replaceState(null, '', location.pathname + location.search);
      });
    });

    describe('a crafted address (sync-url)', () => {
      // Someone can send a link: the fragment is typed by whoever made it.
      const fragments = (key: string) => [
        `${key}=%E0%A4%A`,
        `${key}=%`,
        `${key}=${encodeURIComponent(`q=${CORPUS[1]!.value}&agency=constructor,__proto__&kpe=toString&significance=<b>&view=<script>&from=javascript:x&sort=__proto__&group=constructor&columns=<img>`)}`,
        `${key}=${encodeURIComponent('q=%E0%A4%A&agency=%')}`,
        `${key}=q%3D${encodeURIComponent(CORPUS.find((h) => h.id === 'lone-surrogate')!.value.replace(/[\uD800-\uDFFF]/gu, ''))}&&other=%ZZ`,
      ];
      afterEach(() => history.replaceState(null, '', location.pathname + location.search));

      for (const [tag, key] of [['slk-review-timeline', 'timeline'], ['slk-action-tracker', 'actions']] as const) {
        it(`<${tag}> reads a hostile or malformed fragment without crashing or injecting`, async () => {
          for (const fragment of fragments(key)) {
            history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
            const el = await show<Kit>(
              tag === 'slk-review-timeline'
                ? html`<slk-review-timeline sync-url .review=${sample}></slk-review-timeline>`
                : html`<slk-action-tracker sync-url today=${SAMPLE_TODAY} .review=${sample}></slk-action-tracker>`,
            );
            await expectHarmless(`${tag} #${fragment}`);
            // A later change of fragment, as the Back button makes.
            history.replaceState(null, '', `${location.pathname}${location.search}#${fragments(key)[0]}`);
            window.dispatchEvent(new HashChangeEvent('hashchange'));
            await settled(el);
            await expectHarmless(`${tag} hashchange from #${fragment}`);
            await expectResponsive(el);
            el.remove();
          }
        });
      }
    });

    describe('<slk-factor-map>', () => {
      async function factorMap() {
        const { provider, store } = await provided(html`<slk-factor-map editable></slk-factor-map>`);
        const el = provider.querySelector<Kit>('slk-factor-map')!;
        const factor = sample.contributoryFactors[0]!;
        const pattern = sample.patterns[0]!;
        const openFrom = async (key: string, button: string) => {
          el['view'] = 'map';
          await settled(el);
          click($(el, `.map [data-key="${key}"]`));
          await settled(el);
          $$<HTMLButtonElement>(el, '[part~="details"] button').find((b) => norm(b.textContent).includes(button))!.click();
          await until(() => Boolean($(el, 'dialog.form-dialog[open]')), 'the form');
          return $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
        };
        const factorForm: TypedForm = {
          open: () => openFrom(`factor:${factor.id}`, 'Edit factor'),
          fields: { title: 200, description: 5000 },
          stored: async () => (await store.getEntity(sample.id, 'contributoryFactors', factor.id))!.value,
          shows: el,
        };
        const patternForm: TypedForm = {
          open: () => openFrom(`pattern:${pattern.id}`, 'Edit pattern'),
          fields: { title: 200, description: 5000 },
          stored: async () => (await store.getEntity(sample.id, 'patterns', pattern.id))!.value,
          shows: el,
        };
        return { el, factorForm, patternForm };
      }

      it('saves the corpus typed into the factor and pattern forms, and shows it as text', async () => {
        const { factorForm, patternForm } = await factorMap();
        await typeCorpus(factorForm, 'factor form');
        await typeCorpus(patternForm, 'pattern form');
      });

      it('refuses 100,000 characters in the factor and pattern forms without repeating them', async () => {
        const { factorForm, patternForm } = await factorMap();
        await refuseLong(factorForm, 'factor form');
        await refuseLong(patternForm, 'pattern form');
      });

      it('searches the evidence list for every corpus string', async () => {
        const { el, factorForm } = await factorMap();
        const form = await factorForm.open();
        const search = form.querySelector<HTMLInputElement>('input[type="search"]')!;
        for (const hostile of CORPUS_WITH_LONG) {
          typeInto(search, hostile.value);
          await settled(el);
          await expectHarmless(`evidence search ${hostile.id}`);
          for (const message of errorMessages(el)) expect(echoes(message, hostile.value), hostile.id).to.equal(false);
        }
      });
    });

    describe('<slk-action-tracker>', () => {
      async function tracker() {
        const { provider, store } = await provided(html`<slk-action-tracker editable today=${SAMPLE_TODAY}></slk-action-tracker>`);
        const el = provider.querySelector<Kit>('slk-action-tracker')!;
        // The action with the most on it (evidence with a link, impact reviews), and one not yet signed off.
        const action = [...sample.actions].sort((a, b) => score(b) - score(a))[0]!;
        const unsigned = sample.actions.find((a) => !a.signOff)!;
        const open = async (button: string, id = action.id) => {
          const title = $(el, 'dialog.details-dialog[open] .details__title');
          if (title && norm(title.textContent) !== norm((await store.getEntity(sample.id, 'actions', id))!.value.title)) {
            click($(el, '.details__close'));
            await settled(el);
          }
          if (!$(el, 'dialog.details-dialog[open]')) {
            click($(el, `tr[data-id="${id}"] .row-title`));
            await until(() => Boolean($(el, 'dialog.details-dialog[open]')), 'the details');
          }
          await settled(el);
          $$<HTMLButtonElement>(el, 'dialog.details-dialog button').find((b) => norm(b.textContent).startsWith(button))!.click();
          await until(() => Boolean($(el, 'dialog.form-dialog[open]')), `the form from ${button}`);
          return $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
        };
        const stored = async () => (await store.getEntity(sample.id, 'actions', action.id))!.value;
        const signed = new Set<string>();
        let signing = unsigned.id;
        const last = <T>(list: readonly T[]) => list[list.length - 1];
        const forms: Record<string, TypedForm> = {
          'action form': {
            open: () => open('Edit action'),
            fields: { title: 200, description: 5000, 'leadOfficer.role': 200, 'leadOfficer.name': 200, 'impactMeasure.description': 5000, 'impactMeasure.baseline': 200, 'impactMeasure.target': 200 },
            stored,
            shows: el,
          },
          'progress note form': {
            open: () => open('Add progress note'),
            fields: { role: 200, text: 5000 },
            stored: async () => last((await stored()).progressNotes),
            shows: el,
          },
          'evidence form': {
            open: () => open('Change or assess'),
            fields: { summary: 5000 },
            stored: async () => (await stored()).evidence[0],
            shows: el,
          },
          'milestone form': {
            open: () => open('Add milestone'),
            fields: { title: 200 },
            prepare: (form) => typeInto(controlIn(form, 'dueDate'), '2027-03-01'),
            stored: async () => last((await stored()).milestones),
            shows: el,
          },
          'sign-off form': {
            // Once signed off, an action offers no second sign-off: each round signs off another.
            open: async () => {
              // Each round of the sign-off form needs an action not yet signed off.
              signing = sample.actions.find((a) => !a.signOff && !signed.has(a.id))!.id;
              signed.add(signing);
              return open('Record sign-off', signing);
            },
            fields: { role: 200, name: 200, note: 5000 },
            stored: async () => (await store.getEntity(sample.id, 'actions', signing))!.value.signOff,
            shows: el,
          },
        };
        return { el, store, action, forms, open, stored };
      }

      it('saves the corpus typed into every form of an action, and shows it as text', async () => {
        const { forms } = await tracker();
        for (const [label, form] of Object.entries(forms)) await typeCorpus(form, label);
      });

      it('refuses 100,000 characters in every form of an action without repeating them', async () => {
        const { forms } = await tracker();
        for (const [label, form] of Object.entries(forms)) await refuseLong(form, label);
      });

      it('refuses a script address, in any spelling, as the evidence link, and never makes it a link', async () => {
        const { el, open, stored } = await tracker();
        const links = [...CORPUS.filter((h) => /^(js-url|data-url)/.test(h.id)).map((h) => h.value), ['java', 'script:__slkPwned(1)//https://example.org/'].join(''), 'https://example.org/\u202Egnp.exe', 'http://ex ample.org/<img src=x onerror=__slkPwned(2)>'];
        for (const link of links) {
          const before = JSON.stringify((await stored()).evidence);
          const form = await open('Change or assess');
          typeInto(controlIn(form, 'link'), link);
          const summary = await save(form);
          await expectHarmless(`evidence link ${link}`);
          if (summary) {
            for (const message of errorMessages(el)) expect(echoes(message, link), `"${message}"`).to.equal(false);
            expect(JSON.stringify((await stored()).evidence)).to.equal(before);
            [...form.querySelectorAll<HTMLButtonElement>('button')].find((b) => norm(b.textContent) === 'Cancel')!.click();
          } else {
            // Taken only as a web address: the link drawn is http(s) and nothing else.
            expect(schemeOf(String((await stored()).evidence[0]!.link))).to.match(/^https?:$/);
          }
          await settled(el);
          expect(findInjected(el)).to.deep.equal([]);
        }
      });

      it('searches the plan for every corpus string', async () => {
        const { el } = await tracker();
        const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
        for (const hostile of CORPUS_WITH_LONG) {
          typeInto(search, hostile.value);
          await settled(el);
          await expectHarmless(`search ${hostile.id}`);
          for (const message of errorMessages(el)) expect(echoes(message, hostile.value), hostile.id).to.equal(false);
        }
        await expectResponsive(el);
      });
    });

    describe('<slk-feedback-form>', () => {
      const choose = async (el: Kit, question: string, value: string) => {
        $$<HTMLInputElement>(el, `input[name$="-${question}"]`).find((i) => i.value === value)!.click();
        await settled(el);
      };
      const button = (el: Kit, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => norm(b.textContent) === name)!;
      const form = () => show<Kit>(html`<slk-feedback-form layout="single" definition-id="event-evaluation" today=${SAMPLE_TODAY} .drafts=${new MemoryStore()}></slk-feedback-form>`);
      /** Answers the questions that show the free-text ones, and returns every free-text box. */
      const openAll = async (el: Kit) => {
        await choose(el, 'overall-rating', '1');
        await choose(el, 'learning-rating', '4');
        await choose(el, 'plan-to-change', 'yes');
        return $$<TextControl>(el, '[part~="question"] textarea, [part~="question"] input[type="text"]');
      };

      it('sends the corpus typed as answers, and shows it as text when checking them', async () => {
        const el = await form();
        const boxes = await openAll(el);
        const chunks = corpusChunks(1000, '\n');
        expect(boxes.length).to.be.at.least(chunks.length);
        const typed = new Map(boxes.map((box, i) => [box.name, chunks[i % chunks.length]!] as const));
        for (const box of boxes) typeInto(box, typed.get(box.name)!.value);
        await settled(el);
        await expectHarmless('answers typed');
        button(el, 'Continue').click();
        await settled(el);
        await expectHarmless('check your answers');
        const shown = visible(deepText(el, { controls: false }));
        for (const chunk of typed.values()) for (const piece of chunk.pieces) expect(shown.includes(visible(piece.value)), `check your answers shows ${piece.id}`).to.equal(true);
        expect(bidiLeaks(el, [...typed.values()].map((c) => c.value))).to.deep.equal([]);
        setTimeout(() => button(el, 'Send my answers').click());
        const { response } = (await oneEvent<CustomEvent<{ response: { answers: Record<string, unknown> } }>>(el, 'slk-submit')).detail;
        await expectHarmless('sent');
        for (const [name, chunk] of typed) for (const piece of chunk.pieces) expect(visible(String(response.answers[name])), `${name} sends ${piece.id}`).to.include(visible(piece.value));
      });

      it('refuses 100,000 characters as an answer, and the corpus as a date, with messages that do not repeat them', async () => {
        const el = await form();
        const [box] = await openAll(el);
        typeInto(box!, LONG);
        button(el, 'Continue').click();
        await settled(el);
        await expectHarmless('a long answer');
        expect(errorMessages(el).length).to.be.greaterThan(0);
        for (const message of errorMessages(el)) expect(echoes(message, LONG), message.slice(0, 60)).to.equal(false);

        const followUp = await show<Kit>(html`<slk-feedback-form layout="single" definition-id="follow-up-3-months" today=${SAMPLE_TODAY} .drafts=${new MemoryStore()}></slk-feedback-form>`);
        const parts = $$<HTMLInputElement>(followUp, 'input[inputmode="numeric"]');
        expect(parts.length, 'the date question’s boxes').to.equal(3);
        for (const hostile of CORPUS) {
          for (const part of parts) typeInto(part, hostile.value);
          button(followUp, 'Continue').click();
          await settled(followUp);
          await expectHarmless(`date ${hostile.id}`);
          for (const message of errorMessages(followUp)) expect(echoes(message, hostile.value), `${hostile.id}: ${message}`).to.equal(false);
        }
      });
    });

    describe('<slk-loop-worksheet>', () => {
      const press = async (el: Kit, name: string) => {
        const b = $$<HTMLButtonElement>(el, 'button').find((x) => norm(x.textContent).startsWith(name));
        expect(b, `a button "${name}"`).to.not.equal(undefined);
        b!.click();
        await settled(el);
      };

      it('keeps the corpus typed into every box of every step, completes, and shows it as text', async () => {
        const store = new MemoryStore();
        const el = await show<Kit>(html`<slk-loop-worksheet today=${SAMPLE_TODAY} .drafts=${store}></slk-loop-worksheet>`);
        await until(() => Boolean($(el, '.steps__button')), 'the worksheet');
        const whole = corpusChunks(5000, '\n')[0]!;
        const titles = corpusChunks(200);
        // The subject: a scenario in the person's own words (the only kind without a review), and a title.
        const typedTitle = titles[0]!;
        typeInto($<HTMLInputElement>(el, 'input[maxlength="200"]')!, typedTitle.value);
        typeInto($<HTMLTextAreaElement>(el, 'textarea')!, whole.value);
        for (const step of $$<HTMLButtonElement>(el, '.steps__button').slice(1, -1)) {
          step.click();
          await settled(el);
          for (const box of $$<HTMLTextAreaElement>(el, '.section textarea:not([readonly])')) typeInto(box, whole.value);
          await settled(el);
          await expectHarmless(`step ${norm(step.textContent)}`);
        }
        $$<HTMLButtonElement>(el, '.steps__button').at(-1)!.click();
        await settled(el);
        const completed = oneEvent<CustomEvent<{ worksheet: LoopWorksheet }>>(el, 'slk-worksheet-complete');
        await press(el, 'Mark the worksheet complete');
        const { worksheet } = (await completed).detail;
        await settled(el);
        await expectHarmless('complete');
        const written = [worksheet.subject.text, worksheet.defensive.response, worksheet.defensive.protects, worksheet.defensive.misses, worksheet.singleLoop.change, worksheet.doubleLoop.assumptions, worksheet.doubleLoop.change, worksheet.tripleLoop.howWeLearn, worksheet.tripleLoop.whoIsMissing, worksheet.nextExperiment.description, worksheet.nextExperiment.measure];
        const shown = visible(deepText(el, { controls: false }));
        for (const [i, text] of written.entries()) for (const piece of whole.pieces) expect(visible(text ?? ''), `field ${i} keeps ${piece.id}`).to.include(visible(piece.value));
        for (const piece of [...whole.pieces, ...typedTitle.pieces]) expect(shown.includes(visible(piece.value)), `the finished worksheet shows ${piece.id}`).to.equal(true);
        expect(visible(worksheet.title ?? '')).to.equal(visible(balanceBidi(typedTitle.value)));
        expect(bidiLeaks(el, written.filter((t): t is string => Boolean(t)))).to.deep.equal([]);
      });

      it('adds the corpus as group contributions with authors, and shows them as text', async () => {
        const el = await show<Kit>(html`<slk-loop-worksheet mode="group" facilitator today=${SAMPLE_TODAY} .worksheet=${{ ...physicalInterventionWorksheet, id: 'ws-hostile-group', status: 'draft', contributions: [], showAuthors: true }} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
        await until(() => Boolean($(el, '.steps__button')), 'the worksheet');
        await press(el, 'Continue');
        const whole = corpusChunks(5000, '\n')[0]!;
        for (const author of corpusChunks(200)) {
          typeInto($<HTMLTextAreaElement>(el, '.contribute textarea')!, whole.value);
          typeInto($<HTMLInputElement>(el, 'input[name="author"]')!, author.value);
          await press(el, 'Add contribution');
          await expectHarmless('a contribution');
          const shown = visible(deepText($(el, '.contributions')!, { controls: false }));
          for (const piece of [...whole.pieces, ...author.pieces]) expect(shown.includes(visible(piece.value)), `contribution shows ${piece.id}`).to.equal(true);
        }
        expect(bidiLeaks(el, (el['value'] as LoopWorksheet).contributions.flatMap((c) => [c.text, c.author ?? '']))).to.deep.equal([]);
      });

      it('refuses 100,000 characters in a step, without repeating them', async () => {
        const el = await show<Kit>(html`<slk-loop-worksheet today=${SAMPLE_TODAY} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
        await until(() => Boolean($(el, '.steps__button')), 'the worksheet');
        typeInto($<HTMLTextAreaElement>(el, 'textarea')!, LONG);
        $$<HTMLButtonElement>(el, '.steps__button').at(-1)!.click();
        await settled(el);
        await press(el, 'Mark the worksheet complete');
        await expectHarmless('a long scenario');
        expect(errorMessages(el).length).to.be.greaterThan(0);
        for (const message of errorMessages(el)) expect(echoes(message, LONG), message.slice(0, 60)).to.equal(false);
      });

      it('proposes an action with the corpus as its title, description and lead, which the plan stores', async () => {
        const { provider, store } = await provided(html`<slk-loop-worksheet .worksheet=${childJWorksheetsInput[0]} today=${SAMPLE_TODAY}></slk-loop-worksheet>`, childJReview);
        const el = provider.querySelector<Kit>('slk-loop-worksheet')!;
        await until(() => Boolean($(el, '.propose-button')), 'the worksheet');
        const whole = corpusChunks(5000, '\n')[0]!;
        for (const [i, short] of corpusChunks(200).entries()) {
          await press(el, 'Propose an action for the plan');
          const dialog = $<HTMLDialogElement>(el, '.propose-dialog')!;
          dialog.querySelector<HTMLSelectElement>('select[name="agencyId"]')!.value = childJReview.agencies[0]!.id;
          typeInto(controlIn(dialog, 'title'), short.value);
          typeInto(controlIn(dialog, 'description'), whole.value);
          typeInto(controlIn(dialog, 'leadRole'), corpusChunks(200).at(-1 - i)!.value);
          const proposed = oneEvent<CustomEvent<{ action: Review['actions'][number] }>>(el, 'slk-worksheet-propose');
          dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
          const { action } = (await proposed).detail;
          await until(async () => Boolean(await store.getEntity(childJReview.id, 'actions', action.id)), 'the action stored');
          await settled(el);
          await expectHarmless(`proposal ${i + 1}`);
          const stored = (await store.getEntity(childJReview.id, 'actions', action.id))!.value;
          for (const piece of short.pieces) expect(visible(stored.title), `title keeps ${piece.id}`).to.include(visible(piece.value));
          for (const piece of whole.pieces) expect(visible(stored.description ?? ''), `description keeps ${piece.id}`).to.include(visible(piece.value));
          expect(visible(deepText(el, { controls: false })).includes(visible(stored.title)), 'the worksheet lists the proposed action').to.equal(true);
        }
      });
    });

    describe('<slk-practice-briefing>', () => {
      it('prints the corpus typed into a section, as text', async () => {
        const el = await show<Kit>(html`<slk-practice-briefing today=${SAMPLE_TODAY} .review=${sample} .drafts=${new MemoryStore()}></slk-practice-briefing>`);
        await until(() => Boolean($(el, '.preview .paper')), 'the briefing');
        for (const [i, button] of $$<HTMLButtonElement>(el, '.section-control button[aria-controls]').entries()) {
          if (button.getAttribute('aria-expanded') === 'false') button.click();
          await settled(el);
          const whole = corpusChunks(6000, '\n')[0]!;
          typeInto($<HTMLTextAreaElement>(el, '.editor textarea')!, whole.value);
          await settled(el);
          await expectHarmless(`section ${i + 1}`);
          const page = visible(deepText($(el, '.preview .paper')!, { controls: false }));
          for (const piece of whole.pieces) expect(page.includes(visible(piece.value)), `section ${i + 1} prints ${piece.id}`).to.equal(true);
          expect(bidiLeaks($(el, '.preview .paper')!, whole.pieces.map((p) => p.value))).to.deep.equal([]);
          $$<HTMLButtonElement>(el, '.editor button').find((b) => norm(b.textContent) === 'Done')!.click();
          await settled(el);
        }
        await expectResponsive(el);
      });

      it('takes 100,000 characters in a section without crashing or repeating them in a message', async () => {
        const el = await show<Kit>(html`<slk-practice-briefing today=${SAMPLE_TODAY} .review=${sample} .drafts=${new MemoryStore()}></slk-practice-briefing>`);
        await until(() => Boolean($(el, '.preview .paper')), 'the briefing');
        $(el, '.section-control button[aria-controls]')!.click();
        await settled(el);
        typeInto($<HTMLTextAreaElement>(el, '.editor textarea')!, LONG);
        await settled(el);
        await expectHarmless('a long section');
        const messages = errorMessages(el);
        for (const message of messages) expect(echoes(message, LONG), message.slice(0, 60)).to.equal(false);
        expect(messages.length > 0 || visible(deepText($(el, '.preview .paper')!, { controls: false })).includes(visible(LONG_HEAD)), 'shown or refused').to.equal(true);
        await expectResponsive(el);
      });
    });

    describe('attributes an intranet editor types', () => {
      it('<slk-review> fetches nothing it should not and never repeats a hostile src, review-id or database', async () => {
        // Requests are answered here, "not found", rather than by the test server; what was asked for is kept.
        const asked: string[] = [];
        const realFetch = Object.getOwnPropertyDescriptor(window, 'fetch')!;
        const notFound = (input: RequestInfo | URL) => {
          asked.push(input instanceof Request ? input.url : String(input));
          return Promise.resolve(new Response('{}', { status: 404 }));
        };
        Object.defineProperty(window, 'fetch', { configurable: true, writable: true, value: notFound });
        try {
          await typeAttributes();
        } finally {
          Object.defineProperty(window, 'fetch', realFetch);
        }
        // Only this site was asked, over http: a script or data address is never fetched or followed.
        expect(asked.length).to.be.greaterThan(0);
        for (const url of asked) expect(new URL(url, location.href).origin, url.slice(0, 80)).to.equal(location.origin);
      });

      async function typeAttributes(): Promise<void> {
        for (const hostile of CORPUS_WITH_LONG) {
          for (const attribute of ['src', 'review-id', 'database']) {
            const el = document.createElement('slk-review') as unknown as Kit;
            el.setAttribute(attribute, hostile.value);
            if (attribute === 'database') Object.assign(el, { reviewId: 'child-j', store: 'local' });
            document.body.append(el);
            await el.updateComplete;
            await settled(el);
            await expectHarmless(`${attribute}=${hostile.id}`);
            for (const message of errorMessages(el)) expect(echoes(message, hostile.value), `${attribute}=${hostile.id}: ${message.slice(0, 60)}`).to.equal(false);
            el.remove();
          }
        }
      }

      it('<slk-language-switch> offers only the kit’s languages whatever locales says', async () => {
        for (const hostile of CORPUS_WITH_LONG) {
          const el = await show<Kit>(html`<slk-language-switch locales=${`${hostile.value} cy`}></slk-language-switch>`);
          await expectHarmless(`locales=${hostile.id}`);
          expect(visible(deepText(el)).includes(visible(hostile.value)), hostile.id).to.equal(false);
        }
      });
    });
  });

  describe('ids and codes that shadow object properties or clobber the DOM', () => {
    const words = CORPUS.find((h) => h.id === 'proto-words')!;
    const review = valid(parseReview(clobberingReview(hostileReview(sample, words.value))), (r) => r.review);

    it('makes a valid review whose records are called constructor, toString, valueOf, hasOwnProperty, location and prototype', () => {
      for (const name of CLOBBER_IDS) {
        expect(review.agencies.map((a) => a.id), name).to.include(name);
        expect(review.chronology.map((c) => c.id), name).to.include(name);
        expect(review.contributoryFactors.map((c) => c.id), name).to.include(name);
      }
      expect(review.agencies.map((a) => a.code)).to.include.members(['CONSTRUCTOR', 'TOSTRING']);
    });

    for (const [tag, scene] of Object.entries(SCENES)) {
      it(`<${tag}> shows them like any other record`, async () => {
        const seen = new Seen(words);
        const el = scene.make ? await show<Kit>(scene.make()) : undefined;
        await scene.walk(el, { review, hostile: words }, seen);
        seen.expectShown();
        expect(clobbered()).to.deep.equal([]);
      });
    }

    it('counts and finds every one of them: the chronology, the factors and the plan', async () => {
      const timeline = await show<Kit>(html`<slk-review-timeline .review=${review}></slk-review-timeline>`);
      expect(Number($(timeline, '.entries > li')!.getAttribute('aria-setsize'))).to.equal(review.chronology.length);
      for (const name of CLOBBER_IDS) expect($(timeline, `article[data-entry="${name}"]`), `entry ${name}`).to.not.equal(null);
      expect($$(timeline, '.agencies input[type="checkbox"]')).to.have.length(review.agencies.length);
      const map = await show<Kit>(html`<slk-factor-map view="map" .review=${review}></slk-factor-map>`);
      expect($$(map, '.map [data-key^="factor:"]')).to.have.length(review.contributoryFactors.length);
      for (const name of CLOBBER_IDS) expect($(map, `.map [data-key="factor:${name}"]`), `factor ${name}`).to.not.equal(null);
      const plan = await show<Kit>(html`<slk-action-tracker today=${SAMPLE_TODAY} .review=${review}></slk-action-tracker>`);
      expect($$(plan, 'tbody tr.action-row')).to.have.length(review.actions.length);
      for (const action of review.actions) expect($(plan, `tr[data-id="${action.id}"]`), `action ${action.id}`).to.not.equal(null);
      await expectHarmless('counts');
    });

    it('a feedback form whose questions are called constructor, toString, valueOf and hasOwnProperty asks them all, and sends only what was answered', async () => {
      const names = new Map<string, string>([['sector', 'constructor'], ['role-level', 'toString'], ['overall-rating', 'valueOf'], ['improve-event', 'hasOwnProperty'], ['key-learning', 'location']]);
      const rename = (id: string) => names.get(id) ?? id;
      const definition = valid(
        parseFeedbackForm({
          ...eventEvaluationForm,
          id: 'hostile-ids',
          sections: eventEvaluationForm.sections.map((section) => ({
            ...section,
            questions: section.questions.map((q) => ({ ...q, id: rename(q.id), ...(q.showIf ? { showIf: { ...q.showIf, questionId: rename(q.showIf.questionId) } } : {}) })),
          })),
        }),
        (r) => r.form,
      );
      const el = await show<Kit>(html`<slk-feedback-form layout="single" today=${SAMPLE_TODAY} .definition=${definition} .drafts=${new MemoryStore()}></slk-feedback-form>`);
      const button = (name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => norm(b.textContent) === name)!;
      // Nothing answered: the required rating called valueOf is missing, whatever Object.prototype.valueOf is.
      button('Continue').click();
      await settled(el);
      await expectHarmless('nothing answered');
      const problems = errorMessages(el).join(' ');
      expect(problems, 'the required valueOf rating is missing').to.include(definition.sections.flatMap((s) => s.questions).find((q) => q.id === 'valueOf')!.label['en-GB']);
      $$<HTMLInputElement>(el, 'input[name$="-valueOf"]').find((i) => i.value === '1')!.click();
      $$<HTMLInputElement>(el, 'input[name$="-learning-rating"]').find((i) => i.value === '4')!.click();
      await settled(el);
      button('Continue').click();
      await settled(el);
      await expectHarmless('check your answers');
      const rows = $$(el, '.summary-list__row').map((r) => [norm(r.querySelector('dt')?.textContent), norm(r.querySelector('dd')?.textContent)]);
      const labelOf = (id: string) => norm(definition.sections.flatMap((s) => s.questions).find((q) => q.id === id)!.label['en-GB']);
      for (const id of ['constructor', 'toString', 'hasOwnProperty', 'location']) {
        const row = rows.find(([dt]) => dt === labelOf(id));
        expect(row?.[1], `${id} not answered`).to.equal('Not answered');
      }
      setTimeout(() => button('Send my answers').click());
      const { response } = (await oneEvent<CustomEvent<{ response: { answers: Record<string, unknown> } }>>(el, 'slk-submit')).detail;
      expect(Object.keys(response.answers).sort()).to.deep.equal(['learning-rating', 'valueOf']);
      expect(answerTo(response.answers, 'valueOf')).to.equal(1);
    });

    it('a feedback summary counts answers to questions called constructor and valueOf', async () => {
      const names = new Map<string, string>([['sector', 'constructor'], ['overall-rating', 'valueOf'], ['key-learning', 'toString']]);
      const rename = (id: string) => names.get(id) ?? id;
      const form = valid(
        parseFeedbackForm({
          ...eventEvaluationForm,
          sections: eventEvaluationForm.sections.map((section) => ({
            ...section,
            questions: section.questions.map((q) => ({ ...q, id: rename(q.id), ...(q.showIf ? { showIf: { ...q.showIf, questionId: rename(q.showIf.questionId) } } : {}) })),
          })),
        }),
        (r) => r.form,
      );
      const responses = childJResponses
        .filter((r) => r.formId === eventEvaluationForm.id)
        .map((r) => valid(parseFeedbackResponse({ ...r, answers: Object.fromEntries(Object.entries(r.answers).map(([k, v]) => [rename(k), v])) }, { form }), (p) => p.response));
      const el = await show<Kit>(html`<slk-feedback-summary .review=${childJReview} .forms=${[form, followUpForm]} .responses=${responses}></slk-feedback-summary>`);
      await expectHarmless('summary');
      const rated = responses.filter((r) => r.answers['valueOf'] !== undefined).length;
      const question = $$(el, '[part~="question"]').find((q) => norm(q.querySelector('.question__title')?.textContent) === norm(form.sections[1]!.questions[0]!.label['en-GB']))!;
      const people = [...question.querySelectorAll('tbody tr')].map((row) => Number(row.querySelectorAll('td')[0]!.textContent));
      expect(people.reduce((a, b) => a + b, 0), 'every rating counted').to.equal(rated);
      expect(visible(deepText(el))).to.not.include('function');
    });
  });
});
