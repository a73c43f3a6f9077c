// The classes' JSDoc is the kit's public API contract: it feeds Storybook, the docs and
// framework wrappers through custom-elements.json. These checks fail on a missing tag.
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';

interface Documented {
  name: string;
  description?: string;
  summary?: string;
  privacy?: string;
  kind?: string;
  static?: boolean;
  type?: { text: string };
  attribute?: string;
  inheritedFrom?: unknown;
}
interface Declaration extends Documented {
  tagName?: string;
  customElement?: boolean;
  members?: Documented[];
  attributes?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

const manifest = JSON.parse(
  readFileSync(new URL('../../packages/components/custom-elements.json', import.meta.url), 'utf8'),
) as Manifest;
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));

// Tags registered by define modules, read from source so nothing can be left undocumented.
const registered = readdirSync(new URL('../../packages/components/src', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    try {
      const source = readFileSync(new URL(`../../packages/components/src/${d.name}/define.ts`, import.meta.url), 'utf8');
      return [...source.matchAll(/defineElement\('([^']+)'/g)].map((m) => m[1]!);
    } catch {
      return [];
    }
  });

// Custom-property prefixes shorter than the tag, where the issue that specified the
// component named them (`--slk-timeline-*` for the review timeline).
const SHORT_PREFIXES: Record<string, string> = { 'slk-review-timeline': '--slk-timeline-' };

describe('custom-elements.json', () => {
  it('documents every element a define module registers', () => {
    expect(registered.length).to.be.greaterThan(0);
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal([...registered].sort());
  });

  for (const element of elements) {
    describe(`<${element.tagName}>`, () => {
      it('has a one-line @summary and a description', () => {
        expect(element.summary, '@summary').to.be.a('string').and.not.match(/TODO|\n/);
        expect(element.description, 'description').to.be.a('string').and.not.match(/TODO/);
      });

      it('describes every public property and attribute', () => {
        const publicFields = (element.members ?? []).filter(
          (m) => m.kind === 'field' && !m.privacy && !m.static && !m.inheritedFrom,
        );
        for (const field of [...publicFields, ...(element.attributes ?? [])]) {
          expect(field.description, `${field.name} needs a JSDoc line`).to.be.a('string').and.not.match(/TODO/);
        }
      });

      it('names, types and describes each event with the slk- prefix', () => {
        for (const event of element.events ?? []) {
          expect(event.name).to.match(/^slk-[a-z-]+$/);
          expect(event.type?.text, `${event.name} needs its Event class`).to.match(/Event$/);
          expect(event.description, `${event.name} needs a description`).to.be.a('string').and.not.match(/TODO/);
        }
      });

      it('exposes a documented base part and documented custom properties', () => {
        expect((element.cssParts ?? []).map((p) => p.name)).to.include('base');
        for (const part of element.cssParts ?? []) expect(part.description, part.name).to.be.a('string');
        for (const property of element.cssProperties ?? []) {
          const short = SHORT_PREFIXES[element.tagName ?? ''];
          const prefixes = [`--${element.tagName}-`, ...(short ? [short] : [])];
          expect(prefixes.some((prefix) => property.name.startsWith(prefix)), `${property.name} starts with ${prefixes.join(' or ')}`).to.equal(true);
          expect(property.description, property.name).to.be.a('string').and.not.match(/TODO/);
        }
      });
    });
  }
});
