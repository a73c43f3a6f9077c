import { expect } from 'chai';
import fc from 'fast-check';
import { balanceBidi } from './bidi.js';
import { parseReview } from './validate.js';
import { childJReviewInput } from '../fixtures/index.js';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';
const CONTROLS = ['\u202A', '\u202B', '\u202D', RLO, PDF, '\u2066', RLI, '\u2068', PDI];

/** Whether every opener is closed in order and no closer closes what the text did not open. */
function balanced(text: string): boolean {
  const open: string[] = [];
  for (const c of text) {
    if (c === PDF) {
      if (!open.length || open.at(-1) === 'isolate') return false;
      open.pop();
    } else if (c === PDI) {
      // A PDI closes its isolate and every embedding opened inside it (the UBA's rule).
      const at = open.lastIndexOf('isolate');
      if (at < 0) return false;
      open.length = at;
    } else if (CONTROLS.includes(c)) open.push(['\u2066', RLI, '\u2068'].includes(c) ? 'isolate' : 'embedding');
    else if (c === '\n' && open.length) return false;
  }
  return open.length === 0;
}

describe('balanceBidi', () => {
  it('leaves text without direction controls exactly as it is', () => {
    expect(balanceBidi('Child J’s health visitor 👩🏽‍⚕️ visited.')).to.equal('Child J’s health visitor 👩🏽‍⚕️ visited.');
  });

  it('closes an override the text leaves open, so it cannot reverse what is drawn after it', () => {
    expect(balanceBidi(`Report ${RLO}fdp.exe`)).to.equal(`Report ${RLO}fdp.exe${PDF}`);
  });

  it('drops a closer that would break out of the isolate around the text', () => {
    expect(balanceBidi(`ok${PDI}${RLO}reversed`)).to.equal(`ok${RLO}reversed${PDF}`);
  });

  it('closes what is open at the end of each paragraph', () => {
    expect(balanceBidi(`${RLI}one\ntwo`)).to.equal(`${RLI}one${PDI}\ntwo`);
  });

  it('always gives balanced text, and balancing twice changes nothing more', () => {
    const piece = fc.constantFrom(...CONTROLS, 'a', ' ', '\n', 'ש');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const once = balanceBidi(text);
        return balanced(once) && balanceBidi(once) === once;
      }),
    );
  });

  it('is applied to free text when a review is validated', () => {
    const input = structuredClone(childJReviewInput) as { chronology: Array<{ event: string }> };
    input.chronology[0]!.event = `Seen at home ${RLO}1202 yaM`;
    const parsed = parseReview(input);
    expect(parsed.ok).to.equal(true);
    if (parsed.ok) expect(parsed.review.chronology[0]!.event).to.equal(`Seen at home ${RLO}1202 yaM${PDF}`);
  });
});
