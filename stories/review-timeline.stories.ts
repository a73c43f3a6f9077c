import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { reviewTimelineFixtures as fixtures } from '../packages/components/src/review-timeline/review-timeline.fixtures.js';
import { loadingStory, storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Review timeline',
  component: fixtures.tagName,
};
export default meta;

export const SampleReview: StoryObj = storyFrom(fixtures, 'Sample review');
export const AgencyLanes: StoryObj = storyFrom(fixtures, 'Agency lanes');
export const EditableInsideAReview: StoryObj = storyFrom(fixtures, 'Editable, inside a review');
export const ForPublication: StoryObj = storyFrom(fixtures, 'For publication');
export const Filtered: StoryObj = storyFrom(fixtures, 'Filtered');
export const NoEntriesYet: StoryObj = storyFrom(fixtures, 'No entries yet');
export const NoReview: StoryObj = storyFrom(fixtures, 'No review');
export const ReviewFailedToLoad: StoryObj = storyFrom(fixtures, 'Review failed to load');
export const AThousandEntries: StoryObj = storyFrom(fixtures, 'A thousand entries');
export const DarkPage: StoryObj = storyFrom(fixtures, 'Dark page');

export const Loading: StoryObj = loadingStory(fixtures.tagName, 'While `<slk-review>` reads its store, the timeline says it is loading and marks itself busy.');
