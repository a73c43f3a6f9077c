import { html } from 'lit';
import { MemoryStore } from '@slk/sdk';
import { childJResponses, childJReview } from '@slk/sdk/fixtures';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';
import '../review/define.js';

/** A fresh memory store holding the Child J responses, so no fixture shares state with another. */
function storeWithResponses(): MemoryStore {
  const store = new MemoryStore();
  // Not awaited: the summary follows the store, so each response shows once it is written.
  for (const response of childJResponses) void store.putDocument('feedback-response', response, { expectedRevision: null });
  return store;
}

export const feedbackSummaryFixtures: ComponentFixtures = {
  tagName: 'slk-feedback-summary',
  fixtures: [
    {
      name: 'Sample event',
      description: 'The Child J learning event: 12 evaluations on the day and 7 follow-ups three months later, question by question, then side by side.',
      render: () => html`<slk-feedback-summary .review=${childJReview} .responses=${childJResponses}></slk-feedback-summary>`,
    },
    {
      name: 'Inside a review',
      description: 'Inside `<slk-review>` whose memory store holds the Child J responses: the summary reads them from the store and updates when another arrives.',
      render: () => html`<slk-review .store=${storeWithResponses()} .review=${childJReview}><slk-feedback-summary></slk-feedback-summary></slk-review>`,
    },
    {
      name: 'For publication',
      description: 'The public view: the same figures, with free-text answers withheld because people’s own words can identify them.',
      render: () => html`<slk-feedback-summary audience="publication" .review=${childJReview} .responses=${childJResponses}></slk-feedback-summary>`,
    },
    {
      name: 'No responses yet',
      description: 'Inside `<slk-review>` whose new memory store has no responses yet: says so, and when figures will appear.',
      render: () => html`<slk-review .review=${childJReview}><slk-feedback-summary></slk-feedback-summary></slk-review>`,
    },
    {
      name: 'No review',
      description: 'Neither inside `<slk-review>` nor given a review: says how to give it one.',
      render: () => html`<slk-feedback-summary></slk-feedback-summary>`,
    },
  ],
};
