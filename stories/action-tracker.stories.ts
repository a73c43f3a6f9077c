import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SAMPLE_TODAY, childJReview } from '@slk/sdk/fixtures';
import { actionTrackerFixtures as fixtures } from '../packages/components/src/action-tracker/action-tracker.fixtures.js';
import { loadingStory, storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Action tracker',
  component: fixtures.tagName,
};
export default meta;

export const SampleReview: StoryObj = storyFrom(fixtures, 'Sample review');
export const Board: StoryObj = storyFrom(fixtures, 'Board');
export const GroupedByRecommendation: StoryObj = storyFrom(fixtures, 'Grouped by recommendation');
export const EditableInsideAReview: StoryObj = storyFrom(fixtures, 'Editable, inside a review');
export const OneAgencysPage: StoryObj = storyFrom(fixtures, 'One agency’s page');
export const ForPublication: StoryObj = storyFrom(fixtures, 'For publication');
export const LargePlan: StoryObj = storyFrom(fixtures, 'Large plan');
export const NoActionsYet: StoryObj = storyFrom(fixtures, 'No actions yet');
export const NoReview: StoryObj = storyFrom(fixtures, 'No review');

export const Loading: StoryObj = loadingStory(fixtures.tagName, 'While `<slk-review>` reads its store, the tracker says it is loading and marks itself busy.');

export const WithTheFactorMap: StoryObj = {
  name: 'With the factor map',
  render: () => html`<slk-review .review=${childJReview}>
    <slk-action-tracker editable view="board" today=${SAMPLE_TODAY}></slk-action-tracker>
    <slk-factor-map></slk-factor-map>
  </slk-review>`,
  parameters: { docs: { description: { story: 'Two kit elements under one `<slk-review>`: the action’s details trace it back to the factors and episodes the factor map shows.' } } },
};
