import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { feedbackFormFixtures as fixtures } from '../packages/components/src/feedback-form/feedback-form.fixtures.js';
import { storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Feedback form',
  component: fixtures.tagName,
};
export default meta;

export const EventEvaluation: StoryObj = storyFrom(fixtures, 'Event evaluation');
export const ThreeMonthFollowUp: StoryObj = storyFrom(fixtures, 'Three-month follow-up');
export const AllOnOnePage: StoryObj = storyFrom(fixtures, 'All on one page');
export const InsideANativeForm: StoryObj = storyFrom(fixtures, 'Inside a native form');
export const InsideAReview: StoryObj = storyFrom(fixtures, 'Inside a review');
export const Disabled: StoryObj = storyFrom(fixtures, 'Disabled');
export const DefinitionWithProblems: StoryObj = storyFrom(fixtures, 'Definition with problems');
export const NoForm: StoryObj = storyFrom(fixtures, 'No form');
