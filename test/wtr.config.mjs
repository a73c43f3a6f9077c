// web-test-runner: component tests, SDK tests that need browser APIs (*.browser.test.ts)
// and the accessibility sweep, all from TypeScript sources in headless Chromium.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from '../scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

export default {
  rootDir: '.',
  files: [
    'packages/components/src/**/*.test.ts',
    'packages/sdk/src/**/*.browser.test.ts',
    'test/browser/**/*.test.ts',
  ],
  // Run sources, not builds: the `source` export condition points at src/*.ts.
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    // Chromium has no native decorators yet: es2022 makes esbuild lower them.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  // Every test page loads the axe set-up first, and declares its language as a host would.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8"><title>Safeguarding Learning Kit tests</title></head>
  <body>
    <script type="module" src="/test/helpers/axe-setup.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
