#!/usr/bin/env node
// Creates a component's standard file set, so every component has the same shape:
//   packages/components/src/<name>/<name>.ts, <name>.styles.ts, <name>.fixtures.ts,
//   <name>.test.ts, define.ts; stories/<name>.stories.ts; docs/components/<name>.md;
// and registers it in the package index and the accessibility sweep.
//
//   npm run new:component -- <name>        e.g. npm run new:component -- review-timeline
//   node scripts/new-component.mjs <name> [--root DIR] [--dry-run]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The names a component's files and symbols use, from its kebab-case name. */
export function namesFor(name) {
  if (!NAME.test(name)) {
    throw new Error(
      `Give the component a kebab-case name without the slk- prefix, for example "review-timeline" (got "${name}").`,
    );
  }
  if (name.startsWith('slk-')) throw new Error('Leave out the slk- prefix: it is added for you.');
  // These would collide with the folder's own files (define.ts) or the package's folders.
  if (['internal', 'generated', 'define', 'index', 'fixtures', 'styles', 'test'].includes(name)) throw new Error(`"${name}" is reserved: choose another name.`);
  const words = name.split('-');
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  const camel = pascal[0].toLowerCase() + pascal.slice(1);
  return {
    name,
    tag: `slk-${name}`,
    className: `Slk${pascal}`,
    fixtures: `${camel}Fixtures`,
    styles: `styles`,
    title: words.join(' ').replace(/^./, (c) => c.toUpperCase()),
  };
}

/**
 * Every file to create, as [path relative to the root, contents].
 * @returns {Array<[string, string]>}
 */
export function filesFor(n) {
  const dir = `packages/components/src/${n.name}`;
  return [
    [
      `${dir}/${n.name}.ts`,
      `import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { SlkElement } from '../internal/slk-element.js';
import { SlkEvent } from '../internal/event.js';
import { styles } from './${n.name}.styles.js';

/** What changed when the user acted. */
export interface ${n.className}ChangeDetail {
  /** TODO: describe the change. */
  readonly value: string;
}

/** Fired when the user changes something (never when code sets a property). */
export class ${n.className}ChangeEvent extends SlkEvent<${n.className}ChangeDetail> {
  static readonly eventName = '${n.tag}-change';

  constructor(detail: ${n.className}ChangeDetail) {
    super(${n.className}ChangeEvent.eventName, detail);
  }
}

/**
 * TODO: what the component is for, who uses it and how, in a short paragraph.
 *
 * @summary TODO: one line on what the component does.
 *
 * @tag ${n.tag}
 *
 * @slot - TODO: what the default slot is for, or delete this line.
 *
 * @event {${n.className}ChangeEvent} ${n.tag}-change - TODO: when it fires.
 *
 * @csspart base - The component's main wrapper.
 *
 * @cssproperty --${n.tag}-gap - TODO: what it changes.
 */
export class ${n.className} extends SlkElement {
  static override styles = [...SlkElement.styles, styles];

  /** TODO: one line on what this property does. */
  @property()
  accessor label = '';

  override render() {
    return html\`
      <section part="base" lang=\${this.locale} aria-label=\${this.label || msg('${n.title}')}>
        <slot></slot>
      </section>
    \`;
  }
}
`,
    ],
    [
      `${dir}/${n.name}.styles.ts`,
      `import { css } from 'lit';
import { token } from '../internal/tokens.js';

export const styles = css\`
  :host {
    display: block;
    --_gap: var(--${n.tag}-gap, \${token('space-m')});
  }

  [part~='base'] {
    display: grid;
    gap: var(--_gap);
  }

  @media print {
    :host {
      color: #000;
    }
  }
\`;
`,
    ],
    [
      `${dir}/${n.name}.fixtures.ts`,
      `import { html } from 'lit';
import type { ComponentFixtures } from '../internal/fixtures.js';
import './define.js';

export const ${n.fixtures}: ComponentFixtures = {
  tagName: '${n.tag}',
  fixtures: [
    {
      name: 'Default',
      description: 'TODO: what this example shows.',
      render: () => html\`<${n.tag}></${n.tag}>\`,
    },
  ],
};
`,
    ],
    [
      `${dir}/${n.name}.test.ts`,
      `import { expect, fixture, html } from '@open-wc/testing';
import { ${n.fixtures} } from './${n.name}.fixtures.js';
import { ${n.className} } from './${n.name}.js';
import './define.js';

describe('<${n.tag}>', () => {
  it('is registered under its tag', async () => {
    const el = await fixture(html\`<${n.tag}></${n.tag}>\`);
    expect(el).to.be.instanceOf(${n.className});
  });

  it('names its region for assistive technology', async () => {
    const el = await fixture<${n.className}>(html\`<${n.tag} label="Example"></${n.tag}>\`);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal('Example');
  });

  for (const example of ${n.fixtures}.fixtures) {
    it(\`is accessible: \${example.name}\`, async () => {
      const el = await fixture(example.render());
      await expect(el).to.be.accessible();
    });
  }
});
`,
    ],
    [
      `${dir}/define.ts`,
      `import { defineElement } from '../internal/define.js';
import { ${n.className}, type ${n.className}ChangeEvent } from './${n.name}.js';

defineElement('${n.tag}', ${n.className});

export { ${n.className} };

declare global {
  interface HTMLElementTagNameMap {
    '${n.tag}': ${n.className};
  }
  interface HTMLElementEventMap {
    '${n.tag}-change': ${n.className}ChangeEvent;
  }
}
`,
    ],
    [
      `stories/${n.name}.stories.ts`,
      `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ${n.fixtures} as fixtures } from '../packages/components/src/${n.name}/${n.name}.fixtures.js';
import { storyFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/${n.title}',
  component: fixtures.tagName,
};
export default meta;

export const Default: StoryObj = storyFrom(fixtures, 'Default');
`,
    ],
    [
      `docs/components/${n.name}.md`,
      `# \`<${n.tag}>\`

TODO: what it is for and who uses it.

## Use it

\`\`\`html
<script type="module" src="/path/to/slk-${n.name}.min.js"
        integrity="sha384-…from cdn/integrity.json…" crossorigin="anonymous"></script>
<${n.tag}></${n.tag}>
\`\`\`

\`\`\`js
import '@slk/components/${n.name}/define.js';
\`\`\`

## API

Attributes, properties, events, CSS parts and custom properties are listed from the
component's JSDoc in Storybook (Components → ${n.title} → Docs) and in
\`custom-elements.json\`.

## Accessibility acceptance checklist

- [ ] Every task can be done with the keyboard alone; the order of focus follows the reading order.
- [ ] Every control has a visible label and an accessible name; state is announced, not only shown.
- [ ] Colour is never the only signal; text and controls meet WCAG 2.2 AA contrast.
- [ ] Targets are at least 24 by 24 CSS pixels.
- [ ] Zero axe violations in every fixture, in English and Welsh.
- [ ] Motion respects \`prefers-reduced-motion\`; the component prints legibly.
- [ ] Works with a screen reader (NVDA + Firefox/Chrome, VoiceOver + Safari): TODO record results.
`,
    ],
  ];
}

