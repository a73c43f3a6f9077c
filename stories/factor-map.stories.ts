import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { childJReview } from '@slk/sdk/fixtures';
import { factorMapFixtures as fixtures } from '../packages/components/src/factor-map/factor-map.fixtures.js';
import { loadingStory, storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Factor map',
  component: fixtures.tagName,
};
export default meta;

export const SampleReview: StoryObj = storyFrom(fixtures, 'Sample review');
export const LevelsMap: StoryObj = storyFrom(fixtures, 'Levels map');
export const FishboneBySeips: StoryObj = storyFrom(fixtures, 'Fishbone by SEIPS');
export const EditableInsideAReview: StoryObj = storyFrom(fixtures, 'Editable, inside a review');
export const ForPublication: StoryObj = storyFrom(fixtures, 'For publication');
export const NoFactorsYet: StoryObj = storyFrom(fixtures, 'No factors yet');
export const NoReview: StoryObj = storyFrom(fixtures, 'No review');

export const Loading: StoryObj = loadingStory(fixtures.tagName, 'While `<slk-review>` reads its store, the factor map says it is loading and marks itself busy.');

export const WithTheChronology: StoryObj = {
  name: 'With the chronology',
  render: () => html`<slk-review .review=${childJReview}>
    <slk-factor-map editable view="map"></slk-factor-map>
    <slk-review-timeline></slk-review-timeline>
  </slk-review>`,
  parameters: { docs: { description: { story: 'Two kit elements under one `<slk-review>`: a factor edited in the map is saved to the shared store, and every element shows it.' } } },
};
