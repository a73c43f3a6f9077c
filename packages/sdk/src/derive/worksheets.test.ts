import { expect } from 'chai';
import { childJReview, childJWorksheets, physicalInterventionWorksheet } from '../fixtures/index.js';
import { parseEntity, parseLoopWorksheet } from '../model/validate.js';
import { checkReviewIntegrity } from '../model/integrity.js';
import { LOOP_PROMPTS, LOOP_SECTIONS } from '../forms/loop-prompts.js';
import { LOOP_WORKED_EXAMPLE } from '../forms/loop-worked-example.js';
import type { LoopWorksheet } from '../model/schemas.js';
import {
  actionFromWorksheet,
  answeredLoops,
  findingsForSubject,
  proposedDueDate,
  recommendationsForSubject,
  summariseContributions,
  titleFrom,
  worksheetCompletionProblems,
  worksheetSubjects,
} from './worksheets.js';

function blank(subject: LoopWorksheet['subject'] = { kind: 'scenario' }): LoopWorksheet {
  const result = parseLoopWorksheet({ schemaVersion: 1, kind: 'loop-worksheet', id: 'ws-test', subject, mode: 'individual', defensive: {}, singleLoop: {}, doubleLoop: {}, tripleLoop: {}, nextExperiment: {} });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.worksheet;
}

