import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MemoryStore, parseReview, summarisePlan, type DraftStore, type Review } from '@slk/sdk';
import { childJKey, childJReview, SAMPLE_TODAY } from '@slk/sdk/fixtures';
import type { SlkPracticeBriefing, BriefingChangeEvent } from './practice-briefing.js';
import { hostileReview, longReview } from './practice-briefing.fixtures.js';
import { settled, until } from '../../../../test/helpers/settle.js';
import { whilePrinting } from '../../../../test/helpers/print.js';
import './define.js';
import '../review/define.js';
import '../action-tracker/define.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const page = (el: Element) => $(el, '.preview .paper')!;
const sectionOf = (el: Element, id: string) => $(el, `.preview .bsec--${id}`);

// The printable area of A4 with the 15 mm margins print() asks for, in CSS pixels.
const A4 = { width: (180 * 96) / 25.4, height: (267 * 96) / 25.4 };

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr';
const EXACT_DATE = new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, 'u');

async function ready(el: Element): Promise<void> {
  await until(() => !!$(el, '.preview .paper') || !!$(el, '[part="message"]'), 'the briefing to be drawn', 5000);
  await until(() => !$(el, '.draft__status') || !text($(el, '.draft__status')).startsWith('Checking'), 'the draft to be checked', 5000);
  await settled(el);
}

async function briefing(options: { review?: Review; drafts?: DraftStore; variant?: string; language?: string } = {}): Promise<SlkPracticeBriefing> {
  const el = await fixture<SlkPracticeBriefing>(
    html`<slk-practice-briefing today=${SAMPLE_TODAY} variant=${options.variant ?? 'practice'} language=${options.language ?? 'en-GB'} .review=${options.review ?? childJReview} .drafts=${options.drafts ?? new MemoryStore()}></slk-practice-briefing>`,
  );
  await ready(el);
  return el;
}


function reviewOf(input: unknown): Review {
  const parsed = parseReview(input);
  if (!parsed.ok) throw new Error('not a review');
  return parsed.review;
}

async function typeInto(el: SlkPracticeBriefing, box: HTMLTextAreaElement, words: string): Promise<void> {
  box.focus();
  box.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: words });
  await settled(el);
}

