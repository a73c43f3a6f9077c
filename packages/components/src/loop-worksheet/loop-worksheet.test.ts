import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MemoryStore, parseLoopWorksheet, StorageError, type DraftStore, type LoopWorksheet, type LoopWorksheetInput } from '@slk/sdk';
import { childJReview, childJWorksheetsInput, physicalInterventionWorksheetInput, SAMPLE_TODAY } from '@slk/sdk/fixtures';
import { loopWorksheetFixtures } from './loop-worksheet.fixtures.js';
import type { SlkLoopWorksheet} from './loop-worksheet.js';
import { type WorksheetChangeEvent, type WorksheetCompleteEvent, type WorksheetProposeEvent } from './loop-worksheet.js';
import type { SlkReview } from '../review/review.js';
import type { SlkActionTracker } from '../action-tracker/action-tracker.js';
import { settled, until } from '../../../../test/helpers/settle.js';
import { whilePrinting } from '../../../../test/helpers/print.js';
import { catchDownloads } from '../../../../test/helpers/downloads.js';
import { waitForLocale } from '../../../../test/helpers/locale.js';
import { setLocale } from '../internal/localization.js';
import './define.js';
import '../review/define.js';
import '../action-tracker/define.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stepTitle = (el: Element) => text($(el, '.step-title'));
const activeInShadow = (el: Element) => el.shadowRoot!.activeElement;

/** Waits until the worksheet has looked for a draft and drawn itself. */
async function ready(el: Element): Promise<void> {
  await until(() => !!$(el, '.draft__status') || !!$(el, '.message--error'), 'the worksheet to be ready', 5000);
  await settled(el);
}

