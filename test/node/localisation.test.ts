// Welsh parity: every string the components show is in the Welsh catalogue, the runtime
// catalogue matches it, and every Welsh string says whether a Welsh speaker has reviewed it.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const XLIFF = join(root, 'packages/components/xliff/cy.xlf');
const RUNTIME = join(root, 'packages/components/src/generated/locales/cy.ts');
// XLIFF 1.2 states: drafts wait for a Welsh speaker; the others record a review.
const DRAFT = 'needs-review-translation';
const REVIEWED = ['translated', 'final', 'signed-off'];

interface Unit {
  id: string;
  source: string;
  target?: string;
  state?: string;
}

function units(xml: string): Unit[] {
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => {
    const target = /<target(?: state="([^"]*)")?>([\s\S]*?)<\/target>/.exec(body!);
    return {
      id: id!,
      source: /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1] ?? '',
      target: target?.[2],
      state: target?.[1],
    };
  });
}

describe('Welsh catalogue', function () {
  this.timeout(60000);
  const committed = units(readFileSync(XLIFF, 'utf8'));

  const HOW = 'in packages/components/xliff/cy.xlf, give each of these a <target state="needs-review-translation">…Welsh…</target>, then run npm run localize (see docs/localisation.md)';

  it('has a Welsh string for every English one', () => {
    expect(committed.length).to.be.greaterThan(0);
    expect(committed.filter((u) => !u.target?.trim()).map((u) => u.source), `Strings with no Welsh: ${HOW}`).to.deep.equal([]);
  });

  it('marks every Welsh string as a draft or as reviewed', () => {
    const unmarked = committed.filter((u) => u.target?.trim() && ![DRAFT, ...REVIEWED].includes(u.state ?? '')).map((u) => u.source);
    expect(unmarked, `Welsh strings without a review state: add state="${DRAFT}" (or "translated" once a Welsh speaker has checked them) to their <target>`).to.deep.equal([]);
  });

  it('is built into the runtime catalogue the components load', () => {
    const runtime = readFileSync(RUNTIME, 'utf8');
    for (const unit of committed) {
      expect(runtime, `${unit.id} (${unit.source}); run npm run localize`).to.include(`'${unit.id}': `);
    }
    const ids = [...runtime.matchAll(/^\s*'([^']+)': /gm)].map((m) => m[1]);
    expect(ids.sort()).to.deep.equal(committed.map((u) => u.id).sort());
  });

  it('covers every string in the components’ source (npm run localize is up to date)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'slk-localize-'));
    try {
      const config = join(scratch, 'lit-localize.json');
      writeFileSync(
        config,
        JSON.stringify({
          sourceLocale: 'en-GB',
          targetLocales: ['cy'],
          tsConfig: join(root, 'packages/components/tsconfig.json'),
          output: { mode: 'runtime', outputDir: join(scratch, 'out') },
          interchange: { format: 'xliff', xliffDir: join(scratch, 'xliff') },
        }),
      );
      execFileSync(process.execPath, [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), 'extract', '--config', config], {
        stdio: 'pipe',
      });
      const extracted = units(readFileSync(join(scratch, 'xliff/cy.xlf'), 'utf8'));
      expect(committed.map((u) => u.source).sort()).to.deep.equal(extracted.map((u) => u.source).sort());
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
