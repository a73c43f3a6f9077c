#!/usr/bin/env node
// Finds a Chrome or Chromium for the browser tests. No dependencies, so `.ci/run` can use it
// before `npm ci`. Order: $CHROME_PATH, then the usual install paths, then the PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const KNOWN_PATHS = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['LOCALAPPDATA'] ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};
const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to use, or `undefined`. Throws when CHROME_PATH is set but unusable.
 * @param {Record<string, string | undefined>} [env]
 * @param {string[]} [knownPaths] where browsers are usually installed on this platform
 * @returns {string | undefined}
 */
export function findChrome(env = process.env, knownPaths = KNOWN_PATHS[process.platform] ?? []) {
  if (env.CHROME_PATH) {
    if (isExecutable(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no executable browser is there.`);
  }
  for (const path of knownPaths) if (isExecutable(path)) return path;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES_ON_PATH) {
      const path = join(dir, name);
      if (dir && isExecutable(path)) return path;
    }
  }
  return undefined;
}

export const HOW_TO_INSTALL = `No Chrome or Chromium was found for the browser tests.

Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get install -y chromium      (or: chromium-browser)
  Fedora:         sudo dnf install -y chromium
  macOS:          brew install --cask chromium          (or install Google Chrome)
  Windows:        install Google Chrome from https://www.google.com/chrome/

Or point the tests at a browser you already have:
  CHROME_PATH=/path/to/chrome npm test

The kit never downloads a browser itself.`;

/**
 * Flags for headless Chromium on locked-down machines: no sandbox when running as root
 * (containers, CI), and no background traffic to Google hosts a closed network refuses.
 */
export const CHROME_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

// As a command: print the browser's path, or explain how to get one and exit 1.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const found = findChrome();
    if (!found) {
      console.error(HOW_TO_INSTALL);
      process.exit(1);
    }
    if (!process.argv.includes('--quiet')) console.log(found);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
