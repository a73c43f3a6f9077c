import { html } from 'lit';
import { childJReviewInput } from '@slk/sdk/fixtures';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';
import '../review-timeline/define.js';

/** A same-origin address for a JSON document, as if the host intranet served the file. */
function hosted(document: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(document)], { type: 'application/json' }));
}

export const reviewFixtures: ComponentFixtures = {
  tagName: 'slk-review',
  fixtures: [
    {
      name: 'From a file',
      description: 'Fetches the review file from the host site, validates it and shares it with the timeline inside.',
      render: () => html`<slk-review src=${hosted(childJReviewInput)}><slk-review-timeline></slk-review-timeline></slk-review>`,
    },
    {
      name: 'File not found',
      description: 'The file is not at its address: a visible message says what happened and what to do.',
      render: () => html`<slk-review src="/no-such-folder/no-such-review.json"><slk-review-timeline></slk-review-timeline></slk-review>`,
    },
    {
      name: 'File with problems',
      description: 'The file is JSON but not a valid review: the problems are listed by field, never with the values.',
      render: () => html`<slk-review src=${hosted({ ...childJReviewInput, title: '', agencies: [] })}><slk-review-timeline></slk-review-timeline></slk-review>`,
    },
    {
      name: 'Another website',
      description: 'A file on another website is refused unless allow-cross-origin is set.',
      render: () => html`<slk-review src="https://reviews.example.org/child-j.json"><slk-review-timeline></slk-review-timeline></slk-review>`,
    },
  ],
};
