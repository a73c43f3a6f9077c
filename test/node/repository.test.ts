// The codebase's habits (docs/contributing.md), checked so that consistency costs nothing:
// one folder per component with the same files, fixtures swept and shown as stories, and
// packages that publish what they should.
import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const components = readdirSync(new URL('packages/components/src', root), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['internal', 'generated'].includes(d.name))
  .map((d) => d.name);

describe('repository conventions', () => {
  it('has components to check', () => {
    expect(components).to.include('language-switch');
  });

  for (const name of components) {
    describe(`${name}`, () => {
      it('has the standard file set, a story and a docs page', () => {
        const expected = [
          `packages/components/src/${name}/${name}.ts`,
          `packages/components/src/${name}/${name}.styles.ts`,
          `packages/components/src/${name}/${name}.fixtures.ts`,
          `packages/components/src/${name}/${name}.test.ts`,
          `packages/components/src/${name}/define.ts`,
          `stories/${name}.stories.ts`,
          `docs/components/${name}.md`,
        ];
        expect(expected.filter((path) => !existsSync(new URL(path, root)))).to.deep.equal([]);
      });

      it('keeps registration out of the class module', () => {
        const source = read(`packages/components/src/${name}/${name}.ts`);
        expect(source).not.to.match(/customElements\.define|defineElement\(|@customElement/);
      });

      it('is in the accessibility sweep and the package index', () => {
        expect(read('test/browser/fixtures-index.ts')).to.include(`/${name}/${name}.fixtures.js'`);
        expect(read('packages/components/src/index.ts')).to.include(`import './${name}/define.js';`);
      });

      it('shows every fixture as a story', () => {
        const fixtures = [...read(`packages/components/src/${name}/${name}.fixtures.ts`).matchAll(/^\s{6}name: '([^']+)'/gm)].map((m) => m[1]);
        const stories = [...read(`stories/${name}.stories.ts`).matchAll(/storyFrom\(fixtures, '([^']+)'\)/g)].map((m) => m[1]);
        expect(fixtures.length).to.be.greaterThan(0);
        expect(stories).to.deep.equal(fixtures);
      });
    });
  }

  it('lists only define modules and the registering index as side effects', () => {
    const pkg = JSON.parse(read('packages/components/package.json')) as { sideEffects: string[] };
    for (const entry of pkg.sideEffects) expect(entry).to.match(/\/(\*\/define|index)\.(js|ts)$/);
    const sdk = JSON.parse(read('packages/sdk/package.json')) as { sideEffects: boolean };
    expect(sdk.sideEffects).to.equal(false);
  });

  it('puts types first in every export condition, with a source condition for tests', () => {
    for (const pkg of ['sdk', 'components']) {
      const manifest = JSON.parse(read(`packages/${pkg}/package.json`)) as { exports: Record<string, unknown> };
      for (const [subpath, target] of Object.entries(manifest.exports)) {
        if (typeof target !== 'object' || target === null) continue;
        expect(Object.keys(target), `${pkg} ${subpath}`).to.deep.equal(['types', 'source', 'default']);
      }
    }
  });

  it('pins every dependency to an exact version, and gives peers a bounded range', () => {
    for (const file of ['package.json', 'packages/sdk/package.json', 'packages/components/package.json']) {
      const manifest = JSON.parse(read(file)) as Record<string, Record<string, string> | undefined>;
      for (const field of ['dependencies', 'devDependencies']) {
        for (const [name, version] of Object.entries(manifest[field] ?? {})) {
          expect(version, `${file} ${name}`).to.match(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
        }
      }
      // A peer is the consumer's own copy (React's or Vue's types for the JSX typings): an exact
      // pin would clash with every other version, so a caret range on a major is asked for.
      for (const [name, version] of Object.entries(manifest['peerDependencies'] ?? {})) {
        expect(version, `${file} peer ${name}`).to.match(/^\^\d+\.\d+\.\d+$/);
      }
    }
  });
});

describe('the theming guide', () => {
  it('documents every design token', async () => {
    const { TOKENS } = await import('../../packages/components/src/internal/tokens.js');
    const guide = readFileSync(new URL('docs/theming.md', root), 'utf8');
    // Tokens may be listed in groups ("--slk-space-xs, -s, -m"): check each name's stem and suffix.
    const missing = Object.keys(TOKENS).filter((name) => {
      if (guide.includes(`--slk-${name}\``)) return false;
      const dash = name.lastIndexOf('-');
      return !(guide.includes(`--slk-${name.slice(0, dash)}-`) && guide.includes(`\`-${name.slice(dash + 1)}\``)) && !guide.includes(`--slk-${name}`);
    });
    expect(missing).to.deep.equal([]);
  });
});
