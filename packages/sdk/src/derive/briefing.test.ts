import { expect } from 'chai';
import { childJKey, childJReview, SAMPLE_TODAY } from '../fixtures/index.js';
import { parseReview } from '../model/validate.js';
import type { Review } from '../model/schemas.js';
import { summarisePlan } from './plan.js';
import {
  applyBriefingEdits,
  briefingScanner,
  briefingStrings,
  briefingText,
  generateBriefing,
  isBriefingEdits,
  parseBriefingText,
  type Briefing,
  type BriefingBlock,
} from './briefing.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr';
/** A day in a month ("12 March 2023"), an ISO date, or a numeric date. */
const EXACT_DATE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS}) \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, 'u');

function review(input: unknown): Review {
  const parsed = parseReview(input);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.review;
}

const section = (b: Briefing, id: string) => b.sections.find((s) => s.id === id);
const texts = (blocks: readonly BriefingBlock[] | undefined) => (blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.line] : b.items.flat())).map((l) => l.text);

describe('practice briefing', () => {
  const practice = generateBriefing(childJReview, { today: SAMPLE_TODAY });

  it('lists every key practice episode the public may see, with the good ones under what went well', () => {
    const published = childJReview.keyPracticeEpisodes.filter((k) => k.visibility === 'publication');
    const episodes = texts(section(practice, 'episodes')?.blocks);
    const wentWell = texts(section(practice, 'went-well')?.blocks);
    expect([...episodes, ...wentWell].sort()).to.deep.equal(published.map((k) => k.title).sort());
    expect(wentWell).to.deep.equal(published.filter((k) => k.assessment === 'good').map((k) => k.title));
  });

  it('gives every recommendation in order, numbered, and every finding', () => {
    const recs = section(practice, 'recommendations')!.blocks[0]!;
    expect(recs.kind === 'list' && recs.ordered).to.equal(true);
    expect(texts([recs])).to.deep.equal(childJReview.recommendations.map((r) => r.text));
    expect(texts(section(practice, 'found')?.blocks)).to.deep.equal(childJReview.findings.map((f) => f.title));
  });

  it('summarises the plan’s RAG ratings on the day, for active actions', () => {
    const plan = summarisePlan(childJReview, { today: SAMPLE_TODAY });
    const rag = section(practice, 'actions')!.rag!;
    expect(rag.counts).to.deep.equal(plan.byRag);
    expect(rag.total).to.equal(plan.total - plan.byRag.none);
    expect(rag.counts.red + rag.counts.amber + rag.counts.green + rag.counts.blue).to.equal(rag.total);
  });

  it('offers practice prompts and supervision questions for the patterns found', () => {
    expect(texts(section(practice, 'practice')?.blocks)).to.include('Whose account are you relying on? Who in the child’s life have you not seen or checked?');
    expect(texts(section(practice, 'supervision')?.blocks).length).to.be.within(2, 4);
  });

  it('points to the full report and gives the month it was published', () => {
    const report = texts(section(practice, 'report')?.blocks).join(' ');
    expect(report).to.include(childJReview.publication!.url!);
    expect(report).to.include('October 2024');
  });

  it('leaves out anything from the pseudonym key, staff names and exact dates', () => {
    const leaky = review({
      ...childJReview,
      incident: { date: '2024-02-10', summary: 'Jesse Samplefield was brought to hospital on 10 February 2024 by Morgan Samplefield; the family lived at 7 Example Row, ZZ1 4QX.' },
      findings: childJReview.findings.map((f, i) => (i === 0 ? { ...f, title: 'Missed appointments for JJ on 12/03/2023 were not linked' } : f)),
      actions: childJReview.actions.map((a, i) => (i === 0 ? { ...a, title: 'Sam Okafor-Reed to agree the protocol by 2025-03-14', leadOfficer: { role: a.leadOfficer.role, name: 'Sam Okafor-Reed' } } : a)),
    });
    for (const variant of ['practice', 'you-said-we-did'] as const) {
      for (const locale of ['en-GB', 'cy'] as const) {
        const text = briefingStrings(generateBriefing(leaky, { today: SAMPLE_TODAY, key: childJKey, variant, locale })).join('\n');
        for (const person of childJKey.people) for (const detail of [...person.names, ...person.identifiers]) expect(text).not.to.include(detail);
        for (const staff of childJKey.staff) expect(text).not.to.include(staff.name);
        expect(text).not.to.match(EXACT_DATE);
      }
    }
  });

  it('leaves out records the public may not see', () => {
    const internalOnly = review({
      ...childJReview,
      keyPracticeEpisodes: childJReview.keyPracticeEpisodes.map((k, i) => (i === 0 ? { ...k, visibility: 'panel' } : k)),
    });
    const b = generateBriefing(internalOnly, { today: SAMPLE_TODAY });
    expect(briefingStrings(b).join('\n')).not.to.include(childJReview.keyPracticeEpisodes[0]!.title);
  });

  it('is in Welsh when asked, with the review’s English text marked as English', () => {
    const cy = generateBriefing(childJReview, { today: SAMPLE_TODAY, locale: 'cy' });
    expect(cy.title).to.equal('Briff ymarfer');
    expect(section(cy, 'case')!.heading).to.equal('Yr achos yn gryno');
    const found = section(cy, 'found')!.blocks[0]!;
    expect(found.kind === 'list' && found.items[0]![0]!.lang).to.equal('en-GB');
    expect(cy.footer).to.include('Tachwedd 2026');
  });

  it('“you said, we did” pairs each point raised with what changed and how far its actions have got', () => {
    const yswd = generateBriefing(childJReview, { today: SAMPLE_TODAY, variant: 'you-said-we-did' });
    const points = childJReview.learningEvents[0]!.raised;
    const items = section(yswd, 'you-said')!.blocks[0]!;
    if (items.kind !== 'list') throw new Error('a list');
    expect(items.items.map((i) => i[0]!.text)).to.deep.equal(points.map((p) => p.text));
    expect(items.items.map((i) => i[1]!.text)).to.deep.equal(points.map((p) => p.response));
    const done = (ids: readonly string[]) => ids.filter((id) => ['completed', 'evidenced', 'impact-reviewed', 'closed'].includes(childJReview.actions.find((a) => a.id === id)!.status)).length;
    expect(items.items[0]![2]!.text).to.equal(`${done(points[0]!.actionIds)} of ${points[0]!.actionIds.length} actions done.`);
    expect(texts(section(yswd, 'event')?.blocks)[0]).to.include('September 2024').and.include('34 practitioners');
  });

  it('says so when no learning event recorded what practitioners raised', () => {
    const none = generateBriefing(review({ ...childJReview, learningEvents: [] }), { today: SAMPLE_TODAY, variant: 'you-said-we-did' });
    expect(texts(section(none, 'event')?.blocks)[0]).to.include('No points raised');
    expect(section(none, 'you-said')).to.equal(undefined);
  });
});

