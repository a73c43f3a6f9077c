import { expect } from 'chai';
import fc from 'fast-check';
import { LOCALES, SOURCE_LOCALE, isLocale, negotiateLocale, resolveLocale } from './locale.js';

describe('resolveLocale', () => {
  const cases: Array<[string | null | undefined, string | undefined]> = [
    ['cy', 'cy'],
    ['cy-GB', 'cy'],
    ['CY', 'cy'],
    ['cy_GB', 'cy'],
    [' cy ', 'cy'],
    ['en', 'en-GB'],
    ['en-GB', 'en-GB'],
    ['en-US', 'en-GB'],
    ['EN-gb', 'en-GB'],
    ['fr', undefined],
    ['gd', undefined],
    ['', undefined],
    ['c', undefined],
    ['cy GB', undefined],
    ['<script>', undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`maps ${JSON.stringify(tag)} to ${String(expected)}`, () => {
      expect(resolveLocale(tag)).to.equal(expected);
    });
  }

  it('only ever returns a supported locale or undefined, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(null, undefined)), (tag) => {
        const result = resolveLocale(tag);
        expect(result === undefined || isLocale(result)).to.equal(true);
      }),
    );
  });
});

describe('negotiateLocale', () => {
  it('takes the first candidate the kit can serve', () => {
    expect(negotiateLocale(['fr', null, 'cy-GB', 'en'])).to.equal('cy');
  });

  it('falls back to the source locale when nothing matches', () => {
    expect(negotiateLocale(['de', 'fr-CA', ''])).to.equal(SOURCE_LOCALE);
    expect(negotiateLocale([])).to.equal('en-GB');
  });
});

describe('isLocale', () => {
  it('accepts exactly the shipped locales', () => {
    for (const locale of LOCALES) expect(isLocale(locale)).to.equal(true);
    expect(isLocale('cy-GB')).to.equal(false);
    expect(isLocale('en')).to.equal(false);
    expect(isLocale(42)).to.equal(false);
  });
});
