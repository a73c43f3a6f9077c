import { html } from 'lit';
import { childJReview } from '@slk/sdk/fixtures';
import type { Review } from '@slk/sdk';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';
import '../review/define.js';

const noFactors: Review = { ...childJReview, contributoryFactors: [], patterns: [], findings: childJReview.findings.map((f) => ({ ...f, patternIds: [] })) };

export const factorMapFixtures: ComponentFixtures = {
  tagName: 'slk-factor-map',
  fixtures: [
    {
      name: 'Sample review',
      description: 'The Child J factors as a tree by level, with counts by level and influence and where the findings say change can be made.',
      render: () => html`<slk-factor-map .review=${childJReview}></slk-factor-map>`,
    },
    {
      name: 'Levels map',
      description: 'One band per level of the system; factors as nodes (triangle and minus: made poor practice more likely; circle and plus: supported good practice), linked to episodes and patterns.',
      render: () => html`<slk-factor-map view="map" .review=${childJReview}></slk-factor-map>`,
    },
    {
      name: 'Fishbone by SEIPS',
      description: 'The factors behind one finding, on bones by SEIPS 3.0 work-system element.',
      render: () => html`<slk-factor-map view="fishbone" taxonomy="seips" fishbone-for="finding:finding-3" .review=${childJReview}></slk-factor-map>`,
    },
    {
      name: 'Editable, inside a review',
      description: 'Inside `<slk-review>` (memory store): add, change, move, link and remove factors and patterns through forms the SDK validates.',
      render: () => html`<slk-review .review=${childJReview}><slk-factor-map editable></slk-factor-map></slk-review>`,
    },
    {
      name: 'For publication',
      description: 'The public view: only factors cleared for publication, with names removed by the SDK.',
      render: () => html`<slk-review audience="publication" .review=${childJReview}><slk-factor-map></slk-factor-map></slk-review>`,
    },
    {
      name: 'No factors yet',
      description: 'A review with no factors: says what a factor is and offers to add one.',
      render: () => html`<slk-factor-map editable .review=${noFactors}></slk-factor-map>`,
    },
    {
      name: 'No review',
      description: 'Neither inside `<slk-review>` nor given a review: says how to give it one.',
      render: () => html`<slk-factor-map></slk-factor-map>`,
    },
  ],
};
