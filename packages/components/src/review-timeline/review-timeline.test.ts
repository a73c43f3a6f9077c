import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MemoryStore, formatPartialDate, parseReview, referencesTo, type ChronologyEntry, type Review } from '@slk/sdk';
import { childJKey, childJReview, generateReview } from '@slk/sdk/fixtures';
import { reviewTimelineFixtures } from './review-timeline.fixtures.js';
import { EMPTY_FILTER, prepareRows, startsPeriod, type TimelineFilter } from './timeline-model.js';
import type { SlkReviewTimeline } from './review-timeline.js';
import type { SlkReview } from '../review/review.js';
import { settled, until } from '../../../../test/helpers/settle.js';
import { catchDownloads } from '../../../../test/helpers/downloads.js';
import './define.js';
import '../review/define.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const setSize = (el: Element) => Number($(el, '.entries > li')?.getAttribute('aria-setsize') ?? 0);

async function type(el: SlkReviewTimeline, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input.type === 'date' || input.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }));
  await settled(el);
}

async function timeline(review: Review = childJReview, attrs = ''): Promise<SlkReviewTimeline> {
  const el = await fixture<SlkReviewTimeline>(html`<slk-review-timeline .review=${review}></slk-review-timeline>`);
  for (const attr of attrs.split(' ').filter(Boolean)) el.setAttribute(attr, '');
  await settled(el);
  return el;
}

const hashChange = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

let bigReview: Review | undefined;
function big(): Review {
  if (!bigReview) {
    const parsed = parseReview(generateReview({ seed: 3, entries: 10000, agencies: 8, actions: 5 }));
    if (!parsed.ok) throw new Error('generated review invalid');
    bigReview = parsed.review;
  }
  return bigReview;
}

