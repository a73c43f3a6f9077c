import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { reviewFixtures as fixtures } from '../packages/components/src/review/review.fixtures.js';
import { storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Review (provider)',
  component: fixtures.tagName,
};
export default meta;

export const FromAFile: StoryObj = storyFrom(fixtures, 'From a file');
export const FileNotFound: StoryObj = storyFrom(fixtures, 'File not found');
export const FileWithProblems: StoryObj = storyFrom(fixtures, 'File with problems');
export const AnotherWebsite: StoryObj = storyFrom(fixtures, 'Another website');
