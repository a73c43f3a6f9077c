import { html } from 'lit';
import { childJReview, generateReview, SAMPLE_TODAY } from '@slk/sdk/fixtures';
import { parseReview, type Review } from '@slk/sdk';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';
import '../review/define.js';

const noActions: Review = { ...childJReview, actions: [], learningEvents: childJReview.learningEvents.map((e) => ({ ...e, raised: e.raised.map((r) => ({ ...r, actionIds: [] })) })) };

let large: Review | undefined;
/** A synthetic plan big enough that the table draws only the rows in view. */
function largePlan(): Review {
  if (!large) {
    const parsed = parseReview(generateReview({ actions: 600, seed: 7 }));
    if (!parsed.ok) throw new Error('The generated review is not valid.');
    large = parsed.review;
  }
  return large;
}

export const actionTrackerFixtures: ComponentFixtures = {
  tagName: 'slk-action-tracker',
  fixtures: [
    {
      name: 'Sample review',
      description: 'The Child J action plan as a table, with RAG worked out for the sample’s “today” and the plan summary above it.',
      render: () => html`<slk-action-tracker today=${SAMPLE_TODAY} .review=${childJReview}></slk-action-tracker>`,
    },
    {
      name: 'Board',
      description: 'The same plan as a board by status.',
      render: () => html`<slk-action-tracker view="board" today=${SAMPLE_TODAY} .review=${childJReview}></slk-action-tracker>`,
    },
    {
      name: 'Grouped by recommendation',
      description: 'Rows grouped under the recommendation each action answers, worst RAG first.',
      render: () => html`<slk-action-tracker group="recommendation" .sort=${{ column: 'rag', descending: false }} today=${SAMPLE_TODAY} .review=${childJReview}></slk-action-tracker>`,
    },
    {
      name: 'Editable, inside a review',
      description: 'Inside `<slk-review>` (memory store): add actions, move them on the board, add notes, evidence and impact reviews.',
      render: () => html`<slk-review .review=${childJReview}><slk-action-tracker editable today=${SAMPLE_TODAY}></slk-action-tracker></slk-review>`,
    },
    {
      name: 'One agency’s page',
      description: 'With `agency="hv"`: health visiting can change its own actions; the rest of the plan is read-only.',
      render: () => html`<slk-review .review=${childJReview}><slk-action-tracker editable agency="hv" view="board" today=${SAMPLE_TODAY}></slk-action-tracker></slk-review>`,
    },
    {
      name: 'For publication',
      description: 'The public view: lead officers by role only, as the SDK redacts them.',
      render: () => html`<slk-review audience="publication" .review=${childJReview}><slk-action-tracker today=${SAMPLE_TODAY}></slk-action-tracker></slk-review>`,
    },
    {
      name: 'Large plan',
      description: '600 synthetic actions: only the rows in view are drawn.',
      render: () => html`<slk-action-tracker today=${SAMPLE_TODAY} .review=${largePlan()}></slk-action-tracker>`,
    },
    {
      name: 'No actions yet',
      description: 'A review with no actions: says what an action needs and offers to add one.',
      render: () => html`<slk-action-tracker editable .review=${noActions}></slk-action-tracker>`,
    },
    {
      name: 'No review',
      description: 'Neither inside `<slk-review>` nor given a review: says how to give it one.',
      render: () => html`<slk-action-tracker></slk-action-tracker>`,
    },
  ],
};
