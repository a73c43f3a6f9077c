import { expect } from '@open-wc/testing';
import { getLocale } from '../../packages/components/src/internal/localization.js';

/** Waits until the kit's locale (which loads asynchronously) is `locale`, then asserts it. */
export async function waitForLocale(locale: string): Promise<void> {
  for (let i = 0; i < 100 && getLocale() !== locale; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(getLocale()).to.equal(locale);
}
