import { expect } from 'chai';
import { ESLint } from 'eslint';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('../lint/banned-patterns.test.input.ts', import.meta.url));
const allowed = fileURLToPath(new URL('../lint/allowed-patterns.test.input.ts', import.meta.url));

describe('lint rules for the kit’s security promises', function () {
  // Type-aware linting starts a TypeScript program: allow it time.
  this.timeout(60000);

  let eslint: ESLint;
  let byLine: Map<number, string[]>;
  let expectations: Array<{ line: number; rule: string; text: string }>;

  before(async () => {
    eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)), ignore: false });
    const [result] = await eslint.lintFiles([fixture]);
    byLine = new Map();
    for (const message of result!.messages) {
      byLine.set(message.line, [...(byLine.get(message.line) ?? []), message.ruleId ?? 'fatal']);
    }
    const lines = (await readFile(fixture, 'utf8')).split('\n');
    expectations = lines.flatMap((text, i) => {
      const match = /\/\/ expect: (\S+)/.exec(text);
      return match ? [{ line: i + 1, rule: match[1]!, text: text.trim() }] : [];
    });
  });

  it('has a banned pattern on every marked line of the fixture', () => {
    expect(expectations.length).to.be.greaterThan(15);
  });

  it('reports every banned pattern with the rule that explains it', () => {
    const missed = expectations.filter(({ line, rule }) => !(byLine.get(line) ?? []).includes(rule));
    expect(missed.map((m) => `${m.line}: ${m.rule} — ${m.text}`)).to.deep.equal([]);
  });

  it('parses the fixture (a parse error would hide every other report)', () => {
    expect([...byLine.values()].flat()).not.to.include('fatal');
  });

  it('allows the safe forms: classes, textContent, CSSOM writes', async () => {
    const [result] = await eslint.lintFiles([allowed]);
    expect(result!.messages.map((m) => `${m.line}: ${m.ruleId ?? m.message}`)).to.deep.equal([]);
  });
});
