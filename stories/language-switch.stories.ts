import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { languageSwitchFixtures as fixtures } from '../packages/components/src/language-switch/language-switch.fixtures.js';
import { storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Language switch',
  component: fixtures.tagName,
};
export default meta;

export const Default: StoryObj = storyFrom(fixtures, 'Default');
export const WelshFirst: StoryObj = storyFrom(fixtures, 'Welsh first');
export const SwitchesThePage: StoryObj = storyFrom(fixtures, 'Switches the page');