async function worksheet(options: { worksheet?: LoopWorksheetInput; drafts?: DraftStore; attrs?: string } = {}): Promise<SlkLoopWorksheet> {
  const el = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet today=${SAMPLE_TODAY} .worksheet=${options.worksheet} .drafts=${options.drafts ?? new MemoryStore()}></slk-loop-worksheet>`);
  await ready(el);
  return el;
}

/** Types into a text box the way a person does, so input events fire as they would. */
async function type(el: Element, selector: string, words: string): Promise<void> {
  const box = $<HTMLTextAreaElement>(el, selector)!;
  box.focus();
  await sendKeys({ type: words });
  await settled(el);
}

function field(el: Element, label: string): HTMLTextAreaElement | HTMLInputElement {
  const found = $$<HTMLLabelElement>(el, 'label').find((l) => text(l) === label);
  expect(found, label).to.not.equal(undefined);
  return el.shadowRoot!.getElementById(found!.htmlFor) as HTMLTextAreaElement;
}

const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith(name));

async function press(el: Element, name: string): Promise<void> {
  const b = button(el, name);
  expect(b, `a button "${name}"`).to.not.equal(undefined);
  b!.click();
  await settled(el);
}


/** A group worksheet in progress, with the given contributions. */
function group(contributions: LoopWorksheetInput['contributions'], showAuthors = false): LoopWorksheetInput {
  return { ...physicalInterventionWorksheetInput, id: 'ws-test-group', status: 'draft', defensive: {}, singleLoop: {}, doubleLoop: {}, tripleLoop: {}, nextExperiment: {}, contributions, showAuthors };
}

describe('<slk-loop-worksheet>', () => {
  afterEach(async () => {
    await setLocale('en-GB');
  });

  describe('the guided worksheet', () => {
    it('walks from the subject through each kind of learning to the finished worksheet, focusing each heading', async () => {
      const el = await worksheet();
      expect(stepTitle(el)).to.equal('What are you reflecting on?');
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) {
        await press(el, i === 5 ? 'Review the worksheet' : 'Continue');
        seen.push(stepTitle(el));
        expect(activeInShadow(el)).to.equal($(el, '.step-title'));
      }
      expect(seen).to.deep.equal([
        'The defensive response',
        'Single loop: change the action',
        'Double loop: question the assumptions',
        'Triple loop: question how we learn',
        'The next experiment',
        'Your worksheet',
      ]);
      await press(el, 'Back');
      expect(stepTitle(el)).to.equal('The next experiment');
    });

    it('lets you jump to any section from the list, which marks where you are', async () => {
      const el = await worksheet();
      const steps = $$<HTMLButtonElement>(el, '.steps__button');
      steps[3]!.click();
      await settled(el);
      expect(stepTitle(el)).to.equal('Double loop: question the assumptions');
      expect(steps.filter((s) => s.getAttribute('aria-current') === 'step').map(text)).to.deep.equal(['4 Double loop: question the assumptions']);
      await type(el, `#${field(el, 'What would you change in them?').id}`, 'Count missed appointments across services.');
      expect(text($$(el, '.steps__button')[3])).to.contain('(written)');
    });

    it('starts on the finding named by `subject`, with its summary, and offers the review’s findings, patterns and episodes', async () => {
      const provider = await fixture<SlkReview>(html`<slk-review .review=${childJReview}><slk-loop-worksheet subject="finding:finding-1" today=${SAMPLE_TODAY}></slk-loop-worksheet></slk-review>`);
      const el = provider.querySelector('slk-loop-worksheet')!;
      await ready(el);
      const finding = childJReview.findings.find((f) => f.id === 'finding-1')!;
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('finding-1');
      expect(text($(el, '.title'))).to.equal(finding.title);
      expect(text($(el, '.conditional .hint'))).to.equal(finding.summary.length > 400 ? `${finding.summary.slice(0, 399)}…` : finding.summary);
      const kinds = $$(el, '.choice > .check').map(text);
      expect(kinds).to.deep.equal(['A finding of the review', 'A pattern the review found', 'A key practice episode', 'A scenario in your own words']);
    });

    it('shows prompts one more at a time, each with where its idea comes from', async () => {
      const el = await worksheet();
      await press(el, 'Continue');
      expect($$(el, '.prompts li')).to.have.length(1);
      expect(text($(el, '.prompts li'))).to.contain('The systems approach');
      await press(el, 'Show another question (2 of 4)');
      await press(el, 'Show another question (3 of 4)');
      const more = button(el, 'Show another question (4 of 4)')!;
      more.focus();
      more.click();
      await settled(el);
      const prompts = $$(el, '.prompts li');
      expect(prompts).to.have.length(4);
      expect(text(prompts[1])).to.contain('Model I: defensive routines');
      expect(button(el, 'Show another question')).to.equal(undefined);
      // The button has gone: focus moves to the last prompt rather than being lost.
      expect(activeInShadow(el)).to.equal(prompts[3]);
    });

    it('opens the worked example alongside, at the same section', async () => {
      const el = await worksheet();
      await press(el, 'Continue');
      const toggle = button(el, 'Show a worked example alongside')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await press(el, 'Show a worked example alongside');
      const example = $(el, '[part~="example"]')!;
      expect(button(el, 'Hide the worked example')!.getAttribute('aria-expanded')).to.equal('true');
      expect(button(el, 'Hide the worked example')!.getAttribute('aria-controls')).to.equal(example.id);
      expect(text(example)).to.contain(physicalInterventionWorksheetInput.defensive.response!.slice(0, 60));
      await press(el, 'Continue');
      expect(text($(el, '[part~="example"]'))).to.contain(physicalInterventionWorksheetInput.singleLoop.change!.slice(0, 60));
    });

    it('fires slk-worksheet-change with the field that changed', async () => {
      const el = await worksheet();
      await press(el, 'Continue');
      const changed = oneEvent<WorksheetChangeEvent>(el, 'slk-worksheet-change');
      await type(el, `#${field(el, 'What does it miss?').id}`, 'The pattern');
      const event = await changed;
      expect(event.detail.field).to.equal('defensive.misses');
      expect(el.value.defensive.misses).to.equal('The pattern');
    });
  });

  describe('finishing', () => {
    it('lists what is missing in an error summary that takes focus and links to each field', async () => {
      const el = await worksheet();
      $$<HTMLButtonElement>(el, '.steps__button')[6]!.click();
      await settled(el);
      await press(el, 'Mark the worksheet complete');
      const summary = $(el, '.error-summary')!;
      expect(activeInShadow(el)).to.equal(summary);
      expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
        'Choose what the worksheet is about, or describe a scenario',
        'Write at least one change: to the action, to the assumptions behind it, or to how the partnership learns',
        'Describe the next experiment',
        'Say how you will know the experiment worked',
      ]);
      summary.querySelectorAll('a')[2]!.click();
      await settled(el);
      expect(stepTitle(el)).to.equal('The next experiment');
      expect(activeInShadow(el)).to.equal(field(el, 'What will you try?'));
      expect(field(el, 'What will you try?').getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '.field--error .error-message'))).to.equal('Error: Describe the next experiment');
    });

    it('completes a worksheet, stores it with the review and forgets the draft', async () => {
      const store = new MemoryStore();
      const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}><slk-loop-worksheet subject="pattern:p-2" today=${SAMPLE_TODAY}></slk-loop-worksheet></slk-review>`);
      const el = provider.querySelector('slk-loop-worksheet')!;
      await ready(el);
      await press(el, 'Continue');
      await press(el, 'Continue');
      await type(el, `#${field(el, 'Which action would you change, and how?').id}`, 'Visit when the partner is at home.');
      $$<HTMLButtonElement>(el, '.steps__button')[5]!.click();
      await settled(el);
      await type(el, `#${field(el, 'What will you try?').id}`, 'Ask who the adults are at every strategy meeting.');
      await type(el, `#${field(el, 'How will you know it worked?').id}`, 'Count adults seen.');
      await until(async () => (await store.listDrafts()).length === 1, 'the draft saved');
      await press(el, 'Review the worksheet');
      const completed = oneEvent<WorksheetCompleteEvent>(el, 'slk-worksheet-complete');
      await press(el, 'Mark the worksheet complete');
      const event = await completed;
      expect(event.detail.worksheet.status).to.equal('complete');
      expect(event.detail.worksheet.subject).to.deep.equal({ kind: 'pattern', refId: 'p-2' });
      await until(async () => !!(await store.getDocument('loop-worksheet', el.value.id)), 'the worksheet stored');
      const stored = parseLoopWorksheet((await store.getDocument('loop-worksheet', el.value.id))!.value);
      expect(stored.ok && stored.worksheet.singleLoop.change).to.equal('Visit when the partner is at home.');
      await until(async () => (await store.listDrafts()).length === 0, 'the draft forgotten');
      expect(text($(el, '.done'))).to.equal('This worksheet is complete.');
      // Once complete, the answers cannot be typed over by accident.
      $$<HTMLButtonElement>(el, '.steps__button')[2]!.click();
      await settled(el);
      expect(field(el, 'Which action would you change, and how?').readOnly).to.equal(true);
    });

    it('flags a worksheet that stays defensive or single loop', async () => {
      const el = await worksheet({ worksheet: { ...group([]), mode: 'individual', singleLoop: { change: 'New form.' } } });
      $$<HTMLButtonElement>(el, '.steps__button')[6]!.click();
      await settled(el);
      expect(text($(el, '.nudge'))).to.contain('what made the action seem right at the time?');
    });
  });

  describe('drafts', () => {
    it('restores a worksheet from its draft, at the same section, and says when it was saved', async () => {
      const drafts = new MemoryStore();
      const first = await worksheet({ drafts });
      await press(first, 'Continue');
      await type(first, `#${field(first, 'What would the defensive response be?').id}`, 'More training.');
      await until(async () => (await drafts.listDrafts()).length === 1, 'the draft saved');
      first.remove();
      const again = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet today=${SAMPLE_TODAY} .drafts=${drafts}></slk-loop-worksheet>`);
      await ready(again);
      expect(stepTitle(again)).to.equal('The defensive response');
      expect(field(again, 'What would the defensive response be?').value).to.equal('More training.');
      expect(text($(again, '.restored'))).to.match(/^We restored your worksheet from \d\d:\d\d\. Carry on where you left off\.$/);
    });

    it('clears the worksheet only after asking', async () => {
      const drafts = new MemoryStore();
      const el = await worksheet({ drafts });
      await press(el, 'Continue');
      await type(el, `#${field(el, 'What would the defensive response be?').id}`, 'Blame.');
      await press(el, 'Clear my worksheet');
      expect(activeInShadow(el)).to.equal(button(el, 'Yes, clear my worksheet'));
      await press(el, 'Keep my worksheet');
      expect(el.value.defensive.response).to.equal('Blame.');
      await press(el, 'Clear my worksheet');
      await press(el, 'Yes, clear my worksheet');
      expect(el.value.defensive.response).to.equal(undefined);
      await until(async () => (await drafts.listDrafts()).length === 0, 'the draft removed');
    });

    it('says when the worksheet cannot be saved, and offers a download', async () => {
      const failing = new MemoryStore();
      failing.saveDraft = () => Promise.reject(new StorageError('quota-exceeded'));
      const el = await worksheet({ drafts: failing });
      await press(el, 'Continue');
      await type(el, `#${field(el, 'What would the defensive response be?').id}`, 'Reassure her.');
      await until(() => text($(el, '.draft__status')).startsWith('Not saved on this device.'), 'the failure shown', 3000);
      const caught = catchDownloads();
      try {
        await press(el, 'Download a copy of your worksheet');
        expect(caught.downloads).to.have.length(1);
        expect(await caught.downloads[0]!.blob.text()).to.contain('Reassure her.');
      } finally {
        caught.restore();
      }
    });

    it('survives a reload of the page in Chromium, with the browser’s own store', async () => {
      const key = `ws-reload-${Date.now()}`;
      const frame = document.createElement('iframe');
      frame.title = 'Worksheet page';
      frame.src = `/test/browser/loop-worksheet-page.html?key=${key}`;
      document.body.append(frame);
      const page = () => frame.contentDocument!;
      const inner = () => page()?.querySelector('slk-loop-worksheet');
      const box = () => inner()?.shadowRoot?.querySelector<HTMLTextAreaElement>('textarea');
      await until(() => !!box(), 'the page loaded', 5000);
      box()!.focus();
      await sendKeys({ type: 'A new monitoring form.' });
      await until(() => text(inner()!.shadowRoot!.querySelector('.draft__status')).startsWith('Saved on this device'), 'the draft saved', 5000);
      page().body.dataset['before'] = 'reload';
      frame.contentWindow!.location.reload();
      await until(() => page()?.body?.dataset['before'] === undefined && !!inner()?.shadowRoot?.querySelector('.restored'), 'the reloaded page', 5000);
      expect(box()!.value).to.equal('A new monitoring form.');
      // Typing, then reloading at once, before the pause after which the draft is written.
      box()!.focus();
      await sendKeys({ type: ' And a refresher.' });
      page().body.dataset['before'] = 'reload';
      frame.contentWindow!.location.reload();
      await until(() => page()?.body?.dataset['before'] === undefined && !!inner()?.shadowRoot?.querySelector('.restored'), 'the second reload', 5000);
      expect(box()!.value).to.equal('A new monitoring form. And a refresher.');
      frame.remove();
    });
  });

  describe('groups', () => {
    const contributions = [
      { id: 'c1', section: 'defensive' as const, text: 'Check the forms.', author: 'Sam' },
      { id: 'c2', section: 'defensive' as const, text: 'Send him on a course.' },
      { id: 'c3', section: 'single' as const, text: 'Change the rota.' },
      { id: 'c4', section: 'double' as const, text: 'We assume the strongest is safest.' },
    ];

    it('keeps a participant’s contributions anonymous and does not show other people’s', async () => {
      const el = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet mode="group" .worksheet=${group(contributions)} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
      await ready(el);
      await press(el, 'Continue');
      expect(text($(el, '.contributions'))).to.contain('You have not added anything to this section yet.');
      expect(text($(el, '.contributions'))).to.not.contain('Check the forms.');
      expect($(el, 'input[name="author"]')).to.equal(null);
      expect(text($(el, '.contribute .hint'))).to.equal('Contributions are anonymous: no name is kept with them.');
      // A participant adds contributions; the group's own answers are the facilitator's to write.
      expect($$(el, '.section textarea:not([name])')).to.have.length(0);
      await type(el, '.contribute textarea', 'Nobody asked the children.');
      await press(el, 'Add contribution');
      const added = el.value.contributions.find((c) => c.text === 'Nobody asked the children.')!;
      expect(added.section).to.equal('defensive');
      expect(added).to.not.have.property('author');
      expect($$(el, '.contributions__list li').map(text)).to.deep.equal(['Nobody asked the children.']);
    });

    it('shows the facilitator every contribution, counted by kind of learning, with a gentle flag when most stay shallow', async () => {
      const el = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet mode="group" facilitator .worksheet=${group(contributions)} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
      await ready(el);
      const rows = $$(el, '.summary__table tbody tr').map((r) => [text(r.querySelector('th')), text(r.querySelector('td'))]);
      expect(rows).to.deep.equal([
        ['The defensive response', '2'],
        ['Single loop: change the action', '1'],
        ['Double loop: question the assumptions', '1'],
        ['Triple loop: question how we learn', '0'],
        ['The next experiment', '0'],
      ]);
      expect(text($(el, '.summary .nudge'))).to.contain('Most ideas so far (3 of 4) stay with the defensive response or changing the action.');
      await press(el, 'Continue');
      expect($$(el, '.contributions__list li').map(text)).to.deep.equal(['Check the forms.', 'Send him on a course.']);
    });

    it('shows names only when the group chooses, and removes them when it changes its mind', async () => {
      const store = new MemoryStore();
      const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}><slk-loop-worksheet mode="group" facilitator .worksheet=${group(contributions)}></slk-loop-worksheet></slk-review>`);
      const el = provider.querySelector('slk-loop-worksheet')!;
      await ready(el);
      await press(el, 'Continue');
      // Sam's name is in the document, but the group has not chosen to show names.
      expect(text($(el, '.contributions'))).to.not.contain('Sam');
      const names = $<HTMLInputElement>(el, '.names input')!;
      names.click();
      await until(() => text($(el, '.contributions')).includes('— Sam'), 'names shown');
      expect($(el, 'input[name="author"]')).to.not.equal(null);
      await type(el, '.contribute textarea', 'Ask the designated officer.');
      await type(el, 'input[name="author"]', 'Priya');
      await press(el, 'Add contribution');
      expect(text($(el, '.contributions'))).to.contain('Ask the designated officer. — Priya');
      $<HTMLInputElement>(el, '.names input')!.click();
      await until(() => !text($(el, '.contributions')).includes('Priya'), 'names hidden');
      const stored = parseLoopWorksheet((await store.getDocument('loop-worksheet', 'ws-test-group'))!.value);
      expect(stored.ok && stored.worksheet.contributions.every((c) => c.author === undefined)).to.equal(true);
    });

    it('keeps the facilitator’s draft apart from a participant’s on the same device', async () => {
      const drafts = new MemoryStore();
      const facilitator = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet mode="group" facilitator .worksheet=${group(contributions)} .drafts=${drafts}></slk-loop-worksheet>`);
      await ready(facilitator);
      await press(facilitator, 'Continue');
      await type(facilitator, `#${field(facilitator, 'What would the defensive response be?').id}`, 'The group’s answer.');
      await until(async () => (await drafts.listDrafts()).length === 1, 'the facilitator’s draft saved');
      const participant = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet mode="group" .worksheet=${group(contributions)} .drafts=${drafts}></slk-loop-worksheet>`);
      await ready(participant);
      expect(stepTitle(participant)).to.equal('What are you reflecting on?');
      expect($(participant, '.restored')).to.equal(null);
      expect(participant.value.defensive.response).to.equal(undefined);
    });

    it('never shows names outside the internal audience', async () => {
      const el = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet mode="group" facilitator audience="panel" .worksheet=${group(contributions, true)} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
      await ready(el);
      await press(el, 'Continue');
      expect(text($(el, '.contributions'))).to.contain('Check the forms.');
      expect(text($(el, '.contributions'))).to.not.contain('Sam');
    });
  });

  describe('proposing an action', () => {
    async function inReview() {
      const store = new MemoryStore();
      const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}>
        <slk-loop-worksheet .worksheet=${childJWorksheetsInput[0]} today=${SAMPLE_TODAY}></slk-loop-worksheet>
        <slk-action-tracker today=${SAMPLE_TODAY}></slk-action-tracker>
      </slk-review>`);
      const el = provider.querySelector('slk-loop-worksheet')!;
      await ready(el);
      await settled(provider);
      return { store, provider, el, tracker: provider.querySelector<SlkActionTracker>('slk-action-tracker')! };
    }

    it('adds a draft action linked to the finding, which the action tracker in the same review shows', async () => {
      const { store, el, tracker } = await inReview();
      await press(el, 'Propose an action for the plan');
      const dialog = $<HTMLDialogElement>(el, '.propose-dialog')!;
      expect(dialog.open).to.equal(true);
      expect(activeInShadow(el)).to.equal(dialog.querySelector('h2'));
      // The deepest kind of learning the worksheet reached is offered first, with its suggested strength.
      expect(dialog.querySelector<HTMLInputElement>('input[name="loop"]:checked')!.value).to.equal('triple');
      expect(dialog.querySelector<HTMLInputElement>('input[name="strength"]:checked')!.value).to.equal('stronger');
      dialog.querySelector<HTMLInputElement>('input[name="loop"][value="double"]')!.click();
      await settled(el);
      expect(dialog.querySelector<HTMLInputElement>('input[name="strength"]:checked')!.value).to.equal('intermediate');
      expect(dialog.querySelector<HTMLInputElement>('input[name="title"]')!.value).to.equal('Count missed appointments for each child across services, not for each service.');
      // The recommendations offered are those that answer finding-1.
      expect([...dialog.querySelectorAll<HTMLOptionElement>('select[name="recommendationId"] option')].map((o) => o.value)).to.deep.equal(['rec-2', 'rec-6']);
      dialog.querySelector<HTMLSelectElement>('select[name="agencyId"]')!.value = childJReview.agencies[0]!.id;
      dialog.querySelector<HTMLInputElement>('input[name="leadRole"]')!.value = 'Named nurse for safeguarding';
      const proposed = oneEvent<WorksheetProposeEvent>(el, 'slk-worksheet-propose');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const { action } = (await proposed).detail;
      expect(action.status).to.equal('draft');
      expect(action.origin).to.deep.equal({ kind: 'loop-worksheet', worksheetId: 'ws-child-j-finding-1', loop: 'double', subjectKind: 'finding', subjectId: 'finding-1' });
      await until(async () => !!(await store.getEntity(childJReview.id, 'actions', action.id)), 'the action stored');
      await until(() => text(tracker.shadowRoot!.querySelector('[part~="base"]')).includes(action.title), 'the tracker to show the action');
      await settled(el);
      expect(dialog.open).to.equal(false);
      expect(activeInShadow(el)).to.equal($(el, '.propose-button'));
      expect(text($(el, '.proposed'))).to.contain(`${action.title} (Intermediate)`);
    });

    it('flags defensive and single-loop ideas as weaker', async () => {
      const { el } = await inReview();
      await press(el, 'Propose an action for the plan');
      const dialog = $<HTMLDialogElement>(el, '.propose-dialog')!;
      expect(dialog.querySelector('.nudge')).to.equal(null);
      dialog.querySelector<HTMLInputElement>('input[name="loop"][value="single"]')!.click();
      await settled(el);
      expect(text(dialog.querySelector('.nudge'))).to.contain('usually rely on people remembering, so they tend to be weaker');
      expect(dialog.querySelector<HTMLInputElement>('input[name="strength"]:checked')!.value).to.equal('weaker');
    });

    it('lists what is missing, and adds nothing until it is given', async () => {
      const { store, el } = await inReview();
      await press(el, 'Propose an action for the plan');
      const dialog = $<HTMLDialogElement>(el, '.propose-dialog')!;
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => !!dialog.querySelector('.error-summary'), 'the problems listed');
      await settled(el);
      expect([...dialog.querySelectorAll('.error-summary li')].map(text)).to.include.members(['Select the agency responsible', 'Enter the lead officer’s role']);
      expect(activeInShadow(el)).to.equal(dialog.querySelector('.error-summary'));
      const review = await store.getReview(childJReview.id);
      expect(review!.value.actions).to.have.length(childJReview.actions.length);
    });

    it('is not offered to the panel or the public', async () => {
      const provider = await fixture<SlkReview>(html`<slk-review audience="panel" .review=${childJReview}><slk-loop-worksheet .worksheet=${childJWorksheetsInput[0]}></slk-loop-worksheet></slk-review>`);
      const el = provider.querySelector('slk-loop-worksheet')!;
      await ready(el);
      expect(button(el, 'Propose an action')).to.equal(undefined);
      expect(button(el, 'Print the worksheet')).to.not.equal(undefined);
    });
  });

  describe('print', () => {
    // A4 less 15 mm margins each side, at the 96 px to the inch browsers print at.
    const A4 = { width: Math.round(((210 - 30) / 25.4) * 96), height: Math.round(((297 - 30) / 25.4) * 96) };

    async function printed(input: LoopWorksheetInput, blank: boolean): Promise<{ el: SlkLoopWorksheet; height: number }> {
      const el = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet mode=${input.mode} ?facilitator=${input.mode === 'group'} .worksheet=${input} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
      // The width of the printable area of A4, as the print would lay it out.
      el.style.width = `${A4.width}px`;
      await ready(el);
      let height = 0;
      await emulateMedia({ media: 'print' });
      try {
        await whilePrinting(() => el.print({ blank }), () => (height = $(el, '.print-sheet')!.getBoundingClientRect().height));
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      return { el, height };
    }

    it('prints a completed worksheet on one A4 page, with its answers and nothing of the screen', async () => {
      for (const input of [childJWorksheetsInput[0]!, childJWorksheetsInput[1]!, physicalInterventionWorksheetInput]) {
        const { height } = await printed(input, false);
        expect(height, input.id).to.be.greaterThan(200);
        expect(height, input.id).to.be.at.most(A4.height);
      }
      const el = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet .worksheet=${childJWorksheetsInput[0]} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
      await ready(el);
      await emulateMedia({ media: 'print' });
      try {
        expect($(el, '.screen-only')!.getClientRects()).to.have.length(0);
        expect(text($(el, '.print-sheet'))).to.contain(childJWorksheetsInput[0]!.doubleLoop.change!.slice(0, 80));
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('prints a blank worksheet on one page, with a question and room to write in each section', async () => {
      const { el, height } = await printed(childJWorksheetsInput[0]!, true);
      expect(height).to.be.at.most(A4.height);
      // Printing is over: the screen shows the completed worksheet again.
      expect($(el, '.print-sheet--blank')).to.equal(null);
      const blank = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
      await ready(blank);
      let sheet = '';
      await whilePrinting(() => blank.print({ blank: true }), () => (sheet = text($(blank, '.print-sheet'))));
      expect(sheet).to.contain('What would the quick, safe-looking answer be?');
      expect(sheet).to.not.contain('undefined');
    });
  });

  describe('in Welsh', () => {
    it('shows its words, the prompts and the worked example in Welsh', async () => {
      await setLocale('cy');
      await waitForLocale('cy');
      const el = await worksheet();
      await press(el, 'Parhau');
      await settled(el);
      expect(stepTitle(el)).to.equal('Yr ymateb amddiffynnol');
      button(el, 'Dangos enghraifft')!.click();
      await settled(el);
      const example = parseLoopWorksheet((await import('@slk/sdk')).LOOP_WORKED_EXAMPLE.cy);
      expect(example.ok && text($(el, '[part~="example"]')).includes(example.worksheet.defensive.response!.slice(0, 40))).to.equal(true);
      expect(text($(el, '.prompts li'))).to.contain('Y dull systemau');
    });
  });

  describe('states and hostile input', () => {
    it('lists the problems with a document that is not a worksheet, without repeating its contents', async () => {
      const el = await worksheet({ worksheet: { kind: 'loop-worksheet', id: '<b>bad</b>', mode: 'everyone' } as unknown as LoopWorksheetInput });
      const message = $(el, '.message--error')!;
      expect(text(message)).to.contain('This worksheet cannot be shown');
      expect(text(message)).to.not.contain('everyone');
      expect(message.querySelector('b')).to.equal(null);
    });

    it('shows hostile text as text everywhere it appears', async () => {
      const hostile = '<img src=x onerror="window.__ws=1"><script>window.__ws=2</script>';
      const input: LoopWorksheetInput = { ...group([{ id: 'h', section: 'defensive', text: hostile, author: hostile }], true), title: hostile, subject: { kind: 'scenario', text: hostile }, defensive: { response: hostile } };
      const el = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet mode="group" facilitator .worksheet=${input} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
      await ready(el);
      await press(el, 'Continue');
      $$<HTMLButtonElement>(el, '.steps__button')[6]!.click();
      await settled(el);
      expect($$(el, 'img, script')).to.have.length(0);
      expect(text($(el, '.title'))).to.equal(hostile);
      expect(text($(el, '.finish-section'))).to.contain(hostile);
      expect((window as { __ws?: number }).__ws).to.equal(undefined);
    });
  });

  for (const example of loopWorksheetFixtures.fixtures) {
    for (const locale of ['en-GB', 'cy'] as const) {
      it(`is accessible: ${example.name} (${locale})`, async () => {
        await setLocale(locale);
        await waitForLocale(locale);
        const el = await fixture(example.render());
        const worksheetEl = el.localName === 'slk-loop-worksheet' ? el : el.querySelector('slk-loop-worksheet')!;
        await ready(worksheetEl);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is accessible with the worked example open and the facilitator summary showing', async () => {
    const el = await fixture<SlkLoopWorksheet>(html`<slk-loop-worksheet mode="group" facilitator .worksheet=${group([])} .drafts=${new MemoryStore()}></slk-loop-worksheet>`);
    await ready(el);
    await press(el, 'Continue');
    await press(el, 'Show a worked example alongside');
    await expect(el).to.be.accessible();
    const worksheetValue: LoopWorksheet = el.value;
    expect(worksheetValue.mode).to.equal('group');
  });
});
