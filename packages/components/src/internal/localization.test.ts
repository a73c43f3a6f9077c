import { expect, fixture, html } from '@open-wc/testing';
import {
  followDocumentLanguage,
  getLocale,
  isLocalePinned,
  languagesAround,
  localeForElement,
  setLocale,
} from './localization.js';
import { waitForLocale } from '../../../../test/helpers/locale.js';
import '../language-switch/define.js';

describe('the kit’s locale', () => {
  const originalLang = document.documentElement.lang;

  afterEach(async () => {
    document.documentElement.lang = originalLang;
    await setLocale('en-GB');
    await followDocumentLanguage();
  });

  it('reads lang attributes nearest first, out through shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="cy"><div lang="en-GB"><span></span></div></section>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(languagesAround(inner).slice(0, 2)).to.deep.equal(['en-GB', 'cy']);
  });

  it('lets the nearest lang decide, even when the kit has no catalogue for it', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="cy"><p lang="fr"><span></span></p></div>`);
    expect(localeForElement(el.querySelector('span')!)).to.equal('en-GB');
    expect(localeForElement(el.querySelector('p')!.parentElement!)).to.equal('cy');
  });

  it('follows <html lang> when nothing nearer says otherwise', async () => {
    await fixture(html`<slk-language-switch></slk-language-switch>`);
    document.documentElement.lang = 'cy';
    await waitForLocale('cy');
    document.documentElement.lang = 'en';
    await waitForLocale('en-GB');
  });

  it('keeps following lang after the element it last followed is removed', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div><slk-language-switch id="stays"></slk-language-switch><slk-language-switch id="goes"></slk-language-switch></div>
    `);
    wrapper.querySelector('#goes')!.remove();
    document.documentElement.lang = 'cy';
    await waitForLocale('cy');
  });

  it('lets a locale set in code win over lang until told to follow the page again', async () => {
    await fixture(html`<slk-language-switch></slk-language-switch>`);
    await setLocale('cy');
    expect(isLocalePinned()).to.equal(true);
    document.documentElement.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLocale()).to.equal('cy');

    await followDocumentLanguage();
    expect(isLocalePinned()).to.equal(false);
    await waitForLocale('en-GB');
  });

  it('refuses a locale it does not ship, naming the ones it does', async () => {
    let error: unknown;
    try {
      await setLocale('fr' as 'cy');
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(/en-GB, cy/);
    expect(getLocale()).to.equal('en-GB');
  });
});
