// A draft typed in a real page, in Chromium, survives a reload of that page.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { IndexedDbStore } from '../../packages/sdk/src/storage/indexeddb-store.js';

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition(), what).to.equal(true);
}

describe('drafts in the browser', () => {
  const db = `slk-draft-page-${Date.now()}`;
  after(() => IndexedDbStore.delete(db));

  it('keeps what was typed across a reload of the page', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Draft test page';
    frame.src = `/test/browser/draft-page.html?db=${db}`;
    document.body.append(frame);
    const page = () => frame.contentDocument!;
    await until(() => page()?.body?.dataset['ready'] === 'true', 'the page loaded');

    page().querySelector('textarea')!.focus();
    await sendKeys({ type: 'Ask who else lives in the home.' });
    await until(() => page().querySelector('#status')?.textContent === 'Draft saved', 'the draft was saved');

    // Mark the old document, so only the reloaded one can satisfy the wait below.
    page().body.dataset['before'] = 'reload';
    frame.contentWindow!.location.reload();
    await until(() => page()?.body?.dataset['ready'] === 'true' && page().body.dataset['before'] === undefined, 'the page reloaded');
    expect(page().querySelector('textarea')!.value).to.equal('Ask who else lives in the home.');
    frame.remove();
  });
});
