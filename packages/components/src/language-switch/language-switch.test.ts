import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { followDocumentLanguage, getLocale, setLocale } from '../internal/localization.js';
import { languageSwitchFixtures } from './language-switch.fixtures.js';
import type { SlkLanguageSwitch, SlkLocaleChangeEvent } from './language-switch.js';
import { waitForLocale } from '../../../../test/helpers/locale.js';
import './define.js';

function options(el: SlkLanguageSwitch): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll('button')];
}

function pressed(el: SlkLanguageSwitch): string[] {
  return options(el)
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent.trim());
}


describe('<slk-language-switch>', () => {
  const originalLang = document.documentElement.lang;

  afterEach(async () => {
    document.documentElement.lang = originalLang;
    await followDocumentLanguage();
    await setLocale('en-GB');
    await followDocumentLanguage();
  });

  it('offers each language by its own name, marked up in that language', async () => {
    const el = await fixture<SlkLanguageSwitch>(languageSwitchFixtures.fixtures[0]!.render());
    const buttons = options(el);
    expect(buttons.map((b) => b.textContent.trim())).to.deep.equal(['English', 'Cymraeg']);
    expect(buttons.map((b) => b.lang)).to.deep.equal(['en-GB', 'cy']);
    expect(pressed(el)).to.deep.equal(['English']);
  });

  it('switches the kit to Welsh from the keyboard, and its own label follows', async () => {
    const el = await fixture<SlkLanguageSwitch>(html`<slk-language-switch></slk-language-switch>`);
    const group = el.shadowRoot!.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Language');

    options(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cymraeg');
    const changed = oneEvent(el, 'slk-locale-change');
    await sendKeys({ press: 'Enter' });
    const event = (await changed) as SlkLocaleChangeEvent;
    expect(event.detail).to.deep.equal({ locale: 'cy', previous: 'en-GB' });

    await waitForLocale('cy');
    await el.updateComplete;
    expect(group.getAttribute('aria-label')).to.equal('Iaith');
    expect(group.getAttribute('lang')).to.equal('cy');
    expect(pressed(el)).to.deep.equal(['Cymraeg']);
    // Focus stays where the reader was.
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cymraeg');
  });

  it('moves back with Shift+Tab and switches with Space', async () => {
    const el = await fixture<SlkLanguageSwitch>(html`<slk-language-switch locales="cy en-GB"></slk-language-switch>`);
    options(el)[1]!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cymraeg');
    await sendKeys({ press: 'Space' });
    await waitForLocale('cy');
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['Cymraeg']);
  });

  it('leaves the switch to the host when the event is cancelled', async () => {
    const el = await fixture<SlkLanguageSwitch>(html`<slk-language-switch></slk-language-switch>`);
    el.addEventListener('slk-locale-change', (e) => e.preventDefault());
    options(el)[1]!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(getLocale()).to.equal('en-GB');
    expect(pressed(el)).to.deep.equal(['English']);
  });

  it('does not fire when the current language is chosen again', async () => {
    const el = await fixture<SlkLanguageSwitch>(html`<slk-language-switch></slk-language-switch>`);
    let fired = 0;
    el.addEventListener('slk-locale-change', () => fired++);
    options(el)[0]!.click();
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('sets lang on <html> only when asked to', async () => {
    const plain = await fixture<SlkLanguageSwitch>(html`<slk-language-switch></slk-language-switch>`);
    options(plain)[1]!.click();
    await waitForLocale('cy');
    expect(document.documentElement.lang).to.equal(originalLang);

    await setLocale('en-GB');
    const el = await fixture<SlkLanguageSwitch>(languageSwitchFixtures.fixtures[2]!.render());
    options(el)[1]!.click();
    await waitForLocale('cy');
    expect(document.documentElement.lang).to.equal('cy');
  });

  it('follows the nearest lang attribute on the page, and changes when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><slk-language-switch></slk-language-switch></div>`,
    );
    const el = wrapper.querySelector('slk-language-switch')!;
    await waitForLocale('cy');
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['Cymraeg']);

    wrapper.lang = 'en';
    await waitForLocale('en-GB');
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['English']);
  });

  it('takes a language list from the attribute and ignores codes it does not ship', async () => {
    const el = await fixture<SlkLanguageSwitch>(
      html`<slk-language-switch locales="cy fr en-GB"></slk-language-switch>`,
    );
    expect(options(el).map((b) => b.textContent.trim())).to.deep.equal(['Cymraeg', 'English']);
  });

  it('renders nothing when offered no language it can show', async () => {
    const el = await fixture<SlkLanguageSwitch>(
      html`<slk-language-switch locales="fr de"></slk-language-switch>`,
    );
    expect(el.shadowRoot!.querySelector('[role="group"]')).to.equal(null);
  });

  for (const example of languageSwitchFixtures.fixtures) {
    it(`is accessible: ${example.name}`, async () => {
      const el = await fixture(example.render());
      await expect(el).to.be.accessible();
    });
  }

  it('gives every option a target of at least 24 by 24 pixels', async () => {
    const el = await fixture<SlkLanguageSwitch>(html`<slk-language-switch></slk-language-switch>`);
    for (const button of options(el)) {
      const { width, height } = button.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }
  });
});
