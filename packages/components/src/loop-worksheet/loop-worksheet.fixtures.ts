import { html } from 'lit';
import { MemoryStore, type LoopWorksheetInput } from '@slk/sdk';
import { childJReview, childJWorksheetsInput, physicalInterventionWorksheetInput, SAMPLE_TODAY } from '@slk/sdk/fixtures';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';
import '../review/define.js';

// Each example keeps its drafts in memory, so one example's work never appears in another.
const drafts = () => new MemoryStore();

/** A group part-way through: most of its ideas so far are defensive or single loop. */
const groupInProgress: LoopWorksheetInput = {
  ...physicalInterventionWorksheetInput,
  id: 'ws-group-in-progress',
  status: 'draft',
  defensive: {},
  singleLoop: {},
  doubleLoop: {},
  tripleLoop: {},
  nextExperiment: {},
  showAuthors: true,
  contributions: [
    { id: 'g1', section: 'defensive', text: 'Check the restraint forms are all signed off.', author: 'Sam' },
    { id: 'g2', section: 'defensive', text: 'Send him on the refresher course.' },
    { id: 'g3', section: 'single', text: 'Change the rota so he is not always on the busiest shift.', author: 'Alex' },
    { id: 'g4', section: 'double', text: 'We assume the strongest person is the safest one to step in.' },
  ],
};

const hostile = '<img src=x onerror="alert(1)"> <script>alert(2)</script> ‮gnp.exe';

export const loopWorksheetFixtures: ComponentFixtures = {
  tagName: 'slk-loop-worksheet',
  fixtures: [
    {
      name: 'On a finding of the review',
      description: 'Individual reflection inside `<slk-review>`, starting from a finding of the Child J review, with its drafts kept in the review’s store.',
      render: () => html`<slk-review .review=${childJReview}><slk-loop-worksheet subject="finding:finding-1" today=${SAMPLE_TODAY}></slk-loop-worksheet></slk-review>`,
    },
    {
      name: 'A scenario, on its own',
      description: 'No review around it: the worksheet is about a scenario written in free text.',
      render: () => html`<slk-loop-worksheet today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-loop-worksheet>`,
    },
    {
      name: 'Completed',
      description: 'A finished worksheet on a finding: its answers, print buttons, and proposing an action for the plan.',
      render: () => html`<slk-review .review=${childJReview}><slk-loop-worksheet .worksheet=${childJWorksheetsInput[0]} today=${SAMPLE_TODAY}></slk-loop-worksheet></slk-review>`,
    },
    {
      name: 'Facilitator’s view',
      description: 'A group part-way through: every contribution, the count at each kind of learning, and a gentle flag because most ideas stay defensive or single loop. The group chose to show names.',
      render: () => html`<slk-loop-worksheet mode="group" facilitator .worksheet=${groupInProgress} today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-loop-worksheet>`,
    },
    {
      name: 'Group participant',
      description: 'A participant’s view of the same group: prompts and a box to add anonymous contributions; other people’s contributions are not shown.',
      render: () => html`<slk-loop-worksheet mode="group" .worksheet=${{ ...groupInProgress, showAuthors: false, contributions: [] }} today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-loop-worksheet>`,
    },
    {
      name: 'The worked example',
      description: 'The worked example on repeated physical interventions, as a completed group worksheet.',
      render: () => html`<slk-loop-worksheet mode="group" facilitator .worksheet=${physicalInterventionWorksheetInput} today=${SAMPLE_TODAY} .drafts=${drafts()}></slk-loop-worksheet>`,
    },
    {
      name: 'Hostile text',
      description: 'Markup and a right-to-left override in every field show as text; nothing runs.',
      render: () =>
        html`<slk-loop-worksheet
          mode="group"
          facilitator
          .worksheet=${{
            ...groupInProgress,
            title: hostile,
            subject: { kind: 'scenario', text: hostile },
            defensive: { response: hostile },
            contributions: [{ id: 'h1', section: 'defensive', text: hostile, author: hostile }],
          }}
          today=${SAMPLE_TODAY}
          .drafts=${drafts()}
        ></slk-loop-worksheet>`,
    },
    {
      name: 'Not a worksheet',
      description: 'A document that is not a valid worksheet: the problems are listed without repeating what was in it.',
      render: () => html`<slk-loop-worksheet .worksheet=${{ kind: 'loop-worksheet', id: 'ws bad', mode: 'everyone' }} .drafts=${drafts()}></slk-loop-worksheet>`,
    },
  ],
};
