import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ACTION_TRANSITIONS, MemoryStore, RAG_LABELS, deriveRag, parseReview, summarisePlan, type Review } from '@slk/sdk';
import { SAMPLE_TODAY, childJReview, generateReview } from '@slk/sdk/fixtures';
import { actionTrackerFixtures } from './action-tracker.fixtures.js';
import { SlkActionTracker, type ActionChangeDetail } from './action-tracker.js';
import { applyFilter, prepareRows, sortRows, viewFromParams, viewToParams, EMPTY_FILTER, DEFAULT_SORT } from './action-model.js';
import type { SlkReview } from '../review/review.js';
import { settled, until } from '../../../../test/helpers/settle.js';
import { catchDownloads } from '../../../../test/helpers/downloads.js';
import './define.js';
import '../review/define.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const rowIds = (el: Element) => $$(el, 'tbody tr.action-row').map((r) => r.dataset['id']!);
const buttonNamed = (el: Element, scope: string, text: string) => $$<HTMLButtonElement>(el, `${scope} button`).find((b) => b.textContent.trim() === text);

async function tracker(review: Review = childJReview, attrs: { view?: string } = {}): Promise<SlkActionTracker> {
  const el = await fixture<SlkActionTracker>(html`<slk-action-tracker today=${SAMPLE_TODAY} view=${attrs.view ?? 'table'} .review=${review}></slk-action-tracker>`);
  await settled(el);
  return el;
}

