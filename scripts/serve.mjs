#!/usr/bin/env node
// Serves the built docs site (site-dist/) on localhost for `npm start`.
// Every response carries a strict Content Security Policy, so the demo proves the kit works
// on a locked-down intranet: no inline script or style, no eval, Trusted Types enforced.
// PORT overrides the port (default 8000).
import { startDevServer } from '@web/dev-server';
import { existsSync } from 'node:fs';

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

/** Starts the server; resolves to its URL. */
export async function serveSite({ port = Number(process.env.PORT ?? 8000), rootDir = 'site-dist', quiet = false } = {}) {
  if (!existsSync(`${rootDir}/index.html`)) {
    throw new Error(`${rootDir}/index.html is missing: run \`npm start\` (or \`npm run build:site\`) first.`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got ${process.env.PORT}).`);
  const server = await startDevServer({
    config: {
      rootDir,
      port,
      hostname: 'localhost',
      nodeResolve: false,
      watch: false,
      middleware: [
        async (ctx, next) => {
          await next();
          ctx.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
          ctx.set('X-Content-Type-Options', 'nosniff');
          ctx.set('Referrer-Policy', 'no-referrer');
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: !quiet,
  });
  const url = `http://localhost:${server.config.port}/`;
  if (!quiet) {
    console.log(`\nThe Safeguarding Learning Kit demo intranet is running at:\n\n  ${url}\n`);
    console.log('Press Ctrl+C to stop. PORT=<number> npm start uses another port.');
  }
  return { url, stop: () => server.stop() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serveSite().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
