import { expect } from 'chai';
import fc from 'fast-check';
import { childJKey, childJReview } from '../fixtures/index.js';
import { parsePseudonymKey, parseReview } from '../model/validate.js';
import { reviewSchema, type PseudonymKey, type Review } from '../model/schemas.js';
import { mapFreeText } from '../model/text-fields.js';
import { isPartialDate, parsePartialDate } from '../time/edtf.js';
import { AUDIENCE_PROFILES, dateToMonth, redactReview, reidentify, RedactionError, type Audience } from './redact.js';

/** Every value the key holds, for checking none is left. */
const keyValues = (key: PseudonymKey) => [...key.people.flatMap((p) => [...p.names, ...p.identifiers]), ...key.staff.map((s) => s.name)];

function leaks(review: Review, key: PseudonymKey): string[] {
  const json = JSON.stringify(review).toLowerCase();
  return keyValues(key).filter((value) => json.includes(value.toLowerCase()));
}

const DAY_IN_TEXT = /\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;

/** Every free-text field of a review. */
function texts(review: Review): string[] {
  const found: string[] = [];
  mapFreeText(reviewSchema, review, (text) => (found.push(text), text));
  return found;
}

describe('redaction for an audience', () => {
  describe('publication', () => {
    const { review, report } = redactReview(childJReview, { audience: 'publication', key: childJKey });

    it('is a valid review marked for publication', () => {
      expect(parseReview(review).ok).to.equal(true);
      expect(review.audience).to.equal('publication');
    });

    it('leaves no name or detail from the pseudonym key, and no staff name', () => {
      expect(leaks(childJReview, childJKey), 'the sample has slips to find').to.not.deep.equal([]);
      expect(leaks(review, childJKey)).to.deep.equal([]);
    });

    it('finds names from the key written into text, and reports where', () => {
      const slipped = {
        ...childJReview,
        keyPracticeEpisodes: childJReview.keyPracticeEpisodes.map((k) => (k.id === 'kpe-3' ? { ...k, atTheTime: `${k.atTheTime} Staff called her JJ, as Jesse’s family did.` } : k)),
      };
      const result = redactReview(slipped, { audience: 'publication', key: childJKey });
      expect(result.review.keyPracticeEpisodes.find((k) => k.id === 'kpe-3')!.atTheTime).to.match(/Staff called her Child J, as Child J’s family did\.$/);
      expect(result.report.changes).to.deep.include({ path: 'keyPracticeEpisodes/kpe-3/atTheTime', rule: 'key-name' });
    });

    it('keeps only records marked for publication, and no link to a withheld one', () => {
      for (const records of [review.chronology, review.keyPracticeEpisodes, review.contributoryFactors]) {
        expect(records.every((r) => r.visibility === 'publication')).to.equal(true);
      }
      expect(report.withheld.chronology).to.equal(childJReview.chronology.filter((e) => e.visibility !== 'publication').length);
      const entries = new Set(review.chronology.map((e) => e.id));
      const factors = new Set(review.contributoryFactors.map((f) => f.id));
      expect(review.contributoryFactors.flatMap((f) => f.evidence).every((e) => entries.has(e.entryId))).to.equal(true);
      expect(review.patterns.flatMap((p) => p.factorIds).every((id) => factors.has(id))).to.equal(true);
    });

    it('gives dates of what happened to the month, in fields and in text', () => {
      const dates = [review.incident!.date, ...review.chronology.map((e) => e.date), ...review.keyPracticeEpisodes.flatMap((k) => [k.window.start, k.window.end])];
      for (const date of dates) {
        const parsed = parsePartialDate(date);
        const points = parsed.kind === 'date' ? [parsed] : [parsed.start, parsed.end];
        for (const point of points) if (point.kind === 'date') expect(point.precision, date).to.not.equal('day');
      }
      for (const text of texts(review)) expect(text).to.not.match(DAY_IN_TEXT);
      expect(review.milestones).to.deep.equal({});
      expect(review.decision).to.equal(undefined);
    });

    it('replaces staff names with roles and removes evidence links', () => {
      expect(review.actions.every((a) => a.leadOfficer.name === undefined && a.signOff?.name === undefined)).to.equal(true);
      expect(review.actions.flatMap((a) => a.evidence).every((e) => e.link === undefined)).to.equal(true);
      expect(review.actions.find((a) => a.id === 'a-01')!.progressNotes[0]!.text).to.include('Head of service, children’s front door agreed to be it');
    });

    it('reports each change by field and rule, never by what the field said', () => {
      expect(report.changes).to.deep.include({ path: 'chronology/e006/actionTaken', rule: 'email' });
      expect(report.counts['date-to-month']).to.be.greaterThan(0);
      const json = JSON.stringify(report).toLowerCase();
      for (const value of keyValues(childJKey)) expect(json).to.not.include(value.toLowerCase());
      expect(json).to.not.include('example.org');
    });
  });

  it('refuses ids and codes that hold a name or detail from the key, naming them by position only', () => {
    const entry = childJReview.chronology[0]!;
    const review = {
      ...childJReview,
      chronology: [{ ...entry, id: 'jesse-samplefield-14-08-2021' }, ...childJReview.chronology.slice(1)],
      contributoryFactors: childJReview.contributoryFactors.map((f) => ({ ...f, evidence: f.evidence.map((e) => (e.entryId === entry.id ? { ...e, entryId: 'jesse-samplefield-14-08-2021' } : e)) })),
      agencies: childJReview.agencies.map((a) => (a.id === 'nursery' ? { ...a, code: 'ZZ14QX' } : a)),
    };
    try {
      redactReview(review, { audience: 'panel', key: childJKey });
      expect.fail('expected a RedactionError');
    } catch (error) {
      expect(error).to.be.instanceOf(RedactionError);
      const { reason, errors } = error as RedactionError;
      expect(reason).to.equal('ids');
      expect(errors.map((e) => e.path)).to.include.members(['chronology[0].id', `agencies[${childJReview.agencies.findIndex((a) => a.id === 'nursery')}].code`]);
      expect(JSON.stringify(errors).toLowerCase()).to.not.match(/samplefield|jesse|zz14qx/);
    }
    // Without the key nothing can be known, so nothing is refused.
    expect(() => redactReview(review, { audience: 'panel' })).to.not.throw();
  });

  it('removes links that name someone from the key, even for the panel', () => {
    const action = childJReview.actions.find((a) => a.evidence.length)!;
    const link = 'https://intranet.example/cases/Jesse%20Samplefield/visit.pdf';
    const review = { ...childJReview, actions: childJReview.actions.map((a) => (a === action ? { ...a, evidence: a.evidence.map((e, i) => (i === 0 ? { ...e, link } : e)) } : a)) };
    const { review: copy, report } = redactReview(review, { audience: 'panel', key: childJKey });
    expect(copy.actions.find((a) => a.id === action.id)!.evidence[0]!.link).to.equal(undefined);
    expect(report.changes).to.deep.include({ path: `actions/${action.id}/evidence/${action.evidence[0]!.id}/link`, rule: 'link-removed' });
  });

  it('cannot be switched off: the profiles are frozen', () => {
    try {
      (AUDIENCE_PROFILES.publication as { scanText: boolean }).scanText = false;
    } catch {
      // Strict code throws; either way, nothing changes.
    }
    expect(AUDIENCE_PROFILES.publication.scanText).to.equal(true);
    expect(Object.isFrozen(AUDIENCE_PROFILES) && Object.isFrozen(AUDIENCE_PROFILES.publication.shows)).to.equal(true);
  });

  it('for the panel, withholds internal records and scans text but keeps exact dates and staff names', () => {
    const { review } = redactReview(childJReview, { audience: 'panel', key: childJKey });
    expect(review.chronology.some((e) => e.visibility === 'internal')).to.equal(false);
    expect(review.chronology.length).to.equal(childJReview.chronology.filter((e) => e.visibility !== 'internal').length);
    expect(review.chronology.find((e) => e.id === 'e035')!.date).to.equal('2023-04-24');
    expect(review.actions.find((a) => a.id === 'a-01')!.leadOfficer.name).to.equal('Sam Okafor-Reed');
    expect(leaks(review, { ...childJKey, staff: [] })).to.deep.equal([]);
  });

  it('for internal use, changes nothing but the audience', () => {
    const { review, report } = redactReview(childJReview, { audience: 'internal' });
    expect({ ...review, audience: undefined }).to.deep.equal({ ...childJReview, audience: undefined });
    expect(report.changes).to.deep.equal([]);
  });

  it('without a key still finds patterns and the staff names on actions', () => {
    const { review, report } = redactReview(childJReview, { audience: 'publication' });
    expect(report.usedKey).to.equal(false);
    expect(JSON.stringify(review)).to.not.match(/Okafor-Reed|Mabry-Ellis|Achterberg-Quayle|07700|@example\.org/);
  });

  it('refuses a key for another review, or one whose names a pseudonym contains', () => {
    const other = { ...childJKey, reviewId: 'another-review' };
    expect(() => redactReview(childJReview, { audience: 'publication', key: other })).to.throw(RedactionError);
    const clash = { ...childJKey, people: [{ subjectId: 'child-j', names: ['Jay Kimble'], identifiers: [] }] };
    const named = { ...childJReview, subjects: childJReview.subjects.map((s) => (s.id === 'child-j' ? { ...s, pseudonym: 'Child Jay' } : s)) };
    // "Baby Samplefield" does not make "Baby J" identifying: baby, child and adult describe.
    const baby = { ...childJKey, people: [{ subjectId: 'child-j', names: ['Baby Samplefield', 'Child Samplefield'], identifiers: [] }] };
    expect(() => redactReview(childJReview, { audience: 'publication', key: baby })).to.not.throw();
    try {
      redactReview(named, { audience: 'publication', key: clash });
      expect.fail('expected a RedactionError');
    } catch (error) {
      expect(error).to.be.instanceOf(RedactionError);
      const { errors } = error as RedactionError;
      expect(errors.map((e) => e.path)).to.include('subjects[0].pseudonym');
      expect(JSON.stringify(errors)).to.not.include('Jay');
    }
  });

  it('is idempotent and leaves no key value, whatever the records say and whoever may see them', () => {
    const slips = fc.constantFrom(...keyValues(childJKey), 'phone 07700 900123', 'on 3 March 2024', 'duty@example.org', 'ZZ9 9ZZ', 'born 1 May 2020', 'plain words');
    const edit = fc.record({
      index: fc.nat(),
      slip: slips,
      visibility: fc.constantFrom<Audience>('internal', 'panel', 'publication'),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), fc.constantFrom<Audience>('panel', 'publication'), (edits, audience) => {
        let chronology = childJReview.chronology;
        for (const { index, slip, visibility } of edits) {
          const i = index % chronology.length;
          chronology = chronology.map((e, j) => (j === i ? { ...e, event: `${e.event} ${slip}.`, visibility } : e));
        }
        const review = { ...childJReview, chronology };
        const once = redactReview(review, { audience, key: childJKey });
        const twice = redactReview(once.review, { audience, key: childJKey });
        expect(twice.review).to.deep.equal(once.review);
        expect(twice.report.changes).to.deep.equal([]);
        const staff = audience === 'panel' ? { ...childJKey, staff: [] } : childJKey;
        expect(leaks(once.review, staff)).to.deep.equal([]);
      }),
      { numRuns: 40 },
    );
  });

  it('gives a partial date to the month at most', () => {
    const cases: Array<[string, string]> = [
      ['2023-04-12', '2023-04'],
      ['2023-04-12~', '2023-04~'],
      ['2023-04-12T14:30', '2023-04'],
      ['2023-04-XX', '2023-04'],
      ['2023-04-02/2023-04-20', '2023-04'],
      ['2023-03-30/2023-04-02', '2023-03/2023-04'],
      ['../2023-06-01', '../2023-06'],
      ['2023-04', '2023-04'],
      ['2023', '2023'],
      ['2023-22', '2023-22'],
    ];
    for (const [from, to] of cases) {
      expect(dateToMonth(from), from).to.equal(to);
      expect(isPartialDate(dateToMonth(from))).to.equal(true);
    }
  });

  it('re-identifies pseudonyms for internal views, from the key', () => {
    expect(reidentify('Child J and Child K were seen; Child Jay was not.', childJReview, childJKey)).to.equal(
      'Child J (Jesse Samplefield) and Child K (Kai Samplefield) were seen; Child Jay was not.',
    );
  });

  it('reads a key and refuses one that names a person twice', () => {
    expect(parsePseudonymKey(childJKey).ok).to.equal(true);
    const twice = { ...childJKey, people: [...childJKey.people, childJKey.people[0]] };
    const result = parsePseudonymKey(twice);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).to.deep.equal(['duplicate-id']);
  });
});
