import { expect } from 'chai';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOW_TO_INSTALL, findChrome } from '../../scripts/find-chrome.mjs';

describe('finding Chrome or Chromium for the browser tests', () => {
  let dir: string;
  let browser: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'slk-chrome-'));
    browser = join(dir, 'chromium');
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses CHROME_PATH when it points at a browser', () => {
    expect(findChrome({ CHROME_PATH: browser, PATH: '' }, ['/usr/bin/chromium'])).to.equal(browser);
  });

  it('says so when CHROME_PATH points at nothing, rather than quietly using another browser', () => {
    expect(() => findChrome({ CHROME_PATH: join(dir, 'missing') }, [browser])).to.throw(/CHROME_PATH is set to .*missing/);
  });

  it('tries the usual install paths before the PATH', () => {
    const other = join(dir, 'bin');
    expect(findChrome({ PATH: other }, [join(dir, 'nope'), browser])).to.equal(browser);
  });

  it('finds a browser on the PATH', () => {
    expect(findChrome({ PATH: dir }, [])).to.equal(browser);
  });

  it('finds nothing when there is nothing, and the message says how to get one', () => {
    expect(findChrome({ PATH: '' }, [])).to.equal(undefined);
    expect(HOW_TO_INSTALL).to.include('apt-get install -y chromium');
    expect(HOW_TO_INSTALL).to.include('CHROME_PATH=');
  });
});
