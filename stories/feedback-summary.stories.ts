import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { feedbackSummaryFixtures as fixtures } from '../packages/components/src/feedback-summary/feedback-summary.fixtures.js';
import { loadingStory, storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Feedback summary',
  component: fixtures.tagName,
};
export default meta;

export const SampleEvent: StoryObj = storyFrom(fixtures, 'Sample event');
export const InsideAReview: StoryObj = storyFrom(fixtures, 'Inside a review');
export const ForPublication: StoryObj = storyFrom(fixtures, 'For publication');
export const NoResponsesYet: StoryObj = storyFrom(fixtures, 'No responses yet');
export const NoReview: StoryObj = storyFrom(fixtures, 'No review');

export const Loading: StoryObj = loadingStory(fixtures.tagName, 'While `<slk-review>` reads its store, the summary says it is loading and marks itself busy.');
