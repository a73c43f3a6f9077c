import { html } from 'lit';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';

export const languageSwitchFixtures: ComponentFixtures = {
  tagName: 'slk-language-switch',
  fixtures: [
    {
      name: 'Default',
      description: 'Every language the kit ships, English first.',
      render: () => html`<slk-language-switch></slk-language-switch>`,
    },
    {
      name: 'Welsh first',
      description: 'A Welsh public body lists Cymraeg first, as its language scheme asks.',
      render: () => html`<slk-language-switch locales="cy en-GB"></slk-language-switch>`,
    },
    {
      name: 'Switches the page',
      description: 'Also sets `lang` on `<html>`, so the host page’s own bilingual content can follow.',
      render: () => html`<slk-language-switch update-document></slk-language-switch>`,
    },
  ],
};
