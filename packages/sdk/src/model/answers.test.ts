import { expect } from 'chai';
import { eventEvaluationForm, followUpForm } from '../fixtures/index.js';
import { answersFromEntries, answersToEntries, answersToSend, isBlankAnswer, responseFromAnswers } from './answers.js';
import { parseFeedbackForm, parseFeedbackResponse } from './validate.js';
import { eventEvaluationFormDefinition, FEEDBACK_FORM_DEFINITIONS, followUpFormDefinition } from '../forms/feedback-forms.js';

describe('feedback answers', () => {
  it('counts blank text and empty choices as not given, but not false or zero', () => {
    expect([undefined, null, '', '   ', []].map(isBlankAnswer)).to.deep.equal([true, true, true, true, true]);
    expect([false, 0, 'x', ['a']].map(isBlankAnswer)).to.deep.equal([false, false, false, false]);
  });

  it('drops answers to questions the respondent no longer sees, and blanks', () => {
    // "What could we have done better?" shows only for a rating of 1 or 2.
    const sent = answersToSend(eventEvaluationForm, { 'overall-rating': 4, 'improve-event': 'More time', 'key-learning': '  ', sector: 'police' });
    expect(sent).to.deep.equal({ sector: 'police', 'overall-rating': 4 });
    expect(answersToSend(eventEvaluationForm, { 'overall-rating': 2, 'improve-event': 'More time' })).to.deep.equal({ 'overall-rating': 2, 'improve-event': 'More time' });
  });

  it('round-trips through form-data entries with the types a response stores', () => {
    const answers = { 'changed-response': true, barriers: ['time', 'other'], 'barriers-other': 'Caseload', 'confidence-now': 4, 'last-used': '2024-11-27' };
    const entries = answersToEntries(followUpForm, answers, 'feedback.');
    expect(entries).to.deep.include.members([
      ['feedback.changed-response', 'true'],
      ['feedback.barriers', 'time'],
      ['feedback.barriers', 'other'],
      ['feedback.confidence-now', '4'],
    ]);
    const back = answersFromEntries(followUpForm, [...entries, ['feedback.not-a-question', 'x'], ['other-field', 'y']], 'feedback.');
    expect(back).to.deep.equal(answers);
  });

  it('keeps text it cannot convert, so validation explains the problem without the value', () => {
    const back = answersFromEntries(eventEvaluationForm, [['overall-rating', 'lots'], ['support-known', 'maybe']]);
    expect(back).to.deep.equal({ 'overall-rating': 'lots', 'support-known': 'maybe' });
    const parsed = parseFeedbackResponse(responseFromAnswers(eventEvaluationForm, back, { id: 'r1', submittedOn: '2026-11-21' }), { form: eventEvaluationForm });
    expect(parsed.ok).to.equal(false);
    const messages = parsed.ok ? [] : parsed.errors.map((e) => e.message);
    expect(messages).to.include('Select a rating from 1 to 5 for “How useful was the event for your work?”');
    expect(messages.join(' ')).not.to.contain('lots');
    expect(messages.join(' ')).not.to.contain('maybe');
  });

  it('writes limits in messages as GOV.UK writes numbers', () => {
    const parsed = parseFeedbackResponse(responseFromAnswers(eventEvaluationForm, { 'key-learning': 'x'.repeat(1001) }, { id: 'r3', submittedOn: '2026-11-21' }), { form: eventEvaluationForm });
    const messages = parsed.ok ? [] : parsed.errors.map((e) => e.message);
    expect(messages).to.include('The answer to “What is the main thing you will take away from the event?” must be 1,000 characters or fewer');
  });

  it('makes a response the SDK accepts, recording the form, its version and the event', () => {
    const input = responseFromAnswers(eventEvaluationForm, { 'overall-rating': 5, 'learning-rating': 4 }, { id: 'r2', submittedOn: '2026-11-21', reviewId: 'child-j', learningEventId: 'learning-event-1' });
    const parsed = parseFeedbackResponse(input, { form: eventEvaluationForm });
    expect(parsed.ok).to.equal(true);
    if (parsed.ok) {
      expect(parsed.response).to.include({ formId: 'event-evaluation', formVersion: 1, timepoint: 'immediate', learningEventId: 'learning-event-1', anonymous: true });
    }
  });

  it('ships two valid forms, each complete in Welsh', () => {
    expect(Object.keys(FEEDBACK_FORM_DEFINITIONS)).to.deep.equal(['event-evaluation', 'follow-up-3-months']);
    for (const definition of [eventEvaluationFormDefinition, followUpFormDefinition]) {
      const parsed = parseFeedbackForm(definition);
      expect(parsed.ok, definition.id).to.equal(true);
      const missing: string[] = [];
      const visit = (value: unknown, path: string): void => {
        if (!value || typeof value !== 'object') return;
        const record = value as Record<string, unknown>;
        if (typeof record['en-GB'] === 'string' && !(typeof record['cy'] === 'string' && record['cy'].trim())) missing.push(path);
        for (const [k, v] of Object.entries(record)) visit(v, `${path}.${k}`);
      };
      visit(definition, definition.id);
      expect(missing, 'English text without Welsh').to.deep.equal([]);
    }
  });
});
