import { html } from 'lit';
import { childJReview, generateReview } from '@slk/sdk/fixtures';
import { parseReview, type Review } from '@slk/sdk';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';
import '../review/define.js';

const emptyReview: Review = { ...childJReview, chronology: [] };

let large: Review | undefined;
/** A 1,000-entry chronology from the SDK's generator, built on first use. */
function largeReview(): Review {
  if (!large) {
    const parsed = parseReview(generateReview({ entries: 1000, actions: 10, seed: 7 }));
    if (!parsed.ok) throw new Error('The generated review is not valid.');
    large = parsed.review;
  }
  return large;
}

export const reviewTimelineFixtures: ComponentFixtures = {
  tagName: 'slk-review-timeline',
  fixtures: [
    {
      name: 'Sample review',
      description: 'The Child J chronology on its own, from the `review` property: entries grouped by month, uncertain dates said in words.',
      render: () => html`<slk-review-timeline .review=${childJReview}></slk-review-timeline>`,
    },
    {
      name: 'Agency lanes',
      description: 'One lane per agency on a time axis; key practice episodes as spans; uncertain dates as ranges with caps, never as points.',
      render: () => html`<slk-review-timeline view="lanes" .review=${childJReview}></slk-review-timeline>`,
    },
    {
      name: 'Editable, inside a review',
      description: 'Inside `<slk-review>` (memory store): add, change and delete entries through a form the SDK validates.',
      render: () => html`<slk-review .review=${childJReview}><slk-review-timeline editable></slk-review-timeline></slk-review>`,
    },
    {
      name: 'For publication',
      description: 'The public view: only records cleared for publication, dates given as months, names and identifiers removed by the SDK.',
      render: () => html`<slk-review audience="publication" .review=${childJReview}><slk-review-timeline></slk-review-timeline></slk-review>`,
    },
    {
      name: 'Filtered',
      description: 'Significant entries about the police, set through the `filter` property.',
      render: () => html`<slk-review-timeline .review=${childJReview} .filter=${{ agencies: ['police'], significance: 'high', query: '' }}></slk-review-timeline>`,
    },
    {
      name: 'No entries yet',
      description: 'A review with no chronology: says what an entry needs and offers to add one.',
      render: () => html`<slk-review-timeline editable .review=${emptyReview}></slk-review-timeline>`,
    },
    {
      name: 'No review',
      description: 'Neither inside `<slk-review>` nor given a review: says how to give it one.',
      render: () => html`<slk-review-timeline></slk-review-timeline>`,
    },
    {
      name: 'Review failed to load',
      description: 'The provider could not fetch its file: it explains, and the timeline says why it is empty.',
      render: () => html`<slk-review src="/no-such-folder/no-such-review.json"><slk-review-timeline></slk-review-timeline></slk-review>`,
    },
    {
      name: 'A thousand entries',
      description: 'A long generated chronology: only the entries in view are rendered; the lanes count entries when too many to draw.',
      render: () => html`<slk-review-timeline .review=${largeReview()}></slk-review-timeline>`,
    },
    {
      name: 'Dark page',
      description: 'The kit’s colour tokens set by a dark host page.',
      render: () => html`<div class="slk-dark-example">
        <style>
          .slk-dark-example {
            padding: 1rem;
            background: #0b0c0c;
            --slk-color-text: #ffffff;
            --slk-color-text-secondary: #d2d2d2;
            --slk-color-background: #0b0c0c;
            --slk-color-surface: #1d1e1e;
            --slk-color-border: #b1b4b6;
            --slk-color-border-subtle: #6f777b;
            --slk-color-link: #8ec8ff;
            --slk-color-action: #8ec8ff;
            --slk-color-action-text: #0b0c0c;
            --slk-color-focus: #ffdd00;
            --slk-color-focus-halo: #0b0c0c;
            --slk-timeline-kpe-color: #c9b3ff;
            --slk-timeline-selected-color: #ffdd00;
            --slk-timeline-agency-1: #8ec8ff;
            --slk-timeline-agency-2: #ff9f8f;
            --slk-timeline-agency-3: #7fdcaa;
            --slk-timeline-agency-4: #c9b3ff;
            --slk-timeline-agency-5: #f4a6e8;
            --slk-timeline-agency-6: #ffc46b;
            --slk-timeline-agency-7: #6fe0e8;
            --slk-timeline-agency-8: #d2d2d2;
          }
        </style>
        <slk-review-timeline view="lanes" .review=${childJReview}></slk-review-timeline>
      </div>`,
    },
  ],
};