describe('briefing edits', () => {
  const base = generateBriefing(childJReview, { today: SAMPLE_TODAY });
  const scanner = briefingScanner(childJReview, childJKey, 'en-GB');

  it('round-trips generated sections through their text', () => {
    for (const s of base.sections) expect(parseBriefingText(briefingText(s.blocks)).map((b) => JSON.stringify(b, ['kind', 'ordered', 'items', 'line', 'lead', 'text']))).to.deep.equal(s.blocks.map((b) => JSON.stringify(b, ['kind', 'ordered', 'items', 'line', 'lead', 'text'])));
  });

  it('reads paragraphs, bullets, numbered items, continued items and bold leads', () => {
    const blocks = parseBriefingText('First line\nsame paragraph.\n\n- one\n- **Two:** second\n  more of two\n1. numbered');
    expect(blocks).to.deep.equal([
      { kind: 'paragraph', line: { text: 'First line same paragraph.' } },
      { kind: 'list', ordered: false, items: [[{ text: 'one' }], [{ lead: 'Two:', text: 'second' }, { text: 'more of two' }]] },
      { kind: 'list', ordered: true, items: [[{ text: 'numbered' }]] },
    ]);
  });

  it('hides sections and replaces edited text, generalising exact dates and names from the key', () => {
    const edited = applyBriefingEdits(base, { sections: { found: { hidden: true }, case: { text: { 'en-GB': 'Jesse Samplefield was hurt on 10 February 2024.' } } } }, scanner);
    expect(edited.sections.find((s) => s.id === 'found')!.hidden).to.equal(true);
    const c = edited.sections.find((s) => s.id === 'case')!;
    expect(c.edited).to.equal(true);
    expect(texts(c.blocks)).to.deep.equal(['Child J was hurt on February 2024.']);
    expect(c.generalised).to.have.members(['key-name', 'exact-date']);
    // Text in the other language is untouched by an English edit.
    const cy = applyBriefingEdits(generateBriefing(childJReview, { today: SAMPLE_TODAY, locale: 'cy' }), { sections: { case: { text: { 'en-GB': 'x' } } } }, scanner);
    expect(cy.sections.find((s) => s.id === 'case')!.edited).to.equal(false);
  });

  it('accepts only edits it wrote', () => {
    expect(isBriefingEdits({ sections: { case: { hidden: true, text: { cy: 'Helo' } } } })).to.equal(true);
    expect(isBriefingEdits({ sections: { case: { text: { fr: 'Bonjour' } } } })).to.equal(false);
    expect(isBriefingEdits({ sections: [] })).to.equal(false);
    expect(isBriefingEdits(null)).to.equal(false);
  });
});
