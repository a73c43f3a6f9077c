#!/usr/bin/env node
// Serves the built docs site (site-dist/) on localhost for `npm start`.
// Every response carries a strict Content Security Policy, so the demo proves the kit works
// on a locked-down intranet: no inline script or style, no eval, Trusted Types enforced.
// PORT overrides the port (default 8000).
import { startDevServer } from '@web/dev-server';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  // Lit's own policy; the kit creates no other.
  'trusted-types lit-html',
].join('; ');

/**
 * The strict-CSP proof page (csp.html) gets the policy issue 12 names, word for word except
 * the Trusted Types policy list: the kit needs only Lit's `lit-html` policy (docs/security.md).
 */
export const STRICT_PROOF_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The policy a path is served with. */
export const policyFor = (path) => (path === '/csp.html' ? STRICT_PROOF_POLICY : CONTENT_SECURITY_POLICY);

/** PORT from the environment (default 8000), checked. */
function portFromEnv() {
  const port = Number(process.env.PORT ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (got ${process.env.PORT}).`);
  }
  return port;
}

/**
 * Starts the server on the loopback interface only (the demo is for this machine, not the
 * network); resolves to its URL and a stop function.
 */
export async function serveSite({ port = portFromEnv(), rootDir = 'site-dist', quiet = false } = {}) {
  if (!existsSync(`${rootDir}/index.html`)) {
    throw new Error(`${rootDir}/index.html is missing: run \`npm start\` (or \`npm run build:site\`) first.`);
  }
  // @web/dev-server does the file serving (paths, MIME types, caching) in its middleware
  // mode; we own the socket because, given "localhost", it listens on every interface.
  const files = await startDevServer({
    config: {
      rootDir,
      port,
      nodeResolve: false,
      watch: false,
      middlewareMode: true,
      middleware: [
        async (ctx, next) => {
          await next();
          ctx.set('Content-Security-Policy', policyFor(ctx.path));
          ctx.set('X-Content-Type-Options', 'nosniff');
          ctx.set('Referrer-Policy', 'no-referrer');
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const server = createServer(files.koaApp.callback());
  await new Promise((resolve, reject) => {
    server.once('error', (error) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use (is another \`npm start\` running?). Stop it, or choose another port: PORT=${port + 1} npm start`)
          : error,
      );
    });
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://localhost:${server.address().port}/`;
  if (!quiet) {
    console.log(`\nThe Safeguarding Learning Kit demo intranet is running at:\n\n  ${url}\n`);
    console.log('Press Ctrl+C to stop. PORT=<number> npm start uses another port.');
  }
  const stop = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await files.stop();
  };
  return { url, stop };
}

/** Whether `port` is free on the loopback interface; `npm start` asks before it builds. */
export function checkPort(port = portFromEnv()) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use (is another \`npm start\` running?). Stop it, or choose another port: PORT=${port + 1} npm start`)
          : error,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(resolve));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const task = Promise.resolve().then(() => (process.argv.includes('--check-port') ? checkPort() : serveSite()));
  task.catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
