import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { answersToSend, MemoryStore, parseFeedbackResponse, StorageError, type DraftStore, type FeedbackResponse } from '@slk/sdk';
import { childJReview, eventEvaluationForm, followUpForm } from '@slk/sdk/fixtures';
import { feedbackFormFixtures } from './feedback-form.fixtures.js';
import { SlkFeedbackForm, type FeedbackSubmitEvent } from './feedback-form.js';
import type { SlkReview } from '../review/review.js';
import { settled, until } from '../../../../test/helpers/settle.js';
import { catchDownloads } from '../../../../test/helpers/downloads.js';
import { formControlConformance } from '../../../../test/helpers/form-control-conformance.js';
import { setLocale } from '../internal/localization.js';
import './define.js';
import '../review/define.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name);
const questionLabels = (el: Element) => $$(el, '[part~="question"] > legend, [part~="question"] > label').map((l) => text(l));

async function form(attrs: { id?: string; layout?: string; drafts?: DraftStore } = {}): Promise<SlkFeedbackForm> {
  const el = await fixture<SlkFeedbackForm>(
    html`<slk-feedback-form definition-id=${attrs.id ?? 'event-evaluation'} layout=${attrs.layout ?? 'pages'} today="2026-11-21" .drafts=${attrs.drafts ?? new MemoryStore()}></slk-feedback-form>`,
  );
  await settled(el);
  return el;
}

/** Chooses an option (radio or checkbox) of a question by its value, with a click as a user would. */
async function choose(el: SlkFeedbackForm, questionId: string, value: string): Promise<void> {
  const input = $$<HTMLInputElement>(el, `input[name$="-${questionId}"]`).find((i) => i.value === value);
  expect(input, `option ${value} of ${questionId}`).not.to.equal(undefined);
  input!.click();
  await settled(el);
}

async function type(el: SlkFeedbackForm, control: HTMLElement, words: string): Promise<void> {
  control.focus();
  await sendKeys({ type: words });
  await settled(el);
}

async function next(el: SlkFeedbackForm, name = 'Continue'): Promise<void> {
  button(el, name)!.click();
  await settled(el);
}