describe('loop-learning worksheets', () => {
  describe('what a worksheet can be about', () => {
    it('offers every finding, pattern and key practice episode of the review', () => {
      const options = worksheetSubjects(childJReview);
      expect(options.filter((o) => o.kind === 'finding')).to.have.length(childJReview.findings.length);
      expect(options.filter((o) => o.kind === 'pattern')).to.have.length(childJReview.patterns.length);
      expect(options.filter((o) => o.kind === 'kpe')).to.have.length(childJReview.keyPracticeEpisodes.length);
    });

    it('follows a finding to the recommendations that answer it', () => {
      // rec-2 and rec-6 list finding-1 in the sample review.
      expect(recommendationsForSubject(childJReview, { kind: 'finding', refId: 'finding-1' }).map((r) => r.id)).to.deep.equal(['rec-2', 'rec-6']);
    });

    it('follows a pattern through the findings built on it', () => {
      // p-2 sits behind finding-3 only, which rec-4, rec-5 and rec-6 answer.
      expect(findingsForSubject(childJReview, { kind: 'pattern', refId: 'p-2' }).map((f) => f.id)).to.deep.equal(['finding-3']);
      expect(recommendationsForSubject(childJReview, { kind: 'pattern', refId: 'p-2' }).map((r) => r.id)).to.deep.equal(['rec-4', 'rec-5', 'rec-6']);
    });

    it('has no recommendations for a scenario in free text', () => {
      expect(recommendationsForSubject(childJReview, { kind: 'scenario', text: 'A new concern' })).to.deep.equal([]);
    });
  });

  describe('completion', () => {
    it('lists everything an empty worksheet still needs, with the field to fix', () => {
      const problems = worksheetCompletionProblems(blank());
      expect(problems.map((p) => p.path)).to.deep.equal(['subject.text', 'singleLoop.change', 'nextExperiment.description', 'nextExperiment.measure']);
      expect(problems[0]!.message).to.equal('Choose what the worksheet is about, or describe a scenario');
    });

    it('does not count a defensive response as a change', () => {
      const ws = { ...blank({ kind: 'finding', refId: 'finding-1' }), defensive: { response: 'More training for everyone.' } };
      expect(worksheetCompletionProblems(ws).map((p) => p.path)).to.include('singleLoop.change');
      const deeper = { ...ws, tripleLoop: { whoIsMissing: 'Families.' } };
      expect(worksheetCompletionProblems(deeper).map((p) => p.path)).to.not.include('singleLoop.change');
    });

    it('says what to do in Welsh, and never repeats what was written', () => {
      const hostile = '<script>alert(1)</script>';
      const ws = { ...blank(), defensive: { response: hostile } };
      const problems = worksheetCompletionProblems(ws, 'cy');
      expect(problems[0]!.message).to.match(/^Dewiswch/);
      for (const p of problems) expect(p.message).to.not.contain('script');
    });

    it('accepts the sample worksheets as complete', () => {
      for (const input of [...childJWorksheets, physicalInterventionWorksheet]) {
        const parsed = parseLoopWorksheet(input);
        expect(parsed.ok).to.equal(true);
        if (parsed.ok) expect(worksheetCompletionProblems(parsed.worksheet), parsed.worksheet.id).to.deep.equal([]);
      }
    });
  });

  describe('a group’s contributions', () => {
    it('counts them by section', () => {
      const summary = summariseContributions(physicalInterventionWorksheet);
      // c1–c7 in the worked example: 1 defensive, 1 single, 2 double, 2 triple, 1 next experiment.
      expect(summary.counts).to.deep.equal({ defensive: 1, single: 1, double: 2, triple: 2, 'next-experiment': 1 });
      expect(summary.atLevels).to.equal(6);
      expect(summary.mostlyShallow).to.equal(false);
    });

    it('flags a group whose ideas mostly stay defensive or single loop', () => {
      const at = (section: LoopWorksheet['contributions'][number]['section'], i: number) => ({ id: `c${i}`, section, text: 'An idea' });
      const shallow = { contributions: [at('defensive', 1), at('defensive', 2), at('single', 3), at('double', 4)] };
      expect(summariseContributions(shallow).mostlyShallow).to.equal(true);
      // Half is not most.
      expect(summariseContributions({ contributions: [at('single', 1), at('double', 2), at('defensive', 3), at('triple', 4)] }).mostlyShallow).to.equal(false);
      // Two ideas are too few to judge.
      expect(summariseContributions({ contributions: [at('defensive', 1), at('single', 2)] }).mostlyShallow).to.equal(false);
    });
  });

  describe('proposing an action', () => {
    const finding = parseLoopWorksheet(childJWorksheets[0]);
    const ws = finding.ok ? finding.worksheet : blank();

    it('prefills a draft action the review accepts, with the strength its kind of learning suggests', () => {
      const action = actionFromWorksheet(ws, { id: 'a-ws-1', loop: 'double', recommendationId: 'rec-2', agencyId: childJReview.agencies[0]!.id, leadRole: 'Named nurse', dueDate: '2027-02-28' });
      expect(action.status).to.equal('draft');
      expect(action.interventionStrength).to.equal('intermediate');
      expect(action.title).to.equal('Count missed appointments for each child across services, not for each service.');
      expect(action.impactMeasure?.description).to.equal(ws.nextExperiment.measure);
      expect(action.origin).to.deep.equal({ kind: 'loop-worksheet', worksheetId: 'ws-child-j-finding-1', loop: 'double', subjectKind: 'finding', subjectId: 'finding-1' });
      expect(parseEntity('actions', action, childJReview).ok).to.equal(true);
      expect(checkReviewIntegrity({ ...childJReview, actions: [...childJReview.actions, action] }, 'en-GB')).to.deep.equal([]);
    });

    it('suggests weaker for defensive and single-loop ideas and stronger for triple loop', () => {
      const base = { id: 'a-ws-2', recommendationId: 'rec-2', agencyId: childJReview.agencies[0]!.id, leadRole: 'Lead', dueDate: '2027-02-28' };
      expect(actionFromWorksheet(ws, { ...base, loop: 'defensive' }).interventionStrength).to.equal('weaker');
      expect(actionFromWorksheet(ws, { ...base, loop: 'single' }).interventionStrength).to.equal('weaker');
      expect(actionFromWorksheet(ws, { ...base, loop: 'triple' }).interventionStrength).to.equal('stronger');
      expect(actionFromWorksheet(ws, { ...base, loop: 'single', interventionStrength: 'stronger' }).interventionStrength).to.equal('stronger');
    });

    it('is refused by the review when it points back to a finding that does not exist', () => {
      const action = actionFromWorksheet({ ...ws, subject: { kind: 'finding', refId: 'finding-99' } }, { id: 'a-ws-3', loop: 'single', recommendationId: 'rec-2', agencyId: childJReview.agencies[0]!.id, leadRole: 'Lead', dueDate: '2027-02-28' });
      const errors = checkReviewIntegrity({ ...childJReview, actions: [...childJReview.actions, action] }, 'en-GB');
      expect(errors.map((e) => e.path)).to.deep.equal([`actions[${childJReview.actions.length}].origin.subjectId`]);
    });

    it('is due when the worksheet said to look again, or three months on when that has passed', () => {
      expect(proposedDueDate(ws, '2024-12-01')).to.equal('2025-02-28');
      expect(proposedDueDate(ws, '2026-11-21')).to.equal('2027-02-21');
    });

    it('makes a title from the first sentence, cut at a word', () => {
      expect(titleFrom('Short. Then more.')).to.equal('Short.');
      expect(titleFrom(`${'word '.repeat(60)}end.`, 40)).to.equal('word word word word word word word word…');
    });

    it('knows which kinds of learning a worksheet reached', () => {
      expect(answeredLoops(ws)).to.deep.equal(['defensive', 'single', 'double', 'triple']);
      expect(answeredLoops(blank())).to.deep.equal([]);
    });
  });

  describe('prompts and the worked example', () => {
    it('has prompts for every section, each with Welsh', () => {
      for (const section of LOOP_SECTIONS) {
        expect(LOOP_PROMPTS[section].length, section).to.be.greaterThan(1);
        for (const prompt of LOOP_PROMPTS[section]) expect(prompt.text.cy.trim(), prompt.id).to.not.equal('');
      }
    });

    it('ships the worked example in both languages, each a valid, complete worksheet with the same shape', () => {
      const en = parseLoopWorksheet(LOOP_WORKED_EXAMPLE['en-GB']);
      const cy = parseLoopWorksheet(LOOP_WORKED_EXAMPLE.cy);
      expect(en.ok && cy.ok).to.equal(true);
      if (!en.ok || !cy.ok) return;
      expect(worksheetCompletionProblems(cy.worksheet)).to.deep.equal([]);
      expect(cy.worksheet.contributions.map((c) => c.section)).to.deep.equal(en.worksheet.contributions.map((c) => c.section));
      expect(cy.worksheet.defensive.response).to.not.equal(en.worksheet.defensive.response);
    });
  });
});
