// The accessibility sweep: axe (its default rules plus WCAG 2.2 target size) over every fixture of every
// component, in each of the kit's languages. Components' own tests also check their
// fixtures; the sweep guarantees nothing is missed and covers the Welsh rendering too.
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { LOCALES } from '@slk/sdk';
import { followDocumentLanguage, setLocale } from '../../packages/components/src/internal/localization.js';
import { allFixtures } from './fixtures-index.js';
import { waitForLocale } from '../helpers/locale.js';
import { settled } from '../helpers/settle.js';

describe('accessibility sweep', () => {
  const originalLang = document.documentElement.lang;

  it('has fixtures to sweep', () => {
    expect(allFixtures.length).to.be.greaterThan(0);
    for (const component of allFixtures) expect(component.fixtures.length, component.tagName).to.be.greaterThan(0);
  });

  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      before(async () => {
        document.documentElement.lang = locale;
        await setLocale(locale);
        await waitForLocale(locale);
      });

      after(async () => {
        document.documentElement.lang = originalLang;
        await setLocale('en-GB');
        await followDocumentLanguage();
      });

      for (const component of allFixtures) {
        for (const example of component.fixtures) {
          it(`<${component.tagName}> ${example.name}`, async () => {
            const wrapper = await fixture<HTMLElement>(example.render());
            const elements = [wrapper, ...wrapper.querySelectorAll('*')].filter((el) =>
              el.localName.startsWith('slk-'),
            ) as LitElement[];
            await settled(wrapper);
            expect(elements.map((el) => el.localName)).to.include(component.tagName);
            await expect(wrapper).to.be.accessible();
          });
        }
      }
    });
  }
});
