import { html } from 'lit';
import { MemoryStore } from '@slk/sdk';
import { childJReview } from '@slk/sdk/fixtures';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';
import '../review/define.js';

// Each example keeps its drafts in memory, so one example's answers never appear in another.
const drafts = () => new MemoryStore();

/** A definition with a mistake in it: the rating scale runs backwards. */
const broken = {
  schemaVersion: 1,
  kind: 'feedback-form',
  id: 'broken',
  version: 1,
  title: { 'en-GB': 'A broken form' },
  purpose: 'other',
  timepoint: 'other',
  sections: [{ id: 's', title: { 'en-GB': 'Section' }, questions: [{ id: 'q', type: 'rating', label: { 'en-GB': 'Rate it' }, min: 5, max: 1, minLabel: { 'en-GB': 'Low' }, maxLabel: { 'en-GB': 'High' } }] }],
};

export const feedbackFormFixtures: ComponentFixtures = {
  tagName: 'slk-feedback-form',
  fixtures: [
    {
      name: 'Event evaluation',
      description: 'The evaluation the kit ships for the day of a learning event, one section per page.',
      render: () => html`<slk-feedback-form definition-id="event-evaluation" today="2026-11-21" .drafts=${drafts()}></slk-feedback-form>`,
    },
    {
      name: 'Three-month follow-up',
      description: 'The follow-up the kit ships for about three months after the event: what changed in practice.',
      render: () => html`<slk-feedback-form definition-id="follow-up-3-months" today="2026-11-21" .drafts=${drafts()}></slk-feedback-form>`,
    },
    {
      name: 'All on one page',
      description: 'With `layout="single"`: every section on one page, then "Check your answers".',
      render: () => html`<slk-feedback-form layout="single" definition-id="event-evaluation" today="2026-11-21" .drafts=${drafts()}></slk-feedback-form>`,
    },
    {
      name: 'Inside a native form',
      description: 'In a page’s own `<form>`: the answers go with the form data as `feedback.<question>`, and the page’s button sends them.',
      render: () => html`<form action="#" method="post">
        <slk-feedback-form name="feedback" definition-id="event-evaluation" today="2026-11-21" .drafts=${drafts()}></slk-feedback-form>
        <button type="submit">Send</button>
      </form>`,
    },
    {
      name: 'Inside a review',
      description: 'Inside `<slk-review>`: the response records the review and its learning event, and is saved to the review’s store.',
      render: () => html`<slk-review .review=${childJReview}><slk-feedback-form definition-id="event-evaluation" today="2026-11-21"></slk-feedback-form></slk-review>`,
    },
    {
      name: 'Disabled',
      description: 'With `disabled`: the questions can be read but not answered.',
      render: () => html`<slk-feedback-form disabled definition-id="event-evaluation" today="2026-11-21" .drafts=${drafts()}></slk-feedback-form>`,
    },
    {
      name: 'Definition with problems',
      description: 'A definition the SDK refuses: the element lists what is wrong instead of a broken form.',
      render: () => html`<slk-feedback-form .definition=${broken} .drafts=${drafts()}></slk-feedback-form>`,
    },
    {
      name: 'No form',
      description: 'Neither a definition nor a known id: says how to give it one.',
      render: () => html`<slk-feedback-form></slk-feedback-form>`,
    },
  ],
};
