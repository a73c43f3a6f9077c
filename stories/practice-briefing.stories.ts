import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { practiceBriefingFixtures as fixtures } from '../packages/components/src/practice-briefing/practice-briefing.fixtures.js';
import { loadingStory, storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Practice briefing',
  component: fixtures.tagName,
};
export default meta;

export const TheSampleReview: StoryObj = storyFrom(fixtures, 'The sample review');
export const InWelsh: StoryObj = storyFrom(fixtures, 'In Welsh');
export const EnglishAndWelshSideBySide: StoryObj = storyFrom(fixtures, 'English and Welsh side by side');
export const YouSaidWeDid: StoryObj = storyFrom(fixtures, 'You said, we did');
export const WithALogoAndColours: StoryObj = storyFrom(fixtures, 'With a logo and colours');
export const TooLongForOnePage: StoryObj = storyFrom(fixtures, 'Too long for one page');
export const ReadOnly: StoryObj = storyFrom(fixtures, 'Read only');
export const HostileText: StoryObj = storyFrom(fixtures, 'Hostile text');
export const Loading: StoryObj = loadingStory(fixtures.tagName, 'While `<slk-review>` reads its store, the briefing says it is loading and marks itself busy.');
