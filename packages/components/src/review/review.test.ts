import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { IndexedDbStore, MemoryStore } from '@slk/sdk';
import { childJKey, childJReview, childJReviewInput } from '@slk/sdk/fixtures';
import { reviewFixtures } from './review.fixtures.js';
import { SlkReview } from './review.js';
import type { SlkReviewTimeline } from '../review-timeline/review-timeline.js';
import { settled, until } from '../../../../test/helpers/settle.js';
import { followDocumentLanguage, getLocale, setLocale } from '../internal/localization.js';
import './define.js';
import '../review-timeline/define.js';

const hosted = (document: unknown) => URL.createObjectURL(new Blob([JSON.stringify(document)], { type: 'application/json' }));
const shownCount = (timeline: Element) => Number(timeline.shadowRoot!.querySelector('.entries > li')?.getAttribute('aria-setsize') ?? 0);
const alertOf = (el: SlkReview) => el.shadowRoot!.querySelector('[role="alert"]');

async function provider(template: ReturnType<typeof html>): Promise<SlkReview> {
  const el = await fixture<SlkReview>(template);
  await settled(el);
  return el;
}

describe('<slk-review>', () => {
  it('is registered under its tag and shows its content', async () => {
    const el = await provider(html`<slk-review><p>Host content</p></slk-review>`);
    expect(el).to.be.instanceOf(SlkReview);
    expect(el.querySelector('p')!.assignedSlot).to.not.equal(null);
    expect(alertOf(el)).to.equal(null);
  });

  describe('from a file (src)', () => {
    it('fetches, validates and shares the review with the elements inside', async () => {
      const ready = new Promise<CustomEvent>((resolve) => document.addEventListener('slk-review-ready', resolve as EventListener, { once: true }));
      const el = await provider(html`<slk-review src=${hosted(childJReviewInput)}><slk-review-timeline></slk-review-timeline></slk-review>`);
      expect((await ready).detail).to.deep.equal({ reviewId: 'child-j', revision: 1 });
      expect(shownCount(el.querySelector('slk-review-timeline')!)).to.equal(childJReview.chronology.length);
    });

    it('shows a visible error saying what to do when the file is not found', async () => {
      const failed = new Promise<CustomEvent>((resolve) => document.addEventListener('slk-review-error', resolve as EventListener, { once: true }));
      const el = await provider(html`<slk-review src="/no-such-folder/review.json"><slk-review-timeline></slk-review-timeline></slk-review>`);
      expect((await failed).detail).to.deep.equal({ reason: 'http', status: 404 });
      expect(alertOf(el)!.textContent).to.include('The review could not be fetched').and.include('was not found at its address');
      expect(el.querySelector('slk-review-timeline')!.shadowRoot!.textContent).to.include('the review did not load');
    });

    it('lists the problems of an invalid file by field, never echoing what the file says', async () => {
      const hostile = '<img src=x onerror="globalThis.pwned=1">Jesse';
      const el = await provider(html`<slk-review src=${hosted({ ...childJReviewInput, nation: hostile, chronology: [{ ...childJReviewInput.chronology![0], source: '' }] })}></slk-review>`);
      const alert = alertOf(el)!;
      expect(alert.textContent).to.include('The review file has problems');
      expect([...alert.querySelectorAll('code')].map((c) => c.textContent)).to.include.members(['nation', 'chronology[0].source']);
      expect(alert.textContent).to.not.include('Jesse');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('says a file that is not JSON is not a review', async () => {
      const el = await provider(html`<slk-review src=${URL.createObjectURL(new Blob(['<html>not json'], { type: 'text/html' }))}></slk-review>`);
      expect(alertOf(el)!.textContent).to.include('The review file could not be read');
    });

    it('refuses a file on another website unless allow-cross-origin is set', async () => {
      const el = await provider(html`<slk-review src="https://reviews.example.org/child-j.json"></slk-review>`);
      expect(alertOf(el)!.textContent).to.include('on another website');
    });
  });

  describe('stores', () => {
    it('keeps every element in step when one store changes, and follows changes from other code', async () => {
      const store = new MemoryStore();
      await store.putReview(childJReview, { expectedRevision: null });
      const el = await provider(html`<slk-review review-id="child-j" .store=${store}>
        <slk-review-timeline id="one"></slk-review-timeline>
        <slk-review-timeline id="two" view="lanes"></slk-review-timeline>
      </slk-review>`);
      const [one, two] = [...el.querySelectorAll<SlkReviewTimeline>('slk-review-timeline')];
      const entry = childJReview.chronology.find((c) => c.id === 'e001')!;
      await store.putEntity('child-j', 'chronology', { ...entry, event: 'Changed in another widget' }, { expectedRevision: 1 });
      await until(() => one!.shadowRoot!.textContent.includes('Changed in another widget'), 'the list to update');
      two!.view = 'list';
      await settled(el);
      expect(two!.shadowRoot!.textContent).to.include('Changed in another widget');
    });

    it('keeps the review in this browser with store="local", seeded from src the first time', async () => {
      const database = `slk-test-${Math.random().toString(36).slice(2)}`;
      const first = await provider(html`<slk-review store="local" database=${database} review-id="child-j" src=${hosted(childJReviewInput)}><slk-review-timeline></slk-review-timeline></slk-review>`);
      expect(shownCount(first.querySelector('slk-review-timeline')!)).to.equal(92);
      first.remove();
      const store = await IndexedDbStore.open({ name: database, broadcast: false });
      const stored = await store.getReview('child-j');
      await store.putEntity('child-j', 'chronology', { ...stored!.value.chronology[0]!, event: 'Kept in IndexedDB' }, { expectedRevision: 1 });
      store.close();
      // No src this time: the browser's copy, with the change, is what shows.
      const again = await provider(html`<slk-review store="local" database=${database} review-id="child-j"><slk-review-timeline></slk-review-timeline></slk-review>`);
      expect(again.querySelector('slk-review-timeline')!.shadowRoot!.textContent).to.include('Kept in IndexedDB');
      again.remove();
      indexedDB.deleteDatabase(database);
    });

    it('shows the review from memory, and says changes will not be kept, when the browser refuses its storage', async () => {
      // A browser policy or private mode can refuse IndexedDB outright.
      const real = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')!;
      Object.defineProperty(globalThis, 'indexedDB', {
        configurable: true,
        get: () => ({ open: () => { throw new DOMException('Blocked by policy', 'SecurityError'); } }),
      });
      try {
        const el = await provider(html`<slk-review store="local" review-id="child-j" src=${hosted(childJReviewInput)}><slk-review-timeline></slk-review-timeline></slk-review>`);
        expect(shownCount(el.querySelector('slk-review-timeline')!)).to.equal(92);
        const status = el.shadowRoot!.querySelector('[part="status"]')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.textContent.replace(/\s+/g, ' ').trim()).to.equal(
          'This browser cannot keep the review, so changes made here will be lost when you leave the page. Download a copy to keep your work.',
        );
      } finally {
        Object.defineProperty(globalThis, 'indexedDB', real);
      }
    });

    it('says so when the browser has no copy of the review and nothing to start from', async () => {
      const el = await provider(html`<slk-review store="memory" review-id="child-j"></slk-review>`);
      expect(alertOf(el)!.textContent).to.include('There is no review to show');
    });

    it('validates a review set from code before sharing it', async () => {
      const el = await provider(html`<slk-review .review=${{ ...childJReview, agencies: [] }}></slk-review>`);
      expect(alertOf(el)!.textContent).to.include('The review file has problems');
    });
  });

  describe('audience', () => {
    it('shows the panel and the public the SDK’s redacted copy', async () => {
      const el = await provider(html`<slk-review audience="publication" .review=${childJReview}><slk-review-timeline></slk-review-timeline></slk-review>`);
      const timeline = el.querySelector('slk-review-timeline')!;
      expect(shownCount(timeline)).to.equal(childJReview.chronology.filter((c) => c.visibility === 'publication').length);
      timeline.filter = { agencies: [], query: 'number removed' };
      await settled(el);
      expect(timeline.shadowRoot!.querySelector('.entries')!.textContent).to.include('[phone number removed]');
      timeline.filter = { agencies: [], query: '' };
      el.audience = 'internal';
      await settled(el);
      expect(shownCount(timeline)).to.equal(childJReview.chronology.length);
    });

    it('shows only what the public may see when the audience is misspelt, and internal when there is none', async () => {
      const el = await provider(html`<slk-review audience="publicaton" .review=${childJReview}><slk-review-timeline></slk-review-timeline></slk-review>`);
      expect(el.audience).to.equal('publication');
      const timeline = el.querySelector('slk-review-timeline')!;
      expect(shownCount(timeline)).to.equal(childJReview.chronology.filter((c) => c.visibility === 'publication').length);
      el.removeAttribute('audience');
      await settled(el);
      expect(el.audience).to.equal('internal');
      expect(shownCount(timeline)).to.equal(childJReview.chronology.length);
    });

    it('says why a review cannot be redacted, and tells the host page', async () => {
      const el = await provider(html`<slk-review .review=${childJReview}><slk-review-timeline></slk-review-timeline></slk-review>`);
      const failed = oneEvent(el, 'slk-review-error');
      el.key = { ...childJKey, reviewId: 'another-review' };
      el.audience = 'panel';
      const { detail } = await failed;
      expect(detail).to.include({ reason: 'redaction', redaction: 'key' });
      await settled(el);
      expect(alertOf(el)!.textContent).to.include('The pseudonym key does not fit this review');
      // Back to a key that fits: the redacted review is shown and the message goes.
      el.key = childJKey;
      await settled(el);
      expect(alertOf(el)).to.equal(null);
      expect(shownCount(el.querySelector('slk-review-timeline')!)).to.be.greaterThan(0);
    });

    it('explains a failure in Welsh when the page is in Welsh', async () => {
      const el = await provider(html`<slk-review lang="cy" src="/no-such-folder/review.json"></slk-review>`);
      try {
        await until(() => getLocale() === 'cy', 'the Welsh locale');
        await settled(el);
        expect(alertOf(el)!.textContent).to.not.include('could not be fetched');
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('cy');
      } finally {
        el.remove();
        await setLocale('en-GB');
        await followDocumentLanguage();
      }
    });
  });

  it('reloads when its src changes and fires slk-review-ready again', async () => {
    const el = await provider(html`<slk-review src=${hosted(childJReviewInput)}><slk-review-timeline></slk-review-timeline></slk-review>`);
    const ready = oneEvent(el, 'slk-review-ready');
    el.src = hosted({ ...childJReviewInput, title: 'Child J: the second file' });
    await ready;
    await settled(el);
    expect(el.querySelector('slk-review-timeline')!.shadowRoot!.querySelector('.subtitle')!.textContent).to.include('Child J: the second file');
  });

  for (const example of reviewFixtures.fixtures) {
    it(`is accessible: ${example.name}`, async () => {
      const el = await fixture(example.render());
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
