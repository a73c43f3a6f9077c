import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { LOCALES, LOCALE_ENDONYMS, isLocale } from '@slk/sdk';
import { setLocale } from '../packages/components/src/internal/localization.js';
import manifest from '../packages/components/custom-elements.json';

// Autodocs tables (attributes, properties, events, parts, CSS properties) come from the
// classes' JSDoc through the generated manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Violations fail story tests instead of only being listed in the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Components'] } },
  },
  globalTypes: {
    locale: {
      description: 'Language of the kit’s own strings',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: LOCALE_ENDONYMS[value] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB' },
  decorators: [
    (story, context) => {
      const locale: unknown = context.globals['locale'];
      if (isLocale(locale)) {
        document.documentElement.lang = locale;
        void setLocale(locale);
      }
      return story();
    },
  ],
};

export default preview;