describe('<slk-review-timeline>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('the chronology list', () => {
    it('lists every entry in date order, each with a <time>, grouped under period headings', async () => {
      const el = await timeline();
      expect(setSize(el)).to.equal(childJReview.chronology.length);
      const first = $(el, 'article[data-entry]')!;
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2022-06');
      expect($(el, '.period')!.textContent.trim()).to.equal('June 2022');
      expect(first.closest('li')!.getAttribute('aria-posinset')).to.equal('1');
    });

    it('heads a period only where it starts, and keeps the period at the top in view while scrolling', async () => {
      const el = await timeline(big());
      const rows = prepareRows(big());
      const at = new Map(rows.map((r, i) => [r.entry.id, i]));
      const scroller = $(el, '.list-scroller')!;
      scroller.scrollTop = scroller.scrollHeight / 2;
      await until(() => Number($(el, '.entries > li')!.getAttribute('aria-posinset')) > 1000, 'the middle of the list to render');
      await settled(el);
      const items = $$(el, '.entries > li');
      // The first row rendered is mid-period: it must not gain a heading (and height) of its own.
      expect(startsPeriod(rows, at.get(items[0]!.dataset['id']!)!)).to.equal(false);
      for (const li of items) {
        expect(Boolean(li.querySelector('[part~="period"]')), li.dataset['id']).to.equal(startsPeriod(rows, at.get(li.dataset['id']!)!));
      }
      const sticky = $(el, '[part~="current-period"]')!;
      expect(sticky.getAttribute('aria-hidden')).to.equal('true');
      const top = scroller.getBoundingClientRect().top;
      const atTop = items.find((li) => li.getBoundingClientRect().bottom > top)!;
      expect(sticky.textContent.trim()).to.equal(formatPartialDate(rows[at.get(atTop.dataset['id']!)!]!.period, 'en-GB'));
      expect(getComputedStyle(sticky).position).to.equal('sticky');
    });

    it('says how certain each date is in words, through the SDK', async () => {
      const el = await timeline({ ...childJReview, chronology: childJReview.chronology.filter((c) => ['2022-06-08~', '2023-03-21/2023-04-24', '2022-08-XX'].includes(c.date)) });
      const dates = $$(el, 'article time').map((t) => t.textContent.trim());
      expect(dates).to.deep.equal(['about 8 June 2022', 'August 2022 (day not known)', 'between 21 March and 24 April 2023']);
      // An uncertain date is marked as such beyond the words too.
      expect($$(el, 'article.entry--uncertain').length).to.equal(3);
    });

    it('shows agency, event, action, outcome, source and episode badges of an entry', async () => {
      const el = await timeline();
      const entry = childJReview.chronology.find((c) => c.id === 'e005')!;
      const article = $(el, 'article[data-entry="e005"]')!;
      expect(article.textContent).to.include(entry.event).and.to.include(entry.outcome!).and.to.include(entry.source);
      expect(article.textContent).to.include('Westmoor Vale Council children’s social care');
      expect([...article.querySelectorAll('[part~="kpe-badge"]')].map((b) => b.textContent.trim())).to.deep.equal([childJReview.keyPracticeEpisodes[0]!.title]);
    });

    it('renders hostile text in every field as text', async () => {
      const hostile = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>';
      const entry: ChronologyEntry = {
        ...childJReview.chronology[0]!,
        event: hostile,
        actionTaken: hostile,
        outcome: hostile,
        source: hostile,
        practitionerRole: hostile,
      };
      const review: Review = {
        ...childJReview,
        agencies: childJReview.agencies.map((a) => (a.id === entry.agencyId ? { ...a, name: hostile } : a)),
        keyPracticeEpisodes: childJReview.keyPracticeEpisodes.map((k) => ({ ...k, title: hostile })),
        chronology: [entry],
      };
      const el = await timeline(review);
      el.view = 'lanes';
      await settled(el);
      el.view = 'list';
      await settled(el);
      expect(root(el).querySelector('img, script:not([type])')).to.equal(null);
      expect($(el, 'article')!.textContent).to.include(hostile);
      expect((globalThis as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('moves between entries with the arrow keys, Home and End, even beyond what is rendered', async () => {
      const el = await timeline(big());
      const first = $(el, 'article[data-entry]')!;
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settled(el);
      expect(root(el).activeElement!.closest('li')!.getAttribute('aria-posinset')).to.equal('2');
      await sendKeys({ press: 'End' });
      await settled(el);
      await until(() => root(el).activeElement?.closest('li')?.getAttribute('aria-posinset') === '10000', 'focus on the last entry');
      await sendKeys({ press: 'Home' });
      await until(() => root(el).activeElement?.closest('li')?.getAttribute('aria-posinset') === '1', 'focus on the first entry');
    });

    it('keeps the shadow tree small for 10,000 entries, rendering only what is in view', async () => {
      const el = await timeline(big());
      const count = () => {
        let n = 0;
        const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_ALL);
        while (walker.nextNode()) n++;
        return n;
      };
      expect(count()).to.be.below(1500);
      const scroller = $(el, '.list-scroller')!;
      scroller.scrollTop = scroller.scrollHeight / 2;
      await until(() => Number($(el, '.entries > li')!.getAttribute('aria-posinset')) > 1000, 'the middle of the list to render');
      await settled(el);
      expect(count()).to.be.below(1500);
      el.view = 'lanes';
      await settled(el);
      expect($$(el, '.mark--bin').length).to.be.greaterThan(0);
      expect(count()).to.be.below(1500);
    });

    it('fires slk-entry-select when an entry is chosen with Enter', async () => {
      const el = await timeline();
      const article = $(el, 'article[data-entry]')!;
      article.focus();
      const event = oneEvent(el, 'slk-entry-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      expect(detail.entry.id).to.equal(article.dataset['entry']);
      await settled(el);
      expect($(el, `article[data-entry="${detail.entry.id}"]`)!.getAttribute('aria-current')).to.equal('true');
    });
  });

  describe('filter and find', () => {
    it('finds entries by words in any order, ignoring case and accents, and announces the count politely', async () => {
      const el = await timeline();
      const changed = oneEvent(el, 'slk-filter-change');
      await type(el, 'input[type="search"]', 'NURSERY bruises');
      const { detail } = await changed;
      expect(detail.shown).to.be.greaterThan(0).and.below(childJReview.chronology.length);
      expect(setSize(el)).to.equal(detail.shown);
      for (const article of $$(el, 'article[data-entry]')) expect(article.textContent.toLowerCase()).to.include('bruise');
      await until(() => $(el, '[role="status"][aria-live="polite"]')!.textContent.includes(`Showing ${detail.shown} of 92 entries`), 'the announcement');
    });

    it('filters by agency, significance and key practice episode together', async () => {
      const el = await timeline();
      const police = $$<HTMLInputElement>(el, '.agencies input');
      // Untick every agency but the police.
      for (const [i, box] of police.entries()) {
        if (childJReview.agencies[i]!.id !== 'police') {
          box.checked = false;
          box.dispatchEvent(new Event('change'));
          await settled(el);
        }
      }
      expect(el.filter.agencies).to.deep.equal(['police']);
      expect(setSize(el)).to.equal(8);
      await type(el, `select[id$="-sig"]`, 'high');
      expect(setSize(el)).to.equal(5);
      await type(el, `select[id$="-kpe"]`, 'kpe-2');
      const expected = childJReview.chronology.filter((c) => c.agencyId === 'police' && c.significance === 'high' && c.kpeIds.includes('kpe-2')).length;
      expect(setSize(el)).to.equal(expected);
    });

    it('shows no entries when every agency is unticked, rather than ticking them all again', async () => {
      const el = await timeline();
      const boxes = () => $$<HTMLInputElement>(el, '.agencies input[type="checkbox"]');
      for (const box of boxes()) {
        box.checked = false;
        box.dispatchEvent(new Event('change'));
        await settled(el);
      }
      expect(el.filter.noAgencies).to.equal(true);
      expect(boxes().every((b) => !b.checked)).to.equal(true);
      expect($(el, '[part~="message"]')!.textContent).to.include('No entries match these filters.');
      const police = boxes()[childJReview.agencies.findIndex((a) => a.id === 'police')]!;
      police.checked = true;
      police.dispatchEvent(new Event('change'));
      await settled(el);
      expect(el.filter.agencies).to.deep.equal(['police']);
      expect(el.filter.noAgencies).to.not.equal(true);
      expect(setSize(el)).to.equal(8);
      const button = (text: string) => $$<HTMLButtonElement>(el, '.agencies button').find((b) => b.textContent.trim() === text)!;
      button('Select all').click();
      await settled(el);
      expect(setSize(el)).to.equal(92);
      expect(boxes().every((b) => b.checked)).to.equal(true);
      button('Clear all').click();
      await settled(el);
      expect(boxes().some((b) => b.checked)).to.equal(false);
      expect($(el, '[part~="message"]')!.textContent).to.include('No entries match these filters.');
    });

    it('keeps an entry whose uncertain date could fall inside the date range', async () => {
      const el = await timeline();
      await type(el, 'input[id$="-from"]', '2023-04-01');
      await type(el, 'input[id$="-to"]', '2023-04-10');
      const dates = $$(el, 'article time').map((t) => t.textContent.trim());
      // 21 March to 24 April could be in early April; "6 April (uncertain)" is in it.
      expect(dates).to.include('between 21 March and 24 April 2023');
      expect(dates.some((d) => d.startsWith('6 April 2023'))).to.equal(true);
      expect(dates).to.not.include('22 March 2023 (uncertain)');
    });

    it('says when nothing matches and clears the filter from there', async () => {
      const el = await timeline();
      await type(el, 'input[type="search"]', 'zzzz-no-such-words');
      expect($(el, '[part~="message"]')!.textContent).to.include('No entries match these filters.');
      ($(el, '[part~="message"] button') as HTMLButtonElement).click();
      await settled(el);
      expect(setSize(el)).to.equal(92);
      expect(root(el).activeElement).to.equal($(el, 'input[type="search"]'));
    });

    it('keeps the filter in the address with sync-url, and reads it back', async () => {
      const el = await timeline(childJReview, 'sync-url');
      await type(el, 'input[type="search"]', 'nursery');
      expect(decodeURIComponent(location.hash)).to.equal('#timeline=q=nursery');
      el.remove();
      history.replaceState(null, '', `#timeline=${encodeURIComponent('agency=police&view=lanes')}`);
      const again = await fixture<SlkReviewTimeline>(html`<slk-review-timeline sync-url .review=${childJReview}></slk-review-timeline>`);
      await settled(again);
      expect(again.view).to.equal('lanes');
      expect(again.filter.agencies).to.deep.equal(['police']);
    });
  });

  describe('the address (sync-url)', () => {
    const high: TimelineFilter = { ...EMPTY_FILTER, significance: 'high' };
    const highCount = childJReview.chronology.filter((c) => c.significance === 'high').length;

    it('keeps a filter set from code when the address has no part for it', async () => {
      for (const hash of ['', '#slk-other=q%3Dx', '#main']) {
        setHash(hash);
        const el = await fixture<SlkReviewTimeline>(html`<slk-review-timeline sync-url .review=${childJReview} .filter=${high}></slk-review-timeline>`);
        await settled(el);
        expect(el.filter.significance, `address "${hash}"`).to.equal('high');
        expect(setSize(el)).to.equal(highCount);
        el.remove();
      }
    });

    it('follows the address back and forth: no view= is the list, no part of its own is the unfiltered list', async () => {
      const el = await timeline(childJReview, 'sync-url');
      setHash(`#timeline=${encodeURIComponent('agency=police&view=lanes')}`);
      hashChange();
      await settled(el);
      expect(el.view).to.equal('lanes');
      expect(el.filter.agencies).to.deep.equal(['police']);
      setHash(`#timeline=${encodeURIComponent('agency=police')}`);
      hashChange();
      await settled(el);
      expect(el.view).to.equal('list');
      expect(setSize(el)).to.equal(8);
      setHash('');
      hashChange();
      await settled(el);
      expect(el.view).to.equal('list');
      expect(el.filter.agencies).to.deep.equal([]);
      expect(setSize(el)).to.equal(92);
    });

    it('keeps other elements’ parts of the address, but not a plain in-page anchor', async () => {
      const el = await timeline(childJReview, 'sync-url');
      setHash('#main&&slk-other=a%3Db');
      await type(el, 'input[type="search"]', 'nursery');
      expect(location.hash).to.equal(`#slk-other=a%3Db&&timeline=${encodeURIComponent('q=nursery')}`);
    });

    it('keeps "no agency" in the address', async () => {
      const el = await timeline(childJReview, 'sync-url');
      $$<HTMLButtonElement>(el, '.agencies button').find((b) => b.textContent.trim() === 'Clear all')!.click();
      await settled(el);
      el.remove();
      const again = await fixture<SlkReviewTimeline>(html`<slk-review-timeline sync-url .review=${childJReview}></slk-review-timeline>`);
      await settled(again);
      expect(again.filter.noAgencies).to.equal(true);
      expect($(again, '[part~="message"]')!.textContent).to.include('No entries match these filters.');
    });
  });

  describe('the lane view', () => {
    it('draws one labelled lane per agency and the key practice episodes as spans', async () => {
      const el = await timeline(childJReview, '');
      el.view = 'lanes';
      await settled(el);
      expect($$(el, '[part~="lane"]').length).to.equal(childJReview.agencies.length);
      expect($$(el, '[part~="lane-label"] text').map((t) => t.textContent)).to.include('POLICE');
      expect($$(el, '[part~="kpe-span"]').length).to.equal(childJReview.keyPracticeEpisodes.length);
    });

    it('draws an uncertain date as a range with caps, and only exact dates as points', async () => {
      const el = await timeline();
      el.view = 'lanes';
      await settled(el);
      const range = $(el, '[data-item="e005"]')!; // "June 2022"
      expect(range.classList.contains('mark--range')).to.equal(true);
      expect(range.querySelector('.shape')).to.equal(null);
      expect(range.querySelectorAll('.whisker').length).to.equal(2);
      const exact = childJReview.chronology.find((c) => /^\d{4}-\d\d-\d\d$/.test(c.date))!;
      expect($(el, `[data-item="${exact.id}"] .shape`)).to.not.equal(null);
    });

    it('is operable by keyboard: arrows move in time and between agencies, Enter opens the details', async () => {
      const el = await timeline();
      el.view = 'lanes';
      await settled(el);
      const first = $(el, '[data-item][tabindex="0"]') as unknown as SVGElement;
      first.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settled(el);
      const second = root(el).activeElement as Element;
      expect(second.getAttribute('data-item')).to.not.equal(first.getAttribute('data-item'));
      await sendKeys({ press: 'ArrowDown' });
      await settled(el);
      const other = root(el).activeElement as Element;
      expect(other.closest('[part~="lane"]')).to.not.equal(second.closest('[part~="lane"]'));
      const selected = oneEvent(el, 'slk-entry-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await selected;
      await settled(el);
      expect(detail.entry.id).to.equal(other.getAttribute('data-item'));
      expect(root(el).activeElement).to.equal($(el, '[part~="details"]'));
      expect($(el, '[part~="details"]')!.textContent).to.include(detail.entry.event);
    });

    it('zooms with buttons and says which dates are shown', async () => {
      const el = await timeline();
      el.view = 'lanes';
      await settled(el);
      const range = () => $(el, '.lane-range')!.textContent.trim();
      const before = range();
      const zoomIn = $$<HTMLButtonElement>(el, '.lane-controls button')[0]!;
      zoomIn.click();
      await settled(el);
      expect(range()).to.not.equal(before);
      $$<HTMLButtonElement>(el, '.lane-controls button')[4]!.click(); // Show all
      await settled(el);
      expect(range()).to.equal(before);
    });

    it('counts entries per agency when too many are in view to draw, and zooms into a count', async () => {
      const el = await timeline(big());
      el.view = 'lanes';
      await settled(el);
      const bins = $$(el, '.mark--bin');
      expect(bins.length).to.be.greaterThan(0);
      expect(bins[0]!.getAttribute('aria-label')).to.match(/^\d+ entries, /);
      const before = $(el, '.lane-range')!.textContent;
      (bins[0] as unknown as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settled(el);
      expect($(el, '.lane-range')!.textContent).to.not.equal(before);
    });
  });

  describe('editing', () => {
    async function editable(): Promise<{ provider: SlkReview; el: SlkReviewTimeline; store: MemoryStore }> {
      const store = new MemoryStore();
      await store.putReview(childJReview, { expectedRevision: null });
      const provider = await fixture<SlkReview>(html`<slk-review review-id=${childJReview.id} .store=${store}><slk-review-timeline editable></slk-review-timeline></slk-review>`);
      await settled(provider);
      return { provider, el: provider.querySelector('slk-review-timeline')!, store };
    }

    it('refuses an entry without its required fields, GOV.UK style, without echoing values', async () => {
      const { el } = await editable();
      $$<HTMLButtonElement>(el, '.actions .button').find((b) => b.textContent.trim() === 'Add entry')!.click();
      await settled(el);
      const dialog = $<HTMLDialogElement>(el, 'dialog.form-dialog')!;
      expect(dialog.open).to.equal(true);
      (dialog.querySelector('input[name="date"]') as HTMLInputElement).value = 'Jesse <b>12/04</b>';
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settled(el);
      const summary = dialog.querySelector<HTMLElement>('.error-summary')!;
      expect(root(el).activeElement).to.equal(summary);
      expect(summary.querySelector('h3')!.textContent).to.equal('There is a problem');
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href')!.split('-f-')[1])).to.include.members(['date', 'agencyId', 'source', 'event']);
      expect(summary.textContent).to.not.include('Jesse');
      // The same wording beside the field; following the link focuses it.
      const sourceError = dialog.querySelector('[id$="-f-source-error"]')!;
      expect(links.map((a) => a.textContent)).to.include(sourceError.textContent.replace('Error:', '').trim());
      links.find((a) => a.getAttribute('href')!.endsWith('-f-source'))!.click();
      expect(root(el).activeElement).to.equal(dialog.querySelector('[name="source"]'));
      expect(dialog.querySelector('[name="source"]')!.getAttribute('aria-invalid')).to.equal('true');
    });

    it('adds an entry through the store, tells the page, and puts focus on it', async () => {
      const { el, store } = await editable();
      $$<HTMLButtonElement>(el, '.actions .button').find((b) => b.textContent.trim() === 'Add entry')!.click();
      await settled(el);
      const dialog = $<HTMLDialogElement>(el, 'dialog.form-dialog')!;
      const set = (name: string, value: string) => {
        const control = dialog.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
        control.value = value;
      };
      set('date', '2023-05-02~');
      set('agencyId', 'gp');
      set('source', 'GP record, consultation note');
      set('event', 'Adult M phoned the practice about Child J’s missed appointment.');
      dialog.querySelector<HTMLInputElement>('input[name="kpeIds"][value="kpe-4"]')!.checked = true;
      const changed = oneEvent(el, 'slk-entry-change');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const { detail } = await changed;
      expect(detail.action).to.equal('create');
      expect(detail.saved).to.equal(true);
      const stored = await store.getReview(childJReview.id);
      const added = stored!.value.chronology.find((c) => c.id === detail.entry!.id)!;
      expect(added).to.include({ date: '2023-05-02~', agencyId: 'gp', significance: 'medium', visibility: 'panel' });
      expect(added.kpeIds).to.deep.equal(['kpe-4']);
      await until(() => root(el).activeElement?.getAttribute('data-entry') === added.id, 'focus on the new entry');
      expect(dialog.open).to.equal(false);
    });

    it('changes and deletes an entry, asking before it deletes', async () => {
      const { el, store } = await editable();
      const article = $(el, 'article[data-entry="e005"]')!;
      article.querySelector<HTMLButtonElement>('.entry__edit')!.click();
      await until(() => Boolean($<HTMLDialogElement>(el, 'dialog.form-dialog')?.open), 'the form');
      const dialog = $<HTMLDialogElement>(el, 'dialog.form-dialog')!;
      dialog.querySelector<HTMLInputElement>('[name="source"]')!.value = 'Council inbox audit';
      const updated = oneEvent(el, 'slk-entry-change');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const { detail } = await updated;
      expect(detail).to.include({ action: 'update' });
      expect(detail.previous!.source).to.equal('Council general enquiries inbox');
      expect((await store.getEntity(childJReview.id, 'chronology', 'e005'))!.value.source).to.equal('Council inbox audit');

      await until(() => !dialog.open && root(el).activeElement?.getAttribute('data-entry') === 'e005', 'focus back on the changed entry');

      // e005 is evidence for contributory factors: the store refuses to delete it, and says why.
      const openDelete = async (id: string) => {
        await until(() => Boolean($(el, `article[data-entry="${id}"] .entry__edit`)), `entry ${id}`);
        $(el, `article[data-entry="${id}"] .entry__edit`)!.click();
        await until(() => Boolean($<HTMLDialogElement>(el, 'dialog.form-dialog')?.open), 'the form');
        [...dialog.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.trim() === 'Delete entry')!.click();
        await settled(el);
        expect(dialog.querySelector('.confirm')!.textContent).to.include('cannot be undone');
        [...dialog.querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => b.textContent.trim() === 'Yes, delete it')!.click();
      };
      await openDelete('e005');
      await until(() => Boolean(dialog.querySelector('.error-summary')), 'the refusal');
      expect(dialog.querySelector('.error-summary')!.textContent).to.include('Other records still refer to this one');
      dialog.querySelector<HTMLButtonElement>('.form-actions .button--secondary')!.click();
      await settled(el);

      const loose = childJReview.chronology.find((c) => referencesTo(childJReview, 'chronology', c.id).length === 0)!.id;
      const deleted = oneEvent(el, 'slk-entry-change');
      await openDelete(loose);
      expect((await deleted).detail.action).to.equal('delete');
      expect(await store.getEntity(childJReview.id, 'chronology', loose)).to.equal(undefined);
      await until(() => !$(el, `article[data-entry="${loose}"]`) && root(el).activeElement?.localName === 'article', 'focus on a neighbour');
    });

    it('reports a conflict with another tab’s save, and can save over it when asked', async () => {
      const { el, store } = await editable();
      $(el, 'article[data-entry="e005"] .entry__edit')!.click();
      await until(() => Boolean($<HTMLDialogElement>(el, 'dialog.form-dialog')?.open), 'the form');
      const current = await store.getEntity(childJReview.id, 'chronology', 'e005');
      await store.putEntity(childJReview.id, 'chronology', { ...current!.value, outcome: 'Changed elsewhere' }, { expectedRevision: current!.revision });
      const dialog = $<HTMLDialogElement>(el, 'dialog.form-dialog')!;
      dialog.querySelector<HTMLTextAreaElement>('[name="outcome"]')!.value = 'Mine';
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean(dialog.querySelector('.error-summary')), 'the conflict message');
      expect(dialog.querySelector('.error-summary')!.textContent).to.include('Someone else saved a change');
      const saved = oneEvent(el, 'slk-entry-change');
      dialog.querySelector<HTMLButtonElement>('.error-summary button')!.click();
      await saved;
      expect((await store.getEntity(childJReview.id, 'chronology', 'e005'))!.value.outcome).to.equal('Mine');
    });

    const openEdit = async (el: SlkReviewTimeline, id: string) => {
      await until(() => Boolean($(el, `article[data-entry="${id}"] .entry__edit`)), `entry ${id}`);
      $(el, `article[data-entry="${id}"] .entry__edit`)!.click();
      await until(() => Boolean($<HTMLDialogElement>(el, 'dialog.form-dialog')?.open), 'the form');
      return $<HTMLDialogElement>(el, 'dialog.form-dialog')!;
    };
    const openAdd = async (el: SlkReviewTimeline) => {
      $$<HTMLButtonElement>(el, '.actions .button').find((b) => b.textContent.trim() === 'Add entry')!.click();
      await until(() => Boolean($<HTMLDialogElement>(el, 'dialog.form-dialog')?.open), 'the form');
      return $<HTMLDialogElement>(el, 'dialog.form-dialog')!;
    };
    const fill = (dialog: HTMLDialogElement, values: Record<string, string>) => {
      for (const [name, value] of Object.entries(values)) dialog.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
    };
    const buttonsIn = (node: Element) => [...node.querySelectorAll<HTMLButtonElement>('button')].map((b) => b.textContent.trim());
    const buttonIn = (node: Element, text: string) => [...node.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.trim() === text)!;
    const valid = { date: '2023-05-02', agencyId: 'gp', source: 'GP record', event: 'Adult M phoned the practice.' };

    it('shows the other person’s version beside a conflict, and saves what the form holds now', async () => {
      const { el, store } = await editable();
      const dialog = await openEdit(el, 'e005');
      const current = await store.getEntity(childJReview.id, 'chronology', 'e005');
      await store.putEntity(childJReview.id, 'chronology', { ...current!.value, event: 'Their account of the call' }, { expectedRevision: current!.revision });
      fill(dialog, { outcome: 'Mine, first go' });
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean(dialog.querySelector('.error-summary')), 'the conflict message');
      const summary = dialog.querySelector('.error-summary')!;
      const e005 = childJReview.chronology.find((c) => c.id === 'e005')!;
      expect(summary.textContent).to.include('Their version').and.include('Their account of the call');
      expect(summary.textContent).to.include(childJReview.agencies.find((a) => a.id === e005.agencyId)!.name).and.include(formatPartialDate(e005.date, 'en-GB'));
      // Having compared, the reader changes their own version before saving over the other.
      fill(dialog, { outcome: 'Mine, after comparing' });
      const saved = oneEvent(el, 'slk-entry-change');
      buttonIn(summary, 'Save my version anyway').click();
      await saved;
      expect((await store.getEntity(childJReview.id, 'chronology', 'e005'))!.value.outcome).to.equal('Mine, after comparing');
      await until(() => !dialog.open && root(el).activeElement?.getAttribute('data-entry') === 'e005', 'focus on the saved entry');
    });

    it('offers “Delete anyway” or “Keep it” when a deleted entry was changed by someone else', async () => {
      const { el, store } = await editable();
      const loose = childJReview.chronology.filter((c) => referencesTo(childJReview, 'chronology', c.id).length === 0);
      for (const [n, entry] of loose.slice(0, 2).entries()) {
        const dialog = await openEdit(el, entry.id);
        const current = await store.getEntity(childJReview.id, 'chronology', entry.id);
        await store.putEntity(childJReview.id, 'chronology', { ...current!.value, outcome: 'Changed elsewhere' }, { expectedRevision: current!.revision });
        buttonIn(dialog, 'Delete entry').click();
        await settled(el);
        buttonIn(dialog.querySelector('.confirm')!, 'Yes, delete it').click();
        await until(() => Boolean(dialog.querySelector('.error-summary')), 'the conflict message');
        const summary = dialog.querySelector<HTMLElement>('.error-summary')!;
        expect(root(el).activeElement).to.equal(summary);
        expect(summary.textContent).to.include('Changed elsewhere');
        expect(buttonsIn(summary)).to.deep.equal(['Delete anyway', 'Keep it']);
        if (n === 0) {
          buttonIn(summary, 'Keep it').click();
          await until(() => !dialog.open && root(el).activeElement?.getAttribute('data-entry') === entry.id, 'focus on the kept entry');
          expect((await store.getEntity(childJReview.id, 'chronology', entry.id))!.value.outcome).to.equal('Changed elsewhere');
        } else {
          const deleted = oneEvent(el, 'slk-entry-change');
          buttonIn(summary, 'Delete anyway').click();
          expect((await deleted).detail.action).to.equal('delete');
          expect(await store.getEntity(childJReview.id, 'chronology', entry.id)).to.equal(undefined);
          await until(() => !dialog.open && root(el).activeElement?.localName === 'article', 'focus on a neighbour');
        }
      }
    });

    it('loses nothing typed when the browser cannot save: the form stays, and what was typed downloads', async () => {
      const { el, store } = await editable();
      store.putEntity = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      const dialog = await openAdd(el);
      fill(dialog, { ...valid, outcome: 'Appointment rebooked' });
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean(dialog.querySelector('.error-summary')), 'the failure message');
      const summary = dialog.querySelector<HTMLElement>('.error-summary')!;
      expect(root(el).activeElement).to.equal(summary);
      expect(summary.textContent).to.include('What you typed is still in this form').and.not.include('download the review');
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector<HTMLTextAreaElement>('[name="event"]')!.value).to.equal(valid.event);
      const { downloads, restore } = catchDownloads();
      try {
        // Typed after the failed save: the download has the form as it is now.
        fill(dialog, { source: 'GP record, consultation note' });
        buttonIn(summary, 'Download what I typed').click();
        await settled(el);
        expect(downloads.length).to.equal(1);
        expect(downloads[0]!.name).to.match(/\.json$/);
        const saved = JSON.parse(await downloads[0]!.blob.text()) as { entry: Record<string, unknown> };
        expect(saved.entry).to.include({ ...valid, source: 'GP record, consultation note', outcome: 'Appointment rebooked' });
        expect(summary.querySelector('[role="status"]')!.textContent).to.include(downloads[0]!.name);
        expect(dialog.open).to.equal(true);
      } finally {
        restore();
      }
    });

    it('records the people an entry is about', async () => {
      const { el, store } = await editable();
      const dialog = await openAdd(el);
      const boxes = [...dialog.querySelectorAll<HTMLInputElement>('input[name="subjectIds"]')];
      expect(boxes.map((b) => b.closest('label')!.textContent.trim().split(' (')[0])).to.deep.equal(childJReview.subjects.map((p) => p.pseudonym));
      expect(boxes[0]!.closest('fieldset')!.querySelector('legend')!.textContent).to.include('People the entry is about');
      fill(dialog, valid);
      boxes[0]!.checked = true;
      boxes[2]!.checked = true;
      const changed = oneEvent(el, 'slk-entry-change');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const { entry } = (await changed).detail as { entry: ChronologyEntry };
      const stored = await store.getEntity(childJReview.id, 'chronology', entry.id);
      expect(stored!.value.subjectIds).to.deep.equal([childJReview.subjects[0]!.id, childJReview.subjects[2]!.id]);
      // Editing shows who an entry is about, and keeps them unless unticked.
      const withPeople = childJReview.chronology.find((c) => c.subjectIds.length)!;
      const again = await openEdit(el, withPeople.id);
      const ticked = [...again.querySelectorAll<HTMLInputElement>('input[name="subjectIds"]')].filter((b) => b.checked).map((b) => b.value);
      expect(ticked).to.have.members([...withPeople.subjectIds]);
    });

    it('links each error to its group of choices, which shows the error beside them', async () => {
      const { el } = await editable();
      const dialog = await openAdd(el);
      fill(dialog, valid);
      for (const name of ['significance', 'visibility']) {
        const radio = dialog.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
        radio.value = 'not-a-choice';
        radio.checked = true;
      }
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean(dialog.querySelector('.error-summary')), 'the errors');
      const follow = (name: string) => {
        const link = [...dialog.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => a.getAttribute('href')!.endsWith(`-f-${name}`))!;
        link.click();
        const group = root(el).activeElement!;
        expect(group.localName, name).to.equal('fieldset');
        expect(group.querySelector(`input[name="${name}"]`), name).to.not.equal(null);
        expect(group.querySelector('.error-message')!.textContent.replace('Error:', '').trim()).to.equal(link.textContent.trim());
        expect(group.getAttribute('aria-describedby')).to.equal(group.querySelector('.error-message')!.id);
      };
      follow('significance');
      follow('visibility');
      for (const name of ['significance', 'visibility']) dialog.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value = name === 'significance' ? 'medium' : 'panel';
      const person = dialog.querySelector<HTMLInputElement>('input[name="subjectIds"]')!;
      person.value = 'no-such-person';
      person.checked = true;
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => dialog.querySelectorAll('.error-summary a').length === 1, 'the error about the person');
      follow('subjectIds');
    });

    it('says once, GOV.UK style, that the date and agency are missing', async () => {
      const { el } = await editable();
      const dialog = await openAdd(el);
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean(dialog.querySelector('.error-summary')), 'the errors');
      const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
      const about = (name: string) => links.filter((a) => a.getAttribute('href')!.endsWith(`-f-${name}`)).map((a) => a.textContent.trim());
      expect(about('date')).to.deep.equal(['Enter the date of the entry']);
      expect(about('agencyId')).to.deep.equal(['Select the agency the entry comes from']);
    });

    it('edits its own copy when it has no store, and says the change is not saved', async () => {
      const el = await timeline({ ...childJReview, chronology: childJReview.chronology.slice(0, 3) }, 'editable');
      $(el, 'article[data-entry] .entry__edit')!.click();
      await until(() => Boolean($<HTMLDialogElement>(el, 'dialog.form-dialog')?.open), 'the form');
      const dialog = $<HTMLDialogElement>(el, 'dialog.form-dialog')!;
      dialog.querySelector<HTMLInputElement>('[name="source"]')!.value = 'Edited source';
      const changed = oneEvent(el, 'slk-entry-change');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const { detail } = await changed;
      expect(detail.saved).to.equal(false);
      expect(el.review!.chronology.some((c) => c.source === 'Edited source')).to.equal(true);
    });

    it('offers no editing to the panel or the public', async () => {
      const el = await timeline(childJReview, 'editable');
      el.audience = 'publication';
      await settled(el);
      expect($$(el, '.entry__edit').length).to.equal(0);
      expect($$(el, 'button').some((b) => b.textContent.trim() === 'Add entry')).to.equal(false);
    });
  });

  describe('audiences and names', () => {
    it('shows the public only what the SDK’s publication profile allows', async () => {
      const el = await timeline();
      el.audience = 'publication';
      await settled(el);
      expect(setSize(el)).to.equal(childJReview.chronology.filter((c) => c.visibility === 'publication').length);
      const days = $$(el, 'article time').filter((t) => /^\d{1,2} /.test(t.textContent.trim()));
      expect(days.length).to.equal(0); // dates are given as months
    });

    it('switches to real names with a pseudonym key, for the internal audience only', async () => {
      const el = await fixture<SlkReviewTimeline>(html`<slk-review-timeline .review=${childJReview} .key=${childJKey}></slk-review-timeline>`);
      await settled(el);
      const toggle = $$<HTMLButtonElement>(el, 'button.toggle').find((b) => b.textContent.trim() === 'Show real names')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect($(el, 'article[data-entry="e001"]')!.textContent).to.include('Child J');
      toggle.click();
      await settled(el);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect($(el, 'article[data-entry="e001"]')!.textContent).to.include('Child J (Jesse Samplefield)');
      el.audience = 'panel';
      await settled(el);
      expect($$(el, 'button.toggle').some((b) => b.textContent.trim() === 'Show real names')).to.equal(false);
      expect(root(el).textContent).to.not.include('Jesse');
    });
  });

  describe('audience mistakes', () => {
    it('shows only what the public may see when its audience attribute is misspelt', async () => {
      const el = await fixture<SlkReviewTimeline>(html`<slk-review-timeline audience="pubilc" .review=${childJReview}></slk-review-timeline>`);
      await settled(el);
      expect(el.audience).to.equal('publication');
      expect(setSize(el)).to.equal(childJReview.chronology.filter((c) => c.visibility === 'publication').length);
    });

    it('says why its own review cannot be redacted, reason by reason', async () => {
      const el = await fixture<SlkReviewTimeline>(html`<slk-review-timeline audience="panel" .review=${childJReview} .key=${{ ...childJKey, reviewId: 'another-review' }}></slk-review-timeline>`);
      await settled(el);
      const alert = $(el, '[part~="message"][role="alert"]')!;
      expect(alert.textContent).to.include('The pseudonym key does not fit this review');
      expect($$(el, '.entries')).to.have.length(0);
    });
  });

  describe('export and print', () => {
    // Downloads are caught where the component hands the file to the browser.
    let caught: ReturnType<typeof catchDownloads>;
    let downloads: Array<{ name: string; blob: Blob }> = [];
    beforeEach(() => {
      caught = catchDownloads();
      downloads = caught.downloads;
    });
    afterEach(() => caught.restore());

    it('downloads the chronology as CSV for its audience', async () => {
      const el = await timeline();
      el.audience = 'panel';
      await settled(el);
      $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.trim() === 'Download CSV')!.click();
      await until(() => downloads.length === 1, 'the download');
      expect(downloads[0]!.name).to.equal('child-j-panel-chronology.csv');
      const text = await downloads[0]!.blob.text();
      expect(text.split('\n')[0]).to.match(/^\uFEFF?Entry ID,Date \(EDTF\)/);
      const internal = childJReview.chronology.find((c) => c.visibility === 'internal')!.id;
      expect(text).to.not.include(`\r\n${internal},`); // internal-only entries stay out
    });

    it('asks who and why before an unredacted download, and records it in the audit log', async () => {
      const store = new MemoryStore();
      await store.putReview(childJReview, { expectedRevision: null });
      const provider = await fixture<SlkReview>(html`<slk-review review-id=${childJReview.id} .store=${store}><slk-review-timeline></slk-review-timeline></slk-review>`);
      await settled(provider);
      const el = provider.querySelector('slk-review-timeline')!;
      $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.trim() === 'Download JSON')!.click();
      await until(() => Boolean($<HTMLDialogElement>(el, 'dialog.export-dialog')?.open), 'the export dialog');
      const dialog = $<HTMLDialogElement>(el, 'dialog.export-dialog')!;
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean(dialog.querySelector('.error-message')), 'the error');
      expect(downloads.length).to.equal(0);
      dialog.querySelector<HTMLInputElement>('[name="role"]')!.value = 'Business manager';
      dialog.querySelector<HTMLTextAreaElement>('[name="reason"]')!.value = 'Copy for the panel chair meeting file';
      const audited = oneEvent(el, 'slk-audit');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect((await audited).detail).to.include({ role: 'Business manager', audience: 'internal' });
      await until(() => downloads.length === 1, 'the download');
      expect((await store.auditLog()).map((e) => e.reason)).to.deep.equal(['Copy for the panel chair meeting file']);
      expect(dialog.open).to.equal(false);
    });

    it('moves focus to the reason an unredacted download was refused', async () => {
      const el = await timeline();
      $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.trim() === 'Download JSON')!.click();
      await until(() => Boolean($<HTMLDialogElement>(el, 'dialog.export-dialog')?.open), 'the export dialog');
      const dialog = $<HTMLDialogElement>(el, 'dialog.export-dialog')!;
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean(dialog.querySelector('[role="alert"]')), 'the error');
      await until(() => root(el).activeElement === dialog.querySelector('[role="alert"]'), 'focus on the error');
      expect(downloads.length).to.equal(0);
    });

    it('prints the whole filtered chronology as a table headed with the review and audience', async () => {
      const el = await timeline(big());
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await settled(el);
      const table = $(el, '.print-table')!;
      expect(getComputedStyle(table.parentElement!).display).to.equal('block');
      expect(table.querySelectorAll('tbody tr').length).to.equal(10000);
      expect(getComputedStyle($(el, '.list-scroller')!.parentElement!).display).to.equal('none');
      expect($(el, '.print-title')!.textContent).to.include(big().title);
      expect($(el, '.print-only')!.textContent).to.include('Prepared for: Partnership only');
      window.dispatchEvent(new Event('afterprint'));
      await settled(el);
      expect($(el, '.print-table')).to.equal(null);
    });
  });

  describe('states', () => {
    it('says how to give it a review when it has none', async () => {
      const el = await fixture<SlkReviewTimeline>(html`<slk-review-timeline></slk-review-timeline>`);
      expect($(el, '[part~="message"]')!.textContent).to.include('Put this element inside <slk-review>');
    });

    it('says a review has no entries yet, and what an entry needs', async () => {
      const el = await timeline({ ...childJReview, chronology: [] }, 'editable');
      expect($(el, '[part~="message"]')!.textContent).to.include('This review has no chronology entries yet.').and.include('needs a date, an agency');
    });

    it('shows that it is loading while the provider reads the store', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const store = new MemoryStore();
      await store.putReview(childJReview, { expectedRevision: null });
      const slow = Object.create(store) as MemoryStore;
      slow.getReview = async (id: string) => {
        await gate;
        return store.getReview(id);
      };
      const provider = fixtureSync<SlkReview>(html`<slk-review review-id=${childJReview.id} .store=${slow}><slk-review-timeline></slk-review-timeline></slk-review>`);
      const el = provider.querySelector('slk-review-timeline')!;
      await until(() => Boolean($(el, '[part~="message"][role="status"]')), 'the loading message');
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      release();
      await settled(provider);
      expect(setSize(el)).to.equal(92);
    });
  });

  for (const example of reviewTimelineFixtures.fixtures) {
    it(`is accessible: ${example.name}`, async () => {
      const el = await fixture(example.render());
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
