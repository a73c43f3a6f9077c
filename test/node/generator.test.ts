import { expect } from 'chai';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createComponent, namesFor } from '../../scripts/new-component.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run new:component', () => {
  let scratch: string;

  beforeEach(() => {
    // A scratch copy of the two files the generator registers components in.
    scratch = mkdtempSync(join(tmpdir(), 'slk-generator-'));
    for (const file of ['packages/components/src/index.ts', 'test/browser/fixtures-index.ts']) {
      cpSync(join(root, file), join(scratch, file), { recursive: true });
    }
  });

  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('derives the tag, class and fixture names from a kebab-case name', () => {
    expect(namesFor('review-timeline')).to.include({
      tag: 'slk-review-timeline',
      className: 'SlkReviewTimeline',
      fixtures: 'reviewTimelineFixtures',
      title: 'Review timeline',
    });
  });

  for (const bad of ['ReviewTimeline', 'review_timeline', '1-timeline', 'slk-timeline', 'internal', 'define', '']) {
    it(`refuses the name ${JSON.stringify(bad)} with an explanation`, () => {
      expect(() => namesFor(bad)).to.throw(/kebab-case|slk- prefix|reserved/);
    });
  }

  it('creates the standard file set with every JSDoc API tag stubbed', () => {
    const written = createComponent('action-tracker', { root: scratch });
    const dir = 'packages/components/src/action-tracker';
    for (const file of [
      `${dir}/action-tracker.ts`,
      `${dir}/action-tracker.styles.ts`,
      `${dir}/action-tracker.fixtures.ts`,
      `${dir}/action-tracker.test.ts`,
      `${dir}/define.ts`,
      'stories/action-tracker.stories.ts',
      'docs/components/action-tracker.md',
    ]) {
      expect(written).to.include(file);
      expect(existsSync(join(scratch, file)), file).to.equal(true);
    }
    const source = readFileSync(join(scratch, `${dir}/action-tracker.ts`), 'utf8');
    for (const tag of ['@summary', '@tag slk-action-tracker', '@slot', '@event', '@csspart base', '@cssproperty']) {
      expect(source).to.include(tag);
    }
    expect(readFileSync(join(scratch, `${dir}/define.ts`), 'utf8')).to.include("defineElement('slk-action-tracker'");
  });

  it('registers the component in the package index and the accessibility sweep', () => {
    createComponent('action-tracker', { root: scratch });
    const index = readFileSync(join(scratch, 'packages/components/src/index.ts'), 'utf8');
    expect(index).to.include("import './action-tracker/define.js';");
    expect(index).to.include("export * from './action-tracker/action-tracker.js';");
    const sweep = readFileSync(join(scratch, 'test/browser/fixtures-index.ts'), 'utf8');
    expect(sweep).to.include('import { actionTrackerFixtures } from');
    expect(sweep).to.match(/^ {2}actionTrackerFixtures,$/m);
  });

  it('refuses to overwrite a component that exists', () => {
    createComponent('action-tracker', { root: scratch });
    expect(() => createComponent('action-tracker', { root: scratch })).to.throw(/already exists/);
  });

  it('writes nothing on a dry run', () => {
    createComponent('action-tracker', { root: scratch, dryRun: true });
    expect(existsSync(join(scratch, 'packages/components/src/action-tracker'))).to.equal(false);
  });
});
