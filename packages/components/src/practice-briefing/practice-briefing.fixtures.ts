import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { MemoryStore, parseReview, type Review } from '@slk/sdk';
import { childJReview, SAMPLE_TODAY } from '@slk/sdk/fixtures';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';
import '../review/define.js';

// Each example keeps its edits in memory, so one example's edits never appear in another.
const drafts = () => new MemoryStore();

function reviewOf(input: unknown): Review {
  const parsed = parseReview(input);
  if (!parsed.ok) throw new Error('A practice briefing example is not a valid review.');
  return parsed.review;
}

/** The sample with many more, longer recommendations: more than one page's worth. */
export const longReview: Review = reviewOf({
  ...childJReview,
  id: 'child-j-long',
  recommendations: [
    ...childJReview.recommendations,
    ...Array.from({ length: 12 }, (_, i) => ({
      ...childJReview.recommendations[i % childJReview.recommendations.length]!,
      id: `rec-extra-${i + 1}`,
      text: `${childJReview.recommendations[i % childJReview.recommendations.length]!.text} Agencies should report progress on this to the partnership’s learning and improvement group every quarter, with evidence of the difference it has made to children and families.`,
    })),
  ],
});

const hostile = '<img src=x onerror="alert(1)"> <script>alert(2)</script> javascript:alert(3) ‮gnp.exe';

/** Hostile text in the fields a briefing prints: it must show as text. */
export const hostileReview: Review = reviewOf({
  ...childJReview,
  id: 'child-j-hostile',
  title: hostile,
  incident: { ...childJReview.incident!, summary: hostile },
  findings: childJReview.findings.map((f, i) => (i === 0 ? { ...f, title: hostile } : f)),
  recommendations: childJReview.recommendations.map((r, i) => (i === 0 ? { ...r, text: hostile } : r)),
  partnership: { name: hostile },
});

// A small, plain logo drawn in the page (no image file), named for screen readers.
const logo = html`<svg slot="logo" role="img" aria-label="Westmoor Vale Safeguarding Children Partnership" viewBox="0 0 64 64" width="64" height="64">
  <rect width="64" height="64" rx="8" fill="#6f2c91"></rect>
  <path d="M12 20 L22 46 L32 26 L42 46 L52 20" fill="none" stroke="#fff" stroke-width="6" stroke-linejoin="round"></path>
</svg>`;

// Custom properties set through the CSSOM: a strict CSP blocks style attributes.
const brand = ref((el) => {
  if (el instanceof HTMLElement) el.style.setProperty('--slk-practice-briefing-accent', '#6f2c91');
});

export const practiceBriefingFixtures: ComponentFixtures = {
  tagName: 'slk-practice-briefing',
  fixtures: [
    {
      name: 'The sample review',
      description: 'The Child J practice briefing, generated under the publication profile, with the panel to choose the variant and language and to edit or hide each section.',
      render: () => html`<slk-review .review=${childJReview}><slk-practice-briefing today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-practice-briefing></slk-review>`,
    },
    {
      name: 'In Welsh',
      description: 'The same briefing with its own words in Welsh. The review’s text stays in English (marked as English for screen readers) until it is edited.',
      render: () => html`<slk-review .review=${childJReview}><slk-practice-briefing language="cy" today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-practice-briefing></slk-review>`,
    },
    {
      name: 'English and Welsh side by side',
      description: 'Both languages on one page, Welsh first, as Welsh public bodies publish.',
      render: () => html`<slk-review .review=${childJReview}><slk-practice-briefing language="both" today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-practice-briefing></slk-review>`,
    },
    {
      name: 'You said, we did',
      description: 'For practitioners who took part: what they raised at the learning event, what changed, and what is still to do.',
      render: () => html`<slk-review .review=${childJReview}><slk-practice-briefing variant="you-said-we-did" today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-practice-briefing></slk-review>`,
    },
    {
      name: 'With a logo and colours',
      description: 'A partnership’s logo in the `logo` slot and its colour through `--slk-practice-briefing-accent`.',
      render: () => html`<slk-review .review=${childJReview}><slk-practice-briefing ${brand} today=${SAMPLE_TODAY} .drafts=${drafts()}>${logo}</slk-practice-briefing></slk-review>`,
    },
    {
      name: 'Too long for one page',
      description: 'A review with many long recommendations: the panel warns that the briefing will print on two pages.',
      render: () => html`<slk-practice-briefing .review=${longReview} today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-practice-briefing>`,
    },
    {
      name: 'Read only',
      description: 'Just the briefing, without the editing panel, as an intranet page would show it.',
      render: () => html`<slk-review .review=${childJReview}><slk-practice-briefing readonly today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-practice-briefing></slk-review>`,
    },
    {
      name: 'Hostile text',
      description: 'Markup and scripts in the review’s title, incident, a finding, a recommendation and the partnership name show as text; nothing runs.',
      render: () => html`<slk-practice-briefing .review=${hostileReview} today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-practice-briefing>`,
    },
  ],
};
