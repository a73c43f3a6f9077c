import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryStore } from '@slk/sdk';
import { childJReview } from '@slk/sdk/fixtures';
import { reviewTimelineFixtures as fixtures } from '../packages/components/src/review-timeline/review-timeline.fixtures.js';
import { storyFrom } from './fixture-stories.js';

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

/** A store that never answers, so the loading state stays on screen (not a fixture: tests would wait for ever). */
class NeverLoads extends MemoryStore {
  override getReview(): never {
    return new Promise(() => undefined) as never;
  }
}

export const Loading: StoryObj = {
  name: 'Loading',
  render: () => html`<slk-review review-id=${childJReview.id} .store=${new NeverLoads()}><slk-review-timeline></slk-review-timeline></slk-review>`,
  parameters: { docs: { description: { story: 'While `<slk-review>` reads its store, the timeline says it is loading and marks itself busy.' } } },
};
