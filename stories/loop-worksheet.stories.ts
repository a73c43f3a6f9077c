import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { loopWorksheetFixtures as fixtures } from '../packages/components/src/loop-worksheet/loop-worksheet.fixtures.js';
import { loadingStory, storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Loop worksheet',
  component: fixtures.tagName,
};
export default meta;

export const OnAFinding: StoryObj = storyFrom(fixtures, 'On a finding of the review');
export const AScenarioOnItsOwn: StoryObj = storyFrom(fixtures, 'A scenario, on its own');
export const Completed: StoryObj = storyFrom(fixtures, 'Completed');
export const FacilitatorsView: StoryObj = storyFrom(fixtures, 'Facilitator’s view');
export const GroupParticipant: StoryObj = storyFrom(fixtures, 'Group participant');
export const TheWorkedExample: StoryObj = storyFrom(fixtures, 'The worked example');
export const HostileText: StoryObj = storyFrom(fixtures, 'Hostile text');
export const NotAWorksheet: StoryObj = storyFrom(fixtures, 'Not a worksheet');
export const Loading: StoryObj = loadingStory(fixtures.tagName, 'While `<slk-review>` reads its store, the worksheet says it is loading and marks itself busy.');