describe('<slk-practice-briefing>', () => {
  describe('what it says', () => {
    it('gives the review’s key practice episodes, what went well, findings and recommendations', async () => {
      const el = await briefing();
      const episodes = [text(sectionOf(el, 'episodes')), text(sectionOf(el, 'went-well'))].join(' ');
      for (const k of childJReview.keyPracticeEpisodes.filter((k) => k.visibility === 'publication')) expect(episodes).to.contain(k.title);
      expect(text(sectionOf(el, 'went-well'))).to.contain('Nursery notices bruising and refers the same day');
      const recs = sectionOf(el, 'recommendations')!.querySelectorAll('ol > li');
      expect([...recs].map(text)).to.deep.equal(childJReview.recommendations.map((r) => r.text));
      expect(text(sectionOf(el, 'found'))).to.contain(childJReview.findings[2]!.title);
      expect($(el, '.preview h2')!.textContent).to.contain('Practice briefing').and.contain(childJReview.title);
    });

    it('shows the plan’s RAG counts on the day, each with its name as well as its colour', async () => {
      const el = await briefing();
      const plan = summarisePlan(childJReview, { today: SAMPLE_TODAY });
      const items = $$(el, '.preview [part~="rag"] li').map(text);
      expect(items).to.deep.equal([`${plan.byRag.red} Red: overdue or at risk`, `${plan.byRag.amber} Amber: needs attention`, `${plan.byRag.green} Green: on track`, `${plan.byRag.blue} Blue: done, impact reviewed`]);
      expect(text(sectionOf(el, 'actions'))).to.contain(`${plan.total - plan.byRag.none} actions agreed`);
    });

    it('links to the full report and gives the month only', async () => {
      const el = await briefing();
      const link = sectionOf(el, 'report')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(childJReview.publication!.url);
      expect(text(sectionOf(el, 'report'))).to.contain('Published October 2024');
      expect(text($(el, '.paper__footer'))).to.contain('as at November 2026');
    });

    it('never shows the pseudonym key, staff names or exact dates, even inside an internal <slk-review> with the key', async () => {
      const leaky = reviewOf({
        ...childJReview,
        incident: { date: '2024-02-10', summary: 'Jesse Samplefield was brought to hospital on 10 February 2024 from 7 Example Row.' },
        actions: childJReview.actions.map((a, i) => (i === 0 ? { ...a, title: 'Sam Okafor-Reed to agree the protocol', leadOfficer: { role: a.leadOfficer.role, name: 'Sam Okafor-Reed' } } : a)),
        keyPracticeEpisodes: childJReview.keyPracticeEpisodes.map((k, i) => (i === 0 ? { ...k, title: 'Panel-only episode title', visibility: 'panel' } : k)),
      });
      const wrapper = await fixture<HTMLElement>(html`<slk-review audience="internal" .review=${leaky} .key=${childJKey}><slk-practice-briefing today=${SAMPLE_TODAY} .drafts=${new MemoryStore()}></slk-practice-briefing></slk-review>`);
      const el = wrapper.querySelector('slk-practice-briefing')!;
      await ready(el);
      for (const variant of ['practice', 'you-said-we-did'] as const) {
        el.variant = variant;
        await ready(el);
        const shown = text(page(el));
        expect(shown).to.contain('Child J');
        for (const person of childJKey.people) for (const detail of [...person.names, ...person.identifiers]) expect(shown).not.to.contain(detail);
        for (const staff of childJKey.staff) expect(shown).not.to.contain(staff.name);
        expect(shown).not.to.match(EXACT_DATE);
        expect(shown).not.to.contain('Panel-only episode title');
      }
    });

    it('“you said, we did” gives what practitioners raised, what changed and what is still to do', async () => {
      const el = await briefing({ variant: 'you-said-we-did' });
      const said = $$(el, '.preview .bsec--you-said li');
      expect(said).to.have.length(childJReview.learningEvents[0]!.raised.length);
      expect(text(said[0])).to.contain(`You said: ${childJReview.learningEvents[0]!.raised[0]!.text}`).and.contain('We did:');
      expect(text(sectionOf(el, 'event'))).to.contain('September 2024');
      expect(text(sectionOf(el, 'still-to-do'))).to.contain('due');
    });

    it('shows hostile text as text', async () => {
      let ran = false;
      (window as unknown as { alert: () => void }).alert = () => (ran = true);
      const el = await briefing({ review: hostileReview });
      expect(text(page(el))).to.contain('<img src=x onerror="alert(1)">');
      expect(page(el).querySelector('img, script')).to.equal(null);
      for (const a of page(el).querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^https?:/);
      expect(ran).to.equal(false);
    });
  });

  describe('languages', () => {
    it('is in Welsh, with the review’s English marked as English', async () => {
      const el = await briefing({ language: 'cy' });
      expect(page(el).getAttribute('lang')).to.equal('cy');
      expect(text(sectionOf(el, 'case')!.querySelector('h3'))).to.equal('Yr achos yn gryno');
      expect(sectionOf(el, 'found')!.querySelector('li [lang="en-GB"]')).to.not.equal(null);
    });

    it('puts Welsh and English side by side, Welsh first', async () => {
      const el = await briefing({ language: 'both' });
      expect($$(el, '.preview .lang-column').map((c) => c.getAttribute('lang'))).to.deep.equal(['cy', 'en-GB']);
      const [cy, en] = $$(el, '.preview .lang-column');
      expect(cy!.getBoundingClientRect().left).to.be.lessThan(en!.getBoundingClientRect().left);
      expect(text(en)).to.contain('The case in brief');
    });
  });

  describe('editing', () => {
    it('hides a section and edits another, with a change event', async () => {
      const el = await briefing();
      const checkbox = $$<HTMLInputElement>(el, '.section-control input[type="checkbox"]').find((c) => text(c.parentElement) === 'What the review found')!;
      setTimeout(() => checkbox.click());
      const event = await oneEvent<BriefingChangeEvent>(el, 'slk-briefing-change');
      expect(event.detail.edits.sections['found']).to.deep.equal({ hidden: true });
      await settled(el);
      expect(sectionOf(el, 'found')).to.equal(null);

      const edit = $$<HTMLButtonElement>(el, '.section-control button[aria-controls]').find((b) => text(b).includes('The case in brief'))!;
      edit.click();
      await settled(el);
      expect(edit.getAttribute('aria-expanded')).to.equal('true');
      const box = $<HTMLTextAreaElement>(el, '.editor textarea')!;
      expect(box.value).to.contain('Child J, aged two');
      await typeInto(el, box, '- **Why:** It was seen on 12 March 2023.');
      expect(text(sectionOf(el, 'case'))).to.equal('The case in brief Why: It was seen on March 2023.');
      expect(text($(el, '.editor .note'))).to.contain('Exact date in text given as the month');
      expect(text(edit.closest('li'))).to.contain('edited');

      $$<HTMLButtonElement>(el, '.editor button').find((b) => text(b) === 'Reset to generated')!.click();
      await settled(el);
      expect(text(sectionOf(el, 'case'))).to.contain('Child J, aged two');
      $$<HTMLButtonElement>(el, '.editor button').find((b) => text(b) === 'Done')!.click();
      await settled(el);
      expect(el.shadowRoot!.activeElement).to.equal(edit);
      expect(edit.getAttribute('aria-expanded')).to.equal('false');
    });

    it('keeps edits as a draft and restores them', async () => {
      const drafts = new MemoryStore();
      const el = await briefing({ drafts });
      $$<HTMLInputElement>(el, '.section-control input[type="checkbox"]')[1]!.click();
      await until(() => text($(el, '.draft__status')).startsWith('Saved on this device'), 'the draft saved', 5000);
      el.remove();
      const again = await briefing({ drafts });
      expect(sectionOf(again, 'found')).to.equal(null);
      // Reset everything asks first.
      $$<HTMLButtonElement>(again, '.draft button').find((b) => text(b) === 'Reset the whole briefing to generated')!.click();
      await settled(again);
      $$<HTMLButtonElement>(again, '.confirm button').find((b) => text(b) === 'Yes, reset the briefing')!.click();
      await settled(again);
      expect(sectionOf(again, 'found')).to.not.equal(null);
    });

    it('keeps a change made while the saved draft was still being read', async () => {
      // A store that answers slowly: the panel is usable before the draft has been read.
      const drafts = new MemoryStore();
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const slow: DraftStore = Object.assign(Object.create(drafts) as DraftStore, {
        loadDraft: async (key: string) => {
          await gate;
          return drafts.loadDraft(key);
        },
      });
      const el = await fixture<SlkPracticeBriefing>(html`<slk-practice-briefing today=${SAMPLE_TODAY} .review=${childJReview} .drafts=${slow}></slk-practice-briefing>`);
      await until(() => $$(el, '.section-control input[type="checkbox"]').length > 1, 'the panel to be drawn', 5000);
      $$<HTMLInputElement>(el, '.section-control input[type="checkbox"]')[1]!.click();
      await settled(el);
      release();
      await until(() => text($(el, '.draft__status')).startsWith('Saved on this device'), 'the change to be saved', 5000);
      expect(sectionOf(el, 'found'), 'still hidden once the draft was read').to.equal(null);
      el.remove();
      const again = await briefing({ drafts });
      expect(sectionOf(again, 'found')).to.equal(null);
    });

    it('comes back in the variant and language last chosen, with the edits made in it', async () => {
      const drafts = new MemoryStore();
      const el = await briefing({ drafts });
      $$<HTMLInputElement>(el, 'input[type="radio"]').find((r) => text(r.parentElement) === 'Cymraeg (Welsh)')!.click();
      await ready(el);
      expect(page(el).getAttribute('lang')).to.equal('cy');
      $$<HTMLButtonElement>(el, '.section-control button[aria-controls]').find((b) => text(b).includes('Rhagor o wybodaeth'))!.click();
      await settled(el);
      await typeInto(el, $<HTMLTextAreaElement>(el, '.editor textarea')!, 'Gofynnwch i’r uned fusnes am yr adroddiad.');
      await until(() => text($(el, '.draft__status')).startsWith('Saved on this device'), 'the draft saved', 5000);
      el.remove();
      // The page says English, as a reload would; the person's choice of Welsh wins.
      const again = await briefing({ drafts });
      await until(() => page(again).getAttribute('lang') === 'cy' && text(sectionOf(again, 'report')).includes('uned fusnes'), 'the Welsh edit back', 3000);
    });

    it('survives a reload of the page in Chromium, with the browser’s own store', async () => {
      const key = `briefing-reload-${Date.now()}`;
      const frame = document.createElement('iframe');
      frame.title = 'Briefing page';
      frame.src = `/test/browser/practice-briefing-page.html?key=${key}`;
      document.body.append(frame);
      const doc = () => frame.contentDocument!;
      const inner = () => doc()?.querySelector('slk-practice-briefing');
      const edit = () => [...(inner()?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[aria-controls]') ?? [])].find((b) => text(b).includes('Find out more'));
      await until(() => !!edit() && text(inner()!.shadowRoot!.querySelector('.draft__status')).length > 0 && !text(inner()!.shadowRoot!.querySelector('.draft__status')).startsWith('Checking'), 'the page loaded', 5000);
      edit()!.click();
      await until(() => !!inner()!.shadowRoot!.querySelector('.editor textarea'), 'the editor', 3000);
      const box = inner()!.shadowRoot!.querySelector<HTMLTextAreaElement>('.editor textarea')!;
      box.focus();
      box.select();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'Ask the business unit for the report.' });
      // Queued for saving, then reloaded before the pause after which it is written.
      await until(() => text(inner()!.shadowRoot!.querySelector('.draft__status')).startsWith('Saving'), 'the edit queued', 3000);
      doc().body.dataset['before'] = 'reload';
      frame.contentWindow!.location.reload();
      const report = () => inner()?.shadowRoot?.querySelector('.preview .bsec--report');
      await until(() => doc()?.body?.dataset['before'] === undefined && text(report()).includes('Ask the business unit'), 'the reloaded page with the edit', 5000);
      frame.remove();
    });
  });

  describe('print', () => {
    async function printedHeight(el: SlkPracticeBriefing): Promise<number> {
      el.style.width = `${A4.width}px`;
      await settled(el);
      let height = 0;
      let hidden = false;
      await emulateMedia({ media: 'print' });
      try {
        await whilePrinting(
          () => el.print(),
          () => {
            height = page(el).getBoundingClientRect().height;
            hidden = $(el, '.controls')!.getClientRects().length === 0;
            expect(el.hasAttribute('data-slk-printing')).to.equal(true);
            expect([...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.toLowerCase().includes('a4')))).to.equal(true);
          },
        );
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(hidden, 'the panel is not printed').to.equal(true);
      expect(el.hasAttribute('data-slk-printing')).to.equal(false);
      return height;
    }

    it('prints the sample on one A4 page, in English and in Welsh, and says so', async () => {
      for (const language of ['en-GB', 'cy']) {
        const el = await briefing({ language });
        // The panel speaks the page's language (English here); the briefing is in its own.
        expect(text($(el, '.fit'))).to.equal('Fits on one A4 page.');
        const height = await printedHeight(el);
        expect(height, language).to.be.greaterThan(600);
        expect(height, language).to.be.at.most(A4.height);
      }
    });

    it('warns when the briefing will run on to a second page', async () => {
      const el = await briefing({ review: longReview });
      await until(() => text($(el, '.fit')).startsWith('Too long'), 'the warning', 3000);
      expect(text($(el, '.fit'))).to.contain('will print on 2 pages');
      expect(await printedHeight(el)).to.be.greaterThan(A4.height);
      // Hiding sections brings it back to one page.
      for (const id of ['recommendations']) {
        $$<HTMLInputElement>(el, '.section-control input[type="checkbox"]').find((c) => text(c.parentElement) === 'Recommendations')!.click();
        await settled(el);
        expect(sectionOf(el, id)).to.equal(null);
      }
      await until(() => text($(el, '.fit')) === 'Fits on one A4 page.', 'the page to fit again', 3000);
    });
  });

  it('is read-only when asked: the page without the panel', async () => {
    const el = await fixture<SlkPracticeBriefing>(html`<slk-practice-briefing readonly today=${SAMPLE_TODAY} .review=${childJReview} .drafts=${new MemoryStore()}></slk-practice-briefing>`);
    await until(() => !!$(el, '.preview .paper'), 'the page', 3000);
    expect($(el, '.controls')).to.equal(null);
  });
});