describe('<slk-feedback-form>', () => {
  it('is registered under its tag', async () => {
    const el = await fixture(html`<slk-feedback-form></slk-feedback-form>`);
    expect(el).to.be.instanceOf(SlkFeedbackForm);
  });

  describe('forms as data', () => {
    it('shows the first section of a shipped form with its progress, marking optional questions', async () => {
      const el = await form();
      expect(text($(el, '.form-title'))).to.equal('Tell us what you thought of the learning event');
      expect(text($(el, '.progress__text'))).to.equal('Section 1 of 3');
      expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(1);
      expect(text($(el, '.step-title'))).to.equal('About you');
      expect(questionLabels(el)).to.deep.equal(['What type of organisation do you work for? (optional)', 'What best describes your role? (optional)']);
      expect(text($(el, '.privacy'))).to.contain('Your answers are anonymous');
    });

    it('moves through the sections, moving focus to each new heading', async () => {
      const el = await form();
      await next(el);
      expect(text($(el, '.progress__text'))).to.equal('Section 2 of 3');
      expect(focused(el)).to.equal($(el, '.step-title'));
      expect(text(focused(el))).to.equal('The event');
      // Required questions have no "(optional)".
      expect(questionLabels(el)[0]).to.equal('How useful was the event for your work?');
      await next(el, 'Back');
      expect(text($(el, '.step-title'))).to.equal('About you');
    });

    it('shows a conditional question only while its condition holds, and drops its answer when hidden', async () => {
      const el = await form();
      await next(el);
      const improve = 'What could we have done better? (optional)';
      expect(questionLabels(el)).not.to.include(improve);
      await choose(el, 'overall-rating', '2');
      expect(questionLabels(el)).to.include(improve);
      await type(el, $(el, 'textarea')!, 'More time for questions');
      expect(el.value['improve-event']).to.equal('More time for questions');
      await choose(el, 'overall-rating', '4');
      expect(questionLabels(el)).not.to.include(improve);
      // Kept while typed (a slip of the mouse loses nothing), but not sent.
      expect(el.value['improve-event']).to.equal('More time for questions');
      expect(answersToSend(eventEvaluationForm, el.value)).not.to.have.property('improve-event');
    });

    it('labels the ends of a rating scale for screen readers as well as on screen', async () => {
      const el = await form();
      await next(el);
      const rating = $$(el, 'fieldset[part~="question"]')[0]!;
      expect([...rating.querySelectorAll('.scale-ends span')].map((s) => text(s))).to.deep.equal(['1: Not at all useful', '5: Very useful']);
      const labels = [...rating.querySelectorAll('.choice label')].map((l) => text(l));
      expect(labels).to.deep.equal(['1 (Not at all useful)', '2', '3', '4', '5 (Very useful)']);
    });

    it('shows every section on one page with layout="single"', async () => {
      const el = await form({ layout: 'single' });
      expect($$(el, '.section-title').map((h) => text(h))).to.deep.equal(['About you', 'The event', 'Your learning']);
      expect($(el, 'progress')).to.equal(null);
    });

    it('takes its words from the definition in Welsh when the kit is in Welsh', async () => {
      const el = await fixture<SlkFeedbackForm>(html`<div lang="cy"><slk-feedback-form definition-id="follow-up-3-months" .drafts=${new MemoryStore()}></slk-feedback-form></div>`);
      const inner = el.querySelector('slk-feedback-form')!;
      await until(() => text($(inner, '.form-title')) === 'Tri mis ar ôl y digwyddiad dysgu', 'the Welsh title');
      expect(text($(inner, '.progress__text'))).to.match(/^Adran 1 o 3$/);
    });
  });

  describe('errors, GOV.UK style', () => {
    it('shows a focused error summary linking to each question, with the same words beside it', async () => {
      const el = await form();
      await next(el);
      await next(el);
      const summary = $(el, '.error-summary')!;
      expect(focused(el)).to.equal(summary);
      expect(text(summary.querySelector('h3'))).to.equal('There is a problem');
      const link = summary.querySelector('a')!;
      expect(text(link)).to.equal('Answer “How useful was the event for your work?”');
      const beside = $(el, '.field--error .error-message')!;
      expect(text(beside)).to.equal('Error: Answer “How useful was the event for your work?”');
      link.click();
      await settled(el);
      expect(focused(el)).to.equal($$(el, 'input[name$="-overall-rating"]')[0]);
      expect(focused(el)!.getAttribute('aria-invalid')).to.equal('true');
      // The message is part of the question's description.
      const fieldset = $(el, '.field--error')!;
      expect(fieldset.getAttribute('aria-describedby')).to.contain(beside.id);
    });

    it('shows the messages in the language chosen after the answers were checked', async () => {
      const el = await form();
      await next(el);
      await next(el);
      try {
        await setLocale('cy');
        await settled(el);
        expect(text($(el, '.error-summary a'))).to.equal('Atebwch “Pa mor ddefnyddiol oedd y digwyddiad i’ch gwaith?”');
        expect(el.validationMessage).to.equal('Atebwch “Pa mor ddefnyddiol oedd y digwyddiad i’ch gwaith?”');
      } finally {
        await setLocale('en-GB');
      }
    });

    it('counts characters without stopping typing, and says when there are too many', async () => {
      const definition = { ...eventEvaluationForm, sections: [{ id: 's', title: { 'en-GB': 'Short' }, questions: [{ id: 'q', type: 'free-text', label: { 'en-GB': 'In a few words' }, maxLength: 10, multiline: false, required: false }] }] };
      const el = await fixture<SlkFeedbackForm>(html`<slk-feedback-form .definition=${definition} .drafts=${new MemoryStore()}></slk-feedback-form>`);
      await settled(el);
      const input = $<HTMLInputElement>(el, 'input[type="text"]')!;
      expect(text($(el, '.count'))).to.equal('You can enter up to 10 characters');
      await type(el, input, 'Twelve chars');
      expect(input.value).to.equal('Twelve chars');
      expect(text($(el, '.count'))).to.equal('You have 2 characters too many');
      expect(input.classList.contains('over-limit'), 'the box is marked while over the limit').to.equal(true);
      expect(input.getAttribute('aria-describedby')).to.contain($(el, '.count')!.id);
      await next(el);
      expect(text($(el, '.error-summary a'))).to.equal('The answer to “In a few words” must be 10 characters or fewer');
      expect(text($(el, '.error-summary'))).not.to.contain('Twelve');
    });

    it('asks for a real date in the day, month and year boxes', async () => {
      const el = await form({ id: 'follow-up-3-months' });
      await next(el);
      await choose(el, 'changed-response', 'true');
      const day = $<HTMLInputElement>(el, 'input[name="last-used-day"]')!;
      await type(el, day, '31');
      await type(el, $(el, 'input[name="last-used-month"]')!, '2');
      await type(el, $(el, 'input[name="last-used-year"]')!, '2025');
      await next(el);
      expect($$(el, '.error-summary a').map((a) => text(a))).to.deep.equal(['Enter a real date for “When did you last use the learning in your work?”']);
      day.focus();
      day.select();
      await sendKeys({ type: '27' });
      await settled(el);
      expect(el.value['last-used']).to.equal('2025-02-27');
    });

    it('refuses more options than a question allows', async () => {
      const el = await form();
      await next(el);
      await choose(el, 'overall-rating', '4');
      for (const v of ['whole-picture', 'other-agencies', 'findings']) await choose(el, 'helped-most', v);
      await next(el);
      expect(text($(el, '.error-summary a'))).to.equal('Select 2 options or fewer for “Which parts of the event helped you most?”');
    });
  });

  describe('check your answers and sending', () => {
    async function answered(drafts = new MemoryStore()): Promise<SlkFeedbackForm> {
      const el = await form({ drafts });
      await choose(el, 'sector', 'police');
      await next(el);
      await choose(el, 'overall-rating', '5');
      await choose(el, 'support-known', 'true');
      await next(el);
      await choose(el, 'learning-rating', '4');
      await next(el);
      return el;
    }

    it('lists every answer before sending, and "Change" comes back to the same page', async () => {
      const el = await answered();
      expect(text($(el, '.step-title'))).to.equal('Check your answers before sending them');
      const rows = $$(el, '.summary-list__row').map((r) => [text(r.querySelector('dt')), text(r.querySelector('dd'))]);
      expect(rows).to.deep.include.members([
        ['What type of organisation do you work for?', 'Police'],
        ['How useful was the event for your work?', '5 out of 5'],
        ['Do you know where to get support if the event has affected you?', 'Yes'],
        ['What best describes your role?', 'Not answered'],
      ]);
      const change = $$<HTMLButtonElement>(el, '.summary-list__row').find((r) => text(r.querySelector('dt')) === 'How useful was the event for your work?')!.querySelector('button')!;
      expect(text(change)).to.equal('Change your answer to: How useful was the event for your work?');
      change.click();
      await settled(el);
      // The answer given, so arrow keys move from it rather than from the first point.
      expect(focused(el)).to.equal($$<HTMLInputElement>(el, 'input[name$="-overall-rating"]').find((i) => i.value === '5'));
      await choose(el, 'overall-rating', '3');
      await next(el, 'Save and go back to check your answers');
      expect(text($(el, '.step-title'))).to.equal('Check your answers before sending them');
    });

    it('sends a response the SDK accepts, then confirms and forgets the draft', async () => {
      const drafts = new MemoryStore();
      const el = await answered(drafts);
      await until(async () => (await drafts.listDrafts()).length === 1, 'the draft');
      setTimeout(() => button(el, 'Send my answers')!.click());
      const event: FeedbackSubmitEvent = await oneEvent(el, 'slk-submit');
      const response: FeedbackResponse = event.detail.response;
      expect(parseFeedbackResponse(response, { form: eventEvaluationForm }).ok).to.equal(true);
      expect(response).to.include({ formId: 'event-evaluation', timepoint: 'immediate', submittedOn: '2026-11-21', anonymous: true });
      expect(response.answers).to.deep.equal({ sector: 'police', 'overall-rating': 5, 'support-known': true, 'learning-rating': 4 });
      await until(() => text($(el, '.panel h3')) === 'Your answers have been sent', 'the confirmation');
      expect(focused(el)).to.equal($(el, '.panel h3'));
      expect(await drafts.listDrafts()).to.deep.equal([]);
    });

    it('keeps the answers and says so when the host cannot send them', async () => {
      const drafts = new MemoryStore();
      const el = await answered(drafts);
      await until(async () => (await drafts.listDrafts()).length === 1, 'the draft');
      el.addEventListener('slk-submit', (e) => e.detail.waitUntil(Promise.reject(new Error('offline'))));
      button(el, 'Send my answers')!.click();
      await until(() => !!$(el, '.send-failed'), 'the failure message');
      expect(text($(el, '.send-failed'))).to.contain('Your answers could not be sent. They are still saved on this device.');
      expect(focused(el)).to.equal($(el, '.send-failed'));
      expect(await drafts.listDrafts()).to.have.length(1);
      expect(text($(el, '.step-title'))).to.equal('Check your answers before sending them');
    });

    it('inside a review, saves the response to its store with the review and learning event', async () => {
      const store = new MemoryStore();
      const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}><slk-feedback-form definition-id="follow-up-3-months" today="2026-11-21"></slk-feedback-form></slk-review>`);
      await settled(provider);
      const el = provider.querySelector('slk-feedback-form')!;
      await until(() => !!$(el, '.step-title'), 'the form');
      await next(el);
      await choose(el, 'changed-response', 'false');
      await next(el);
      await next(el);
      button(el, 'Send my answers')!.click();
      await until(async () => (await store.listDocuments('feedback-response')).length === 1, 'the stored response');
      const [saved] = await store.listDocuments('feedback-response');
      expect(saved!.value).to.deep.include({ reviewId: 'child-j', learningEventId: 'learning-event-1', formId: 'follow-up-3-months' });
      expect((saved!.value as FeedbackResponse).answers).to.deep.equal({ 'changed-response': false });
    });
  });

  describe('never losing an answer', () => {
    it('restores a saved draft, says when it was saved, and clears it on request', async () => {
      const drafts = new MemoryStore();
      await drafts.saveDraft('feedback:event-evaluation:v1', { answers: { sector: 'education', 'overall-rating': 3 }, step: 1 }, { kind: 'feedback-response' });
      const saved = (await drafts.listDrafts())[0]!.savedAt;
      const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(saved));
      const el = await form({ drafts });
      expect(text($(el, '.banner'))).to.contain(`We restored your answers from ${time}.`);
      expect(text($(el, '.step-title'))).to.equal('The event');
      expect($$<HTMLInputElement>(el, 'input[name$="-overall-rating"]').find((i) => i.checked)?.value).to.equal('3');
      expect(text($(el, '.draft__status'))).to.equal(`Saved on this device at ${time}.`);

      button(el, 'Clear my answers')!.click();
      await settled(el);
      expect(focused(el)).to.equal(button(el, 'Yes, clear my answers'));
      button(el, 'Yes, clear my answers')!.click();
      await until(async () => (await drafts.listDrafts()).length === 0, 'the draft to go');
      await settled(el);
      expect(el.value).to.deep.equal({});
      expect($(el, '.banner')).to.equal(null);
      expect(text($(el, '.step-title'))).to.equal('About you');
    });

    it('saves each change as a draft after a pause', async () => {
      const drafts = new MemoryStore();
      const el = await form({ drafts });
      await choose(el, 'role-level', 'supervisor');
      expect(text($(el, '.draft__status'))).to.equal('Saving on this device…');
      await until(async () => (await drafts.listDrafts()).length === 1, 'the draft');
      const [draft] = await drafts.listDrafts();
      expect(draft!.value).to.deep.equal({ answers: { 'role-level': 'supervisor' }, step: 0 });
      await until(() => text($(el, '.draft__status')).startsWith('Saved on this device at'), 'the saved status');
    });

    it('says when the answers cannot be saved and offers them as a download', async () => {
      const memory = new MemoryStore();
      const failing: DraftStore = Object.assign(Object.create(memory) as MemoryStore, {
        saveDraft: () => Promise.reject(new StorageError('quota-exceeded')),
      });
      const el = await form({ drafts: failing });
      await choose(el, 'sector', 'education');
      await until(() => text($(el, '.draft__status')).startsWith('Not saved on this device.'), 'the failure');
      expect(text($(el, '[role="status"]'))).to.contain('could not be saved');
      const caught = catchDownloads();
      try {
        button(el, 'Download a copy of your answers')!.click();
        expect(caught.downloads).to.have.length(1);
        const file = JSON.parse(await caught.downloads[0]!.blob.text()) as { value: { answers: unknown } };
        expect(file.value.answers).to.deep.equal({ sector: 'education' });
      } finally {
        caught.restore();
      }
    });

    it('survives a reload of the page in Chromium, with the browser’s own store', async () => {
      const key = `reload-${Date.now()}`;
      const frame = document.createElement('iframe');
      frame.title = 'Feedback form page';
      frame.src = `/test/browser/feedback-form-page.html?key=${key}`;
      document.body.append(frame);
      const page = () => frame.contentDocument!;
      const inner = () => page()?.querySelector('slk-feedback-form');
      await until(() => !!inner()?.shadowRoot?.querySelector('textarea'), 'the page loaded', 5000);
      inner()!.shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'Ring the GP after a second missed appointment.' });
      await until(() => text(inner()!.shadowRoot!.querySelector('.draft__status')).startsWith('Saved on this device'), 'the draft saved', 5000);
      page().body.dataset['before'] = 'reload';
      frame.contentWindow!.location.reload();
      await until(() => page()?.body?.dataset['before'] === undefined && !!inner()?.shadowRoot?.querySelector('.banner'), 'the reloaded page', 5000);
      expect(inner()!.shadowRoot!.querySelector('textarea')!.value).to.equal('Ring the GP after a second missed appointment.');
      expect(text(inner()!.shadowRoot!.querySelector('.banner'))).to.contain('We restored your answers from');

      // Typing, then reloading at once, before the pause after which the draft is written.
      const box = inner()!.shadowRoot!.querySelector('textarea')!;
      box.focus();
      await sendKeys({ type: ' Today.' });
      page().body.dataset['before'] = 'reload';
      frame.contentWindow!.location.reload();
      await until(() => page()?.body?.dataset['before'] === undefined && !!inner()?.shadowRoot?.querySelector('.banner'), 'the second reload', 5000);
      expect(inner()!.shadowRoot!.querySelector('textarea')!.value).to.equal('Ring the GP after a second missed appointment. Today.');
      frame.remove();
    });
  });

  describe('for frameworks', () => {
    it('takes a definition and answers as properties, as React sets them', async () => {
      const el = await fixture<SlkFeedbackForm>(html`<slk-feedback-form .definition=${followUpForm} .drafts=${new MemoryStore()}></slk-feedback-form>`);
      await settled(el);
      el.value = { 'changed-response': true };
      await settled(el);
      await next(el);
      expect($$<HTMLInputElement>(el, 'input[name$="-changed-response"]').find((i) => i.checked)?.value).to.equal('true');
      expect(questionLabels(el)).to.include('What have you done differently? (optional)');
    });

    it('works with v-model: value in, input events out', async () => {
      const el = await form();
      // Vue sets '' for an empty model before anything is chosen.
      (el as unknown as { value: string }).value = '';
      let model: unknown;
      el.addEventListener('input', (e) => (model = (e.target as SlkFeedbackForm).value));
      await choose(el, 'sector', 'police');
      expect(model).to.deep.equal({ sector: 'police' });
      // The same object comes back while nothing changes, so v-model does not loop.
      expect(el.value).to.equal(model);
      el.value = { ...(model as object), 'role-level': 'frontline' };
      await settled(el);
      expect($$<HTMLInputElement>(el, 'input[name$="-role-level"]').find((i) => i.checked)?.value).to.equal('frontline');
    });

    it('fires one input event per change, not the inner controls’ too', async () => {
      const el = await form();
      let inputs = 0;
      el.addEventListener('input', () => (inputs += 1));
      await choose(el, 'sector', 'police');
      await next(el);
      await choose(el, 'overall-rating', '1');
      await type(el, $(el, 'textarea')!, 'abc');
      expect(inputs).to.equal(5);
    });
  });

  describe('inside a native form', () => {
    formControlConformance('slk-feedback-form', {
      render: (name) => html`<slk-feedback-form name=${name} definition-id="event-evaluation" .drafts=${new MemoryStore()}></slk-feedback-form>`,
      makeValid: async (el) => {
        const f = el as SlkFeedbackForm;
        await choose(f, 'overall-rating', '4');
        await choose(f, 'learning-rating', '5');
        await choose(f, 'helped-most', 'findings');
        await choose(f, 'helped-most', 'whole-picture');
      },
      entries: [
        ['answers.overall-rating', '4'],
        ['answers.helped-most', 'whole-picture'],
        ['answers.helped-most', 'findings'],
        ['answers.learning-rating', '5'],
      ],
    });

    it('shows every section and its own error summary when the page’s form is sent with problems', async () => {
      const page = await fixture<HTMLFormElement>(html`<form><slk-feedback-form name="feedback" definition-id="event-evaluation" .drafts=${new MemoryStore()}></slk-feedback-form><button>Send</button></form>`);
      const el = page.querySelector('slk-feedback-form')!;
      await settled(page);
      expect($(el, 'progress')).to.equal(null);
      expect(button(el, 'Continue')).to.equal(undefined);
      page.querySelector('button')!.click();
      await settled(el);
      expect(focused(el)).to.equal($(el, '.error-summary'));
      expect($$(el, '.error-summary a').map((a) => text(a))).to.deep.equal([
        'Answer “How useful was the event for your work?”',
        'Answer “How much did you learn from the event?”',
      ]);
    });

    it('forgets the draft once the page’s form is sent', async () => {
      const drafts = new MemoryStore();
      const page = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}><slk-feedback-form definition-id="event-evaluation" .drafts=${drafts}></slk-feedback-form><button>Send</button></form>`);
      const el = page.querySelector('slk-feedback-form')!;
      await settled(page);
      await choose(el, 'overall-rating', '4');
      await choose(el, 'learning-rating', '5');
      await until(async () => (await drafts.listDrafts()).length === 1, 'the draft');
      page.requestSubmit();
      await until(async () => (await drafts.listDrafts()).length === 0, 'the draft to go');
    });
  });

  describe('the session timeout warning', () => {
    it('warns before the host’s session ends, lets the person stay, then says when it has ended', async () => {
      const el = await fixture<SlkFeedbackForm>(html`<slk-feedback-form definition-id="event-evaluation" session-timeout="0.01" session-warning="0.005" .drafts=${new MemoryStore()}></slk-feedback-form>`);
      await until(() => !!$<HTMLDialogElement>(el, '.session-dialog')?.open, 'the warning');
      expect(text($(el, '.session-dialog h2'))).to.equal('Your session will end soon');
      setTimeout(() => button(el, 'Stay on this page')!.click());
      await oneEvent(el, 'slk-session-extend');
      await settled(el);
      expect($(el, '.session-dialog')).to.equal(null);
      await oneEvent(el, 'slk-session-timeout');
      await until(() => text($(el, '.session-dialog h2')) === 'Your session has ended', 'the ended message');
      expect($$<HTMLInputElement>(el, 'input').every((i) => i.disabled)).to.equal(true);
    });
  });

  describe('safety', () => {
    it('renders hostile text in a definition and in answers as text', async () => {
      const hostile = '<img src=x onerror="window.__slkHacked=1"><script>window.__slkHacked=1</script>';
      const definition = {
        ...eventEvaluationForm,
        title: { 'en-GB': hostile },
        sections: [{ id: 's', title: { 'en-GB': hostile }, questions: [{ id: 'q', type: 'free-text', label: { 'en-GB': hostile }, hint: { 'en-GB': hostile }, maxLength: 500, multiline: true, required: false }] }],
      };
      const el = await fixture<SlkFeedbackForm>(html`<slk-feedback-form .definition=${definition} .drafts=${new MemoryStore()}></slk-feedback-form>`);
      await settled(el);
      await type(el, $(el, 'textarea')!, hostile);
      await next(el);
      expect(text($(el, '.summary-list dd'))).to.equal(hostile);
      expect($$(el, 'img, script')).to.deep.equal([]);
      expect((window as { __slkHacked?: number }).__slkHacked).to.equal(undefined);
    });

    it('drops a privacy link that is not a web address', async () => {
      const scheme = ['java', 'script:'].join('');
      const el = await fixture<SlkFeedbackForm>(html`<slk-feedback-form definition-id="event-evaluation" privacy-href="${scheme}alert(1)" .drafts=${new MemoryStore()}></slk-feedback-form>`);
      await settled(el);
      expect($(el, '.privacy a')).to.equal(null);
      el.privacyHref = '/privacy';
      await settled(el);
      expect($<HTMLAnchorElement>(el, '.privacy a')!.href).to.equal(new URL('/privacy', location.href).href);
    });

    it('lists what is wrong with a definition it cannot use, without the values', async () => {
      const el = await fixture<SlkFeedbackForm>(feedbackFormFixtures.fixtures.find((f) => f.name === 'Definition with problems')!.render());
      await settled(el);
      expect(text($(el, '[role="alert"]'))).to.contain('This form cannot be shown, because its definition has problems');
    });
  });

  for (const example of feedbackFormFixtures.fixtures) {
    it(`is accessible: ${example.name}`, async () => {
      const el = await fixture(example.render());
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