/** Inserts a line after the last line matching `after`, unless it is already there. */
function insertAfterLast(text, after, line) {
  if (text.includes(line)) return text;
  const lines = text.split('\n');
  let at = -1;
  lines.forEach((l, i) => {
    if (after.test(l)) at = i;
  });
  if (at === -1) throw new Error(`Could not find where to register the component (${after}).`);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

/** Edits to existing files: [path, (text) => newText]. */
export function registrationsFor(n) {
  const fixturesImport = `import { ${n.fixtures} } from '../../packages/components/src/${n.name}/${n.name}.fixtures.js';`;
  return [
    [
      'packages/components/src/index.ts',
      (text) =>
        insertAfterLast(
          insertAfterLast(text, /^import '\.\/[^']+\/define\.js';$/, `import './${n.name}/define.js';`),
          /^export \* from '\.\/[^']+\/[^']+\.js';$/,
          `export * from './${n.name}/${n.name}.js';`,
        ),
    ],
    [
      'test/browser/fixtures-index.ts',
      (text) =>
        insertAfterLast(
          insertAfterLast(text, /^import \{ \w+Fixtures \} from /, fixturesImport),
          /^ {2}\w+Fixtures,$/,
          `  ${n.fixtures},`,
        ),
    ],
  ];
}

/**
 * Creates the component under `root`. Returns the paths written.
 * @param {string} name
 * @param {{ root?: string, dryRun?: boolean }} [options]
 * @returns {string[]}
 */
export function createComponent(name, { root = process.cwd(), dryRun = false } = {}) {
  const n = namesFor(name);
  const files = filesFor(n);
  const clash = files.map(([path]) => path).find((path) => existsSync(join(root, path)));
  if (clash) throw new Error(`${clash} already exists: choose another name or delete it first.`);
  const edits = registrationsFor(n).map(([path, edit]) => [path, edit(readFileSync(join(root, path), 'utf8'))]);
  if (!dryRun) {
    for (const [path, text] of [...files, ...edits]) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  }
  return [...files, ...edits].map(([path]) => path);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root = rootAt === -1 ? resolve(dirname(fileURLToPath(import.meta.url)), '..') : resolve(args[rootAt + 1]);
  const names = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--root');
  const name = names[0];
  if (!name || names.length > 1 || args.includes('--help')) {
    console.log('Usage: npm run new:component -- <name>   (one kebab-case name, without slk-; e.g. review-timeline)');
    process.exit(name && names.length === 1 ? 0 : 1);
  }
  const dryRun = args.includes('--dry-run');
  try {
    const written = createComponent(name, { root, dryRun });
    console.log(`${dryRun ? 'Would create' : 'Created'} <slk-${name}>:`);
    for (const path of written) console.log(`  ${path}`);
    if (dryRun) process.exit(0);
    console.log(`
Next:
  1. Fill in the TODOs in the class's JSDoc (npm test checks the API documentation).
  2. Add fixtures: each one becomes a test, a story and an accessibility check.
  3. The template shows one string through msg(): run \`npm run localize\`, then in
     packages/components/xliff/cy.xlf give each new <trans-unit> a
     <target state="needs-review-translation">…Welsh…</target>, and run \`npm run localize\` again.
  4. npm test`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