async function provided(options: { agency?: string; store?: MemoryStore; review?: Review } = {}): Promise<{ provider: SlkReview; el: SlkActionTracker; store: MemoryStore }> {
  const store = options.store ?? new MemoryStore();
  const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${options.review ?? childJReview}>
    <slk-action-tracker editable view="board" today=${SAMPLE_TODAY} agency=${options.agency ?? ''}></slk-action-tracker>
  </slk-review>`);
  await settled(provider);
  const el = provider.querySelector('slk-action-tracker')!;
  await settled(el);
  return { provider, el, store };
}

const card = (el: Element, id: string) => $(el, `.card[data-id="${id}"]`);
const columnOf = (el: Element, id: string) => card(el, id)?.closest<HTMLElement>('.column')?.dataset['status'];
const stored = async (store: MemoryStore, id: string) => (await store.getEntity(childJReview.id, 'actions', id))!.value;

describe('<slk-action-tracker>', () => {
  it('is registered under its tag and names its region', async () => {
    const el = await fixture<SlkActionTracker>(html`<slk-action-tracker label="What agencies are doing" .review=${childJReview}></slk-action-tracker>`);
    expect(el).to.be.instanceOf(SlkActionTracker);
    expect($(el, '[part~="base"]')!.getAttribute('aria-label')).to.equal('What agencies are doing');
  });

  describe('the table', () => {
    it('shows every action with the RAG rating the SDK derives for the day, and why', async () => {
      const el = await tracker();
      expect(rowIds(el)).to.have.members(childJReview.actions.map((a) => a.id));
      for (const action of childJReview.actions) {
        const rag = deriveRag(action, SAMPLE_TODAY);
        const cell = $(el, `tr[data-id="${action.id}"] .rag`)!;
        expect(cell.textContent, action.id).to.include(RAG_LABELS[rag.rating]['en-GB']);
        expect(cell.parentElement!.textContent).to.include(rag.reasons[0]!.text['en-GB']);
      }
      // Another day, another rating: RAG is worked out, never stored.
      el.today = '2020-01-01';
      await settled(el);
      expect($(el, '.subtitle')!.textContent).to.include('1 January 2020');
    });

    it('summarises the plan as the SDK counts it, in words beside the charts', async () => {
      const el = await tracker();
      const summary = summarisePlan(childJReview, { today: SAMPLE_TODAY });
      const text = $(el, '[part~="summary"]')!.textContent.replace(/\s+/g, ' ');
      expect(text).to.include(`Red: ${summary.byRag.red}`).and.include(`Amber: ${summary.byRag.amber}`).and.include(`Green: ${summary.byRag.green}`);
      expect(text).to.include(`${summary.overdue} overdue`);
      expect(text).to.include(`Weaker: ${summary.strength.weaker}`);
      expect($$(el, '.overdue li')).to.have.length(Math.min(8, summary.overdue));
      for (const chart of $$(el, 'svg.bar')) expect(chart.getAttribute('aria-hidden')).to.equal('true');
    });

    it('sorts by any column, both ways, and says which in aria-sort', async () => {
      const el = await tracker();
      // Worst first by default.
      const rags = rowIds(el).map((id) => deriveRag(childJReview.actions.find((a) => a.id === id)!, SAMPLE_TODAY).rating);
      expect(rags[0]).to.equal('red');
      buttonNamed(el, 'thead', 'Due↕')!.click();
      await settled(el);
      const due = rowIds(el).map((id) => childJReview.actions.find((a) => a.id === id)!.dueDate);
      expect(due).to.deep.equal([...due].sort());
      expect($(el, 'th.col--due')!.getAttribute('aria-sort')).to.equal('ascending');
      $<HTMLButtonElement>(el, 'th.col--due button')!.click();
      await settled(el);
      const back = rowIds(el).map((id) => childJReview.actions.find((a) => a.id === id)!.dueDate);
      expect(back).to.deep.equal([...due].reverse().sort().reverse());
      expect($(el, 'th.col--due')!.getAttribute('aria-sort')).to.equal('descending');
      expect($(el, 'th.col--rag')!.getAttribute('aria-sort')).to.equal('none');
    });

    it('filters by agency, status, RAG, recommendation, overdue, due within days and words', async () => {
      const el = await tracker();
      const total = childJReview.actions.length;
      const check = async (name: string, value: string) => {
        const box = $<HTMLInputElement>(el, value ? `input[name="${name}"][value="${value}"]` : `input[name="${name}"]`)!;
        box.checked = !box.checked;
        box.dispatchEvent(new Event('change'));
        await settled(el);
      };
      await check('agency', 'police');
      const police = childJReview.actions.filter((a) => a.agencyId === 'police');
      expect(rowIds(el)).to.have.members(police.map((a) => a.id));
      expect($(el, '.count')!.textContent).to.equal(`Showing ${police.length} of ${total} actions`);
      await check('agency', 'police');
      await check('rag', 'red');
      const red = childJReview.actions.filter((a) => deriveRag(a, SAMPLE_TODAY).rating === 'red');
      expect(rowIds(el)).to.have.members(red.map((a) => a.id));
      await check('rag', 'red');
      await check('status', 'in-progress');
      expect(rowIds(el)).to.have.members(childJReview.actions.filter((a) => a.status === 'in-progress').map((a) => a.id));
      await check('status', 'in-progress');
      await check('overdue', '');
      expect(rowIds(el).length).to.be.greaterThan(0);
      for (const id of rowIds(el)) expect(childJReview.actions.find((a) => a.id === id)!.dueDate < SAMPLE_TODAY).to.equal(true);
      await check('overdue', '');
      const within = $<HTMLInputElement>(el, 'input[type="number"]')!;
      within.value = '30';
      within.dispatchEvent(new Event('change'));
      await settled(el);
      for (const id of rowIds(el)) {
        const action = childJReview.actions.find((a) => a.id === id)!;
        expect(['draft', 'agreed', 'in-progress']).to.include(action.status);
        expect(action.dueDate <= '2026-12-21').to.equal(true);
      }
      $<HTMLButtonElement>(el, '.filters__status .link-button')!.click();
      await settled(el);
      expect(focused(el), 'focus on the search box once the filters are cleared').to.equal($(el, 'input[type="search"]'));
      const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
      search.value = 'HEAD INJURY';
      search.dispatchEvent(new Event('input'));
      await settled(el);
      expect(rowIds(el)).to.deep.equal(childJReview.actions.filter((a) => /head injury/i.test(a.title)).map((a) => a.id));
      const rec = $<HTMLSelectElement>(el, 'select[id$="-rec"]')!;
      search.value = '';
      search.dispatchEvent(new Event('input'));
      rec.value = 'rec-4';
      rec.dispatchEvent(new Event('change'));
      await settled(el);
      expect(rowIds(el)).to.have.members(childJReview.actions.filter((a) => a.recommendationId === 'rec-4').map((a) => a.id));
    });

    it('groups rows under their recommendation or agency, with counts', async () => {
      const el = await tracker();
      el.group = 'recommendation';
      await settled(el);
      const groups = $$(el, 'tr.group-row');
      const recs = [...new Set(childJReview.actions.map((a) => a.recommendationId))];
      expect(groups).to.have.length(recs.length);
      expect(groups[0]!.textContent).to.include('rec-1').and.include(`(${childJReview.actions.filter((a) => a.recommendationId === 'rec-1').length} actions)`);
      // Every row sits under its own recommendation.
      let current = '';
      for (const tr of $$(el, 'tbody tr')) {
        if (tr.classList.contains('group-row')) current = tr.textContent.trim().split(':')[0]!;
        else if (tr.dataset['id']) expect(childJReview.actions.find((a) => a.id === tr.dataset['id'])!.recommendationId).to.equal(current);
      }
    });

    it('lets the reader choose columns, and keeps the view in the address with sync-url', async () => {
      history.replaceState(null, '', `${location.pathname}#other=1`);
      const el = await fixture<SlkActionTracker>(html`<slk-action-tracker sync-url today=${SAMPLE_TODAY} .review=${childJReview}></slk-action-tracker>`);
      await settled(el);
      const lead = $<HTMLInputElement>(el, 'input[name="column"][value="lead"]')!;
      lead.checked = false;
      lead.dispatchEvent(new Event('change'));
      await settled(el);
      expect($(el, 'th.col--lead')).to.equal(null);
      expect($<HTMLInputElement>(el, 'input[name="column"][value="title"]')!.disabled).to.equal(true);
      $<HTMLButtonElement>(el, 'th.col--due button')!.click();
      await settled(el);
      expect(location.hash).to.include('other=1').and.include('actions=');
      const params = new URLSearchParams(decodeURIComponent(location.hash.split('actions=')[1]!));
      expect(params.get('sort')).to.equal('due');
      expect(params.get('cols')!.split(',')).to.not.include('lead');
      const again = await fixture<SlkActionTracker>(html`<slk-action-tracker sync-url today=${SAMPLE_TODAY} .review=${childJReview}></slk-action-tracker>`);
      await settled(again);
      expect(again.sort).to.deep.equal({ column: 'due', descending: false });
      expect($(again, 'th.col--lead')).to.equal(null);
      history.replaceState(null, '', location.pathname);
    });

    it('draws only the rows in view for a large plan, and says how many there are', async () => {
      const parsed = parseReview(generateReview({ actions: 2000, seed: 5 }));
      if (!parsed.ok) throw new Error('generated review is invalid');
      const el = await tracker(parsed.review);
      const table = $(el, '.actions-table')!;
      expect(table.getAttribute('aria-rowcount')).to.equal('2001');
      const drawn = rowIds(el);
      expect(drawn.length).to.be.lessThan(80);
      const scroller = $(el, '.table-scroller')!;
      scroller.scrollTop = 76 * 1000;
      scroller.dispatchEvent(new Event('scroll'));
      await until(() => rowIds(el)[0] !== drawn[0], 'rows further down');
      const index = Number($(el, 'tbody tr.action-row')!.getAttribute('aria-rowindex'));
      expect(index).to.be.greaterThan(900);
    });
  });

  describe('the board', () => {
    it('puts each action in its status column', async () => {
      const el = await tracker(childJReview, { view: 'board' });
      for (const action of childJReview.actions) expect(columnOf(el, action.id), action.id).to.equal(action.status);
    });

    it('keeps a wide board and table inside a narrow page: they scroll in their own box', async () => {
      const box = await fixture<HTMLDivElement>(html`<div class="narrow"><slk-review .review=${childJReview}><slk-action-tracker view="board" today=${SAMPLE_TODAY}></slk-action-tracker></slk-review></div>`);
      box.style.width = '360px';
      const el = box.querySelector('slk-action-tracker')!;
      await settled(box);
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
      const board = $(el, '.board')!;
      expect(board.scrollWidth).to.be.greaterThan(board.clientWidth);
      el.view = 'table';
      await settled(el);
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
    });

    it('moves a card by keyboard: Space picks it up, arrows choose, Space drops, and each step is announced', async () => {
      const { el, store } = await provided();
      const changed = oneEvent(el, 'slk-action-change');
      card(el, 'a-12')!.querySelector<HTMLButtonElement>('.grab')!.focus();
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect($(el, '[role="status"]')!.textContent).to.include('Picked up');
      await sendKeys({ press: 'ArrowRight' });
      await settled(el);
      expect($(el, '[role="status"]')!.textContent).to.include('Over In progress');
      expect($(el, '.column--target')!.dataset['status']).to.equal('in-progress');
      await sendKeys({ press: 'Space' });
      const detail = (await changed).detail as ActionChangeDetail;
      expect(detail).to.include({ kind: 'update', change: 'status', saved: true });
      await until(() => columnOf(el, 'a-12') === 'in-progress', 'the card in its new column');
      expect((await stored(store, 'a-12')).status).to.equal('in-progress');
      expect($(el, '[role="status"]')!.textContent).to.include('Moved');
      expect(focused(el)?.closest<HTMLElement>('.card')?.dataset['id']).to.equal('a-12');
    });

    it('cancels a keyboard move with Escape and leaves the action where it was', async () => {
      const { el, store } = await provided();
      card(el, 'a-12')!.querySelector<HTMLButtonElement>('.grab')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Escape' });
      await settled(el);
      expect($(el, '[role="status"]')!.textContent).to.include('Move cancelled');
      expect(columnOf(el, 'a-12')).to.equal('agreed');
      expect((await stored(store, 'a-12')).status).to.equal('agreed');
    });

    it('moves a card by dragging it to another column', async () => {
      const { el, store } = await provided();
      const data = new DataTransfer();
      card(el, 'a-12')!.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
      const column = $(el, '.column[data-status="in-progress"]')!;
      column.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      await settled(el);
      expect(column.classList.contains('column--target')).to.equal(true);
      column.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      await until(() => columnOf(el, 'a-12') === 'in-progress', 'the card in its new column');
      expect((await stored(store, 'a-12')).status).to.equal('in-progress');
    });

    it('walks the columns with Home, End and Left, says where a move is not allowed, and Escape closes the Move to… list', async () => {
      const { el } = await provided();
      card(el, 'a-12')!.querySelector<HTMLButtonElement>('.grab')!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'End' });
      await settled(el);
      expect($(el, '.column--target')!.dataset['status']).to.equal('cancelled');
      await sendKeys({ press: 'Home' });
      await settled(el);
      expect($(el, '.column--target')!.dataset['status']).to.equal('draft');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      await settled(el);
      expect($(el, '.column--target')!.dataset['status']).to.equal('completed');
      await sendKeys({ press: 'ArrowRight' });
      await settled(el);
      expect($(el, '[role="status"]')!.textContent).to.include('Over Evidenced').and.include('cannot be dropped here');
      await sendKeys({ press: 'Escape' });
      const opener = card(el, 'a-12')!.querySelector<HTMLButtonElement>('[aria-controls]')!;
      opener.click();
      await settled(el);
      expect(opener.getAttribute('aria-expanded')).to.equal('true');
      $<HTMLButtonElement>(el, '.move-menu button')!.focus();
      await sendKeys({ press: 'Escape' });
      await settled(el);
      expect($(el, '.move-menu')).to.equal(null);
      expect(focused(el)).to.equal(card(el, 'a-12')!.querySelector('[aria-controls]'));
    });

    it('refuses a move the SDK does not allow, and says why', async () => {
      const review: Review = { ...childJReview, actions: childJReview.actions.map((a) => (a.id === 'a-11' ? { ...a, status: 'completed', evidence: [] } : a)) };
      const { el, store } = await provided({ review });
      card(el, 'a-11')!.querySelector<HTMLButtonElement>('[aria-controls]')!.click();
      await settled(el);
      buttonNamed(el, '.move-menu', 'Evidenced')!.click();
      await until(() => Boolean($(el, '.problem')), 'the refusal');
      expect($(el, '.problem')!.textContent).to.include('cannot move to Evidenced').and.include('Add evidence and record it as accepted');
      expect(columnOf(el, 'a-11')).to.equal('completed');
      expect((await stored(store, 'a-11')).status).to.equal('completed');
      // The reason is beside the card too, and focus is back on the card's menu button.
      expect(card(el, 'a-11')!.querySelector('.card__refused')!.textContent).to.include('Add evidence');
      expect(focused(el)).to.equal(card(el, 'a-11')!.querySelector('[aria-controls]'));
      // The menu offers only the steps the SDK knows: nothing that can never be reached from here.
      card(el, 'a-11')!.querySelector<HTMLButtonElement>('[aria-controls]')!.click();
      await settled(el);
      expect($$(el, '.move-menu button').map((b) => b.textContent.trim())).to.not.include('Closed');
      expect(card(el, 'a-01')!.querySelector('.grab'), 'a closed action has nowhere to go').to.equal(null);
    });

    it('asks for the reason before cancelling, through the Move to… menu', async () => {
      const { el, store } = await provided();
      card(el, 'a-12')!.querySelector<HTMLButtonElement>('[aria-controls]')!.click();
      await settled(el);
      buttonNamed(el, '.move-menu', 'Cancelled')!.click();
      await until(() => Boolean($(el, 'dialog.form-dialog[open]')), 'the reason form');
      const form = $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean($(el, '.error-summary')), 'the error summary');
      expect($(el, '.error-summary a')!.getAttribute('href')).to.match(/-f-statusRationale$/);
      (form.elements.namedItem('statusRationale') as HTMLTextAreaElement).value = 'Replaced by the regional protocol.';
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => columnOf(el, 'a-12') === 'cancelled', 'the card in Cancelled');
      expect(await stored(store, 'a-12')).to.include({ status: 'cancelled', statusRationale: 'Replaced by the regional protocol.' });
      await until(() => !$(el, 'dialog.form-dialog[open]'), 'the form closed');
      expect(focused(el)?.closest<HTMLElement>('.card')?.dataset['id'], 'focus on the moved card').to.equal('a-12');
      expect($(el, '[role="status"]')!.textContent).to.include('Moved');
    });

    it('lets an agency change only its own actions, and shows the rest read-only', async () => {
      const { el } = await provided({ agency: 'HV' });
      expect($(el, '.scope')!.textContent).to.include('(health visiting)’s actions');
      for (const action of childJReview.actions) {
        const movable = action.agencyId === 'hv' && ACTION_TRANSITIONS[action.status].length > 0;
        expect(Boolean(card(el, action.id)!.querySelector('.grab')), action.id).to.equal(movable);
        expect(card(el, action.id)!.getAttribute('draggable')).to.equal(movable ? 'true' : 'false');
      }
      expect(childJReview.actions.some((a) => a.agencyId === 'hv' && ACTION_TRANSITIONS[a.status].length > 0), 'the sample has a movable hv action').to.equal(true);
      card(el, 'a-04')!.querySelector<HTMLButtonElement>('.card__title')!.click();
      await until(() => Boolean($(el, 'dialog.details-dialog[open]')), 'the details');
      expect(buttonNamed(el, 'dialog.details-dialog', 'Edit action')).to.equal(undefined);
      expect($(el, 'dialog.details-dialog')!.textContent).to.include('Read only');
    });

    it('rolls a move back and says so when someone else changed the action first', async () => {
      const store = new MemoryStore();
      const { el } = await provided({ store });
      // Another tab saves a change to a-12 that this page has not seen yet.
      const other = childJReview.actions.find((a) => a.id === 'a-12')!;
      const realGet = store.getEntity.bind(store);
      store.getEntity = (async (reviewId: string, collection: string, id: string) => {
        const found = await realGet(reviewId, collection as 'actions', id);
        return id === 'a-12' && found ? { ...found, value: { ...other, title: `${other.title} (changed elsewhere)` } } : found;
      });
      card(el, 'a-12')!.querySelector<HTMLButtonElement>('.grab')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      await until(() => Boolean($(el, '.problem')), 'the conflict message');
      expect($(el, '.problem')!.textContent).to.include('Someone else changed').and.include('undone');
      expect(columnOf(el, 'a-12')).to.equal('agreed');
    });
  });

  describe('details and editing', () => {
    it('shows why an action exists: its recommendation, findings, factors and episodes', async () => {
      const el = await tracker();
      const action = childJReview.actions.find((a) => a.id === 'a-01')!;
      const selected = oneEvent(el, 'slk-action-select');
      $<HTMLButtonElement>(el, 'tr[data-id="a-01"] .row-title')!.click();
      expect((await selected).detail.action.id).to.equal('a-01');
      await until(() => Boolean($(el, 'dialog.details-dialog[open]')), 'the details');
      expect(focused(el)?.id).to.match(/-details-title$/);
      const text = $(el, '.trace')!.textContent;
      const rec = childJReview.recommendations.find((r) => r.id === action.recommendationId)!;
      expect(text).to.include(rec.text);
      for (const id of rec.findingIds) expect(text).to.include(childJReview.findings.find((f) => f.id === id)!.title);
      expect($$(el, '.trace > li').length).to.be.greaterThan(3);
      expect($(el, '.evidence')!.textContent).to.include(action.evidence[0]!.summary);
      $<HTMLButtonElement>(el, '.details__close')!.click();
      await settled(el);
      expect(focused(el)?.dataset['id'] ?? focused(el)?.closest('tr')?.dataset['id']).to.equal('a-01');
    });

    it('adds a progress note and evidence through forms the SDK checks, after which the action can be marked evidenced', async () => {
      const review: Review = { ...childJReview, actions: childJReview.actions.map((a) => (a.id === 'a-11' ? { ...a, status: 'completed', evidence: [], completedOn: '2026-10-01' } : a)) };
      const { el, store } = await provided({ review });
      el.view = 'table';
      await settled(el);
      expect($(el, 'tr[data-id="a-11"] .rag')!.textContent).to.include('Amber');
      $<HTMLButtonElement>(el, 'tr[data-id="a-11"] .row-title')!.click();
      await until(() => Boolean($(el, 'dialog.details-dialog[open]')), 'the details');
      buttonNamed(el, 'dialog.details-dialog', 'Add progress note')!.click();
      await until(() => Boolean($(el, 'dialog.form-dialog[open]')), 'the note form');
      let form = $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => focused(el)?.classList.contains('error-summary') ?? false, 'focus on the error summary');
      const links = $$<HTMLAnchorElement>(el, '.error-summary a');
      expect(links.map((a) => a.getAttribute('href')!.replace(/^#at\w+-f-/, ''))).to.have.members(['role', 'text']);
      links[0]!.click();
      expect(focused(el)?.getAttribute('name')).to.be.oneOf(['role', 'text']);
      (form.elements.namedItem('role') as HTMLInputElement).value = 'Detective inspector';
      (form.elements.namedItem('text') as HTMLTextAreaElement).value = 'Records checked with two other forces.';
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(async () => (await stored(store, 'a-11')).progressNotes.length === review.actions.find((a) => a.id === 'a-11')!.progressNotes.length + 1, 'the note saved');
      await until(() => !$(el, 'dialog.form-dialog[open]'), 'the form closed');

      buttonNamed(el, 'dialog.details-dialog', 'Add evidence')!.click();
      await until(() => Boolean($(el, 'dialog.form-dialog[open]')), 'the evidence form');
      form = $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
      (form.elements.namedItem('type') as HTMLSelectElement).value = 'audit';
      (form.elements.namedItem('date') as HTMLInputElement).value = '2026-11-10';
      (form.elements.namedItem('summary') as HTMLTextAreaElement).value = 'Dip sample of 20 notifications.';
      // Built from parts: the lint rule against script URLs is right everywhere but here.
      const scriptUrl = ['javascript', 'alert(1)'].join(':');
      (form.elements.namedItem('link') as HTMLInputElement).value = scriptUrl;
      form.querySelector<HTMLInputElement>('input[name="assessment"][value="accepted"]')!.checked = true;
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean($(el, '.error-summary')), 'the link refused');
      expect($$(el, '.error-summary a').map((a) => a.getAttribute('href')), $(el, '.error-summary')!.textContent).to.have.length(1);
      expect($(el, '.error-summary a')!.getAttribute('href')).to.match(/-f-link$/);
      expect($(el, '.error-summary')!.textContent).to.not.include(scriptUrl);
      (form.elements.namedItem('link') as HTMLInputElement).value = '';
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(async () => (await stored(store, 'a-11')).evidence.length === 1, 'the evidence saved');
      // Accepted evidence is what lets the action move on to Evidenced, which rates it green.
      await until(() => !$(el, 'dialog.form-dialog[open]'), 'the form closed');
      const move = $<HTMLSelectElement>(el, 'select[id$="-move"]')!;
      expect(move.value, 'Move to starts on the next step forward').to.equal('evidenced');
      move.nextElementSibling!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await until(async () => (await stored(store, 'a-11')).status === 'evidenced', 'the move saved');
      await until(() => ($(el, 'tr[data-id="a-11"] .rag')?.textContent ?? '').includes('Green'), 'RAG now green');
    });

    it('adds an action that the table and a second tracker under the same review show', async () => {
      const store = new MemoryStore();
      const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}>
        <slk-action-tracker editable today=${SAMPLE_TODAY}></slk-action-tracker><slk-action-tracker view="board" today=${SAMPLE_TODAY}></slk-action-tracker>
      </slk-review>`);
      await settled(provider);
      const [el, other] = [...provider.querySelectorAll('slk-action-tracker')] as [SlkActionTracker, SlkActionTracker];
      buttonNamed(el, '.toolbar', 'Add action')!.click();
      await until(() => Boolean($(el, 'dialog.form-dialog[open]')), 'the form');
      const form = $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => Boolean($(el, '.error-summary')), 'the error summary');
      const fields = $$(el, '.error-summary a').map((a) => a.getAttribute('href')!.replace(/^#at\w+-f-/, ''));
      expect(fields).to.include.members(['title', 'recommendationId', 'agencyId', 'leadOfficer-role', 'dueDate']);
      for (const href of $$(el, '.error-summary a').map((a) => a.getAttribute('href')!)) expect($(el, href), href).to.not.equal(null);
      (form.elements.namedItem('title') as HTMLTextAreaElement).value = 'Run a joint audit of transfer-in cases';
      (form.elements.namedItem('recommendationId') as HTMLSelectElement).value = 'rec-1';
      (form.elements.namedItem('agencyId') as HTMLSelectElement).value = 'gp';
      (form.elements.namedItem('leadOfficer.role') as HTMLInputElement).value = 'Practice safeguarding lead';
      (form.elements.namedItem('dueDate') as HTMLInputElement).value = '2027-06-30';
      const changed = oneEvent(el, 'slk-action-change');
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const detail = (await changed).detail as ActionChangeDetail;
      expect(detail).to.include({ kind: 'create', change: 'edit', saved: true });
      await settled(provider);
      expect((await store.getEntity(childJReview.id, 'actions', detail.action.id))!.value.status).to.equal('draft');
      await until(() => Boolean($(other, `.card[data-id="${detail.action.id}"]`)), 'the new card on the other tracker');
      expect($(other, `.card[data-id="${detail.action.id}"]`)!.closest<HTMLElement>('.column')!.dataset['status']).to.equal('draft');
      expect($(el, `tr[data-id="${detail.action.id}"]`)).to.not.equal(null);
    });

    it('renders hostile text as text', async () => {
      const hostile = '<img src=x onerror="window.__slkHacked=1"><script>window.__slkHacked=1</script>';
      const review: Review = { ...childJReview, actions: childJReview.actions.map((a, i) => (i === 0 ? { ...a, title: hostile, leadOfficer: { role: hostile } } : a)) };
      const el = await tracker(review);
      expect($(el, `tr[data-id="${review.actions[0]!.id}"]`)!.textContent).to.include('<script>');
      expect($$(el, 'img, script')).to.have.length(0);
      expect((window as { __slkHacked?: number }).__slkHacked).to.equal(undefined);
    });

    it('shows the public lead officers by role and offers no editing', async () => {
      const provider = await fixture<SlkReview>(html`<slk-review audience="publication" .review=${childJReview}><slk-action-tracker editable today=${SAMPLE_TODAY}></slk-action-tracker></slk-review>`);
      await settled(provider);
      const el = provider.querySelector('slk-action-tracker')!;
      await settled(el);
      expect(buttonNamed(el, '.toolbar', 'Add action')).to.equal(undefined);
      const names = childJReview.actions.map((a) => a.leadOfficer.name).filter(Boolean) as string[];
      const text = root(el).textContent;
      for (const name of names) expect(text).to.not.include(name);
    });
  });

  describe('outputs', () => {
    it('downloads what the table shows as CSV for Excel, and the dates as a calendar, for the public without asking', async () => {
      const provider = await fixture<SlkReview>(html`<slk-review audience="publication" .review=${childJReview}><slk-action-tracker today=${SAMPLE_TODAY}></slk-action-tracker></slk-review>`);
      await settled(provider);
      const el = provider.querySelector('slk-action-tracker')!;
      el.filter = { ...EMPTY_FILTER, agencies: ['police'] };
      await settled(el);
      const caught = catchDownloads();
      try {
        buttonNamed(el, '.toolbar', 'Download table (CSV)')!.click();
        buttonNamed(el, '.toolbar', 'Download dates (calendar)')!.click();
        await until(() => caught.downloads.length === 2, 'two files');
        const [csv, ics] = caught.downloads as [{ name: string; blob: Blob }, { name: string; blob: Blob }];
        expect(csv.name).to.equal(`${childJReview.id}-action-plan-publication.csv`);
        const bytes = new Uint8Array(await csv.blob.arrayBuffer());
        expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
        const text = await csv.blob.text();
        expect(text.trim().split('\n')).to.have.length(1 + childJReview.actions.filter((a) => a.agencyId === 'police').length);
        for (const name of childJReview.actions.map((a) => a.leadOfficer.name).filter(Boolean) as string[]) expect(text).to.not.include(name);
        expect(ics.name).to.match(/\.ics$/);
        const calendar = await ics.blob.text();
        expect(calendar).to.match(/^BEGIN:VCALENDAR/);
        expect(calendar).to.not.include('a-01-');
      } finally {
        caught.restore();
      }
    });

    it('asks who and why before an unredacted download, and logs it', async () => {
      const store = new MemoryStore();
      const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}><slk-action-tracker today=${SAMPLE_TODAY}></slk-action-tracker></slk-review>`);
      await settled(provider);
      const el = provider.querySelector('slk-action-tracker')!;
      const caught = catchDownloads();
      try {
        buttonNamed(el, '.toolbar', 'Download table (CSV)')!.click();
        await until(() => Boolean($(el, 'dialog.export-dialog[open]')), 'the export dialog');
        $<HTMLButtonElement>(el, 'dialog.export-dialog button[type="submit"]')!.click();
        await until(() => focused(el)?.getAttribute('role') === 'alert', 'focus on the problem');
        expect(caught.downloads).to.have.length(0);
        // The SDK's rule for every unredacted export, the same as the timeline's JSON download.
        $<HTMLInputElement>(el, 'dialog.export-dialog [name="role"]')!.value = 'Business manager';
        $<HTMLTextAreaElement>(el, 'dialog.export-dialog [name="reason"]')!.value = 'Board';
        $<HTMLButtonElement>(el, 'dialog.export-dialog button[type="submit"]')!.click();
        await until(() => (focused(el)?.textContent ?? '').includes('a reason of at least 10 characters'), 'the reason refused');
        expect(caught.downloads).to.have.length(0);
        $<HTMLTextAreaElement>(el, 'dialog.export-dialog [name="reason"]')!.value = 'Board paper';
        const audited = oneEvent(el, 'slk-audit');
        $<HTMLButtonElement>(el, 'dialog.export-dialog button[type="submit"]')!.click();
        await until(() => caught.downloads.length === 1, 'the download');
        expect((await audited).detail).to.include({ role: 'Business manager', action: 'export-without-redaction' });
        expect((await store.auditLog())[0]).to.include({ role: 'Business manager', reason: 'Board paper' });
        expect(caught.downloads[0]!.name).to.equal(`${childJReview.id}-action-plan-internal.csv`);
      } finally {
        caught.restore();
      }
    });

    it('prints a board report: the summary first, then every action shown, on A4 landscape', async () => {
      const el = await tracker();
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      try {
        await settled(el);
        const table = $(el, '.print-table')!;
        expect(table.querySelectorAll('tbody tr')).to.have.length(childJReview.actions.length);
        expect($(el, '.table-scroller')!.getClientRects()).to.have.length(0);
        const summary = $(el, '[part~="summary"]')!;
        expect(summary.getClientRects().length).to.be.greaterThan(0);
        expect(summary.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        const page = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join(' ');
        expect(page.toLowerCase()).to.include('a4 landscape');
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
      await settled(el);
      expect($(el, '.print-table')).to.equal(null);
      expect([...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText.toLowerCase()).join(' ')).to.not.include('a4 landscape');
    });
  });

  describe('states', () => {
    it('says how to give it a review when it has none', async () => {
      const el = await fixture<SlkActionTracker>(html`<slk-action-tracker></slk-action-tracker>`);
      expect($(el, '[part~="message"]')!.textContent).to.include('Put this element inside <slk-review>');
    });

    it('says a review has no actions yet, and what an action needs', async () => {
      const el = await fixture<SlkActionTracker>(html`<slk-action-tracker editable .review=${{ ...childJReview, actions: [], learningEvents: [] }}></slk-action-tracker>`);
      expect($(el, '[part~="message"]')!.textContent).to.include('no actions yet').and.include('which recommendation it answers');
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
      const provider = fixtureSync<SlkReview>(html`<slk-review review-id=${childJReview.id} .store=${slow}><slk-action-tracker today=${SAMPLE_TODAY}></slk-action-tracker></slk-review>`);
      const el = provider.querySelector('slk-action-tracker')!;
      await until(() => Boolean($(el, '[part~="message"][role="status"]')), 'the loading message');
      expect($(el, '[part~="message"]')!.textContent).to.include('Loading the action plan');
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      release();
      await settled(provider);
      expect(rowIds(el)).to.have.length(childJReview.actions.length);
    });

    it('says when no action matches the filter', async () => {
      const el = await tracker();
      el.filter = { ...EMPTY_FILTER, query: 'nothing matches this at all' };
      await settled(el);
      expect($(el, '[part~="message"]')!.textContent).to.include('No actions match the filter');
    });
  });

  describe('the model', () => {
    it('reads back the view it writes to the address, and ignores what it does not know', () => {
      const view = { filter: { ...EMPTY_FILTER, agencies: ['csc'], rags: ['red' as const], overdue: true, dueWithin: 14, query: 'audit' }, sort: { column: 'title' as const, descending: true }, group: 'agency' as const, columns: ['title' as const, 'rag' as const] };
      expect(viewFromParams(viewToParams(view))).to.deep.equal(view);
      const odd = viewFromParams(new URLSearchParams('sort=nonsense&rag=purple&within=-3&group=x&cols=lead'));
      expect(odd.sort).to.deep.equal(DEFAULT_SORT);
      expect(odd.filter.rags).to.deep.equal([]);
      expect(odd.filter.dueWithin).to.equal(undefined);
      expect(odd.group).to.equal('none');
      expect(odd.columns).to.deep.equal(['title', 'lead']);
    });

    it('sorts stably: equal keys keep the order of due date then id', () => {
      const rows = prepareRows(childJReview, SAMPLE_TODAY);
      const once = sortRows(rows, { column: 'strength', descending: false }).map((r) => r.action.id);
      const twice = sortRows([...rows].reverse(), { column: 'strength', descending: false }).map((r) => r.action.id);
      expect(twice).to.deep.equal(once);
      expect(applyFilter(rows, EMPTY_FILTER)).to.have.length(rows.length);
    });
  });

  for (const example of actionTrackerFixtures.fixtures) {
    it(`is accessible: ${example.name}`, async () => {
      const el = await fixture(example.render());
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});

