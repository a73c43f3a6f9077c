import { expect } from 'chai';
import { formatIsoDate, formatPartialDate } from './format.js';

describe('partial dates in words', () => {
  const cases: Array<[string, string, string]> = [
    ['2023-04-12', '12 April 2023', '12 Ebrill 2023'],
    ['2023-04-12~', 'about 12 April 2023', 'tua 12 Ebrill 2023'],
    ['2023-04', 'April 2023', 'Ebrill 2023'],
    ['2023-11~', 'about November 2023', 'tua Thachwedd 2023'],
    ['2023-04-12?', '12 April 2023 (uncertain)', '12 Ebrill 2023 (ansicr)'],
    ['2023-04%', 'about April 2023 (uncertain)', 'tua Ebrill 2023 (ansicr)'],
    ['2023-04-XX', 'April 2023 (day not known)', 'Ebrill 2023 (diwrnod yn anhysbys)'],
    ['2023-XX', '2023 (month not known)', '2023 (mis yn anhysbys)'],
    ['2023', '2023', '2023'],
    ['202X', 'the 2020s', 'y 2020au'],
    ['20XX', '2000 to 2099', '2000 i 2099'],
    ['2023-22', 'summer 2023', 'haf 2023'],
    ['2023-24', 'winter 2023–24', 'gaeaf 2023–24'],
    ['2023-04-12T14:30', '12 April 2023 at 14:30', '12 Ebrill 2023 am 14:30'],
    ['2023-04/2023-06', 'between April and June 2023', 'rhwng Ebrill a Mehefin 2023'],
    ['2023-05/2023-11', 'between May and November 2023', 'rhwng Mai a Thachwedd 2023'],
    ['2023-03/2023-04', 'between March and April 2023', 'rhwng Mawrth ac Ebrill 2023'],
    ['2023-04-03/2023-04-14', 'between 3 and 14 April 2023', 'rhwng 3 a 14 Ebrill 2023'],
    ['2023-04-03/2023-04-08', 'between 3 and 8 April 2023', 'rhwng 3 ac 8 Ebrill 2023'],
    ['2023-04-03/2023-04-11', 'between 3 and 11 April 2023', 'rhwng 3 ac 11 Ebrill 2023'],
    ['2023-04-03/2023-06-14', 'between 3 April and 14 June 2023', 'rhwng 3 Ebrill a 14 Mehefin 2023'],
    ['2023-11/2024-02', 'between November 2023 and February 2024', 'rhwng Tachwedd 2023 a Chwefror 2024'],
    ['2023-04~/2023-06', 'between about April 2023 and June 2023', 'rhwng tua Ebrill 2023 a Mehefin 2023'],
    ['../2023-06', 'by June 2023', 'erbyn Mehefin 2023'],
    ['../2023-05', 'by May 2023', 'erbyn Mai 2023'],
    ['2023-06/..', 'from June 2023 onwards', 'o Fehefin 2023 ymlaen'],
    ['2023-11/', 'from November 2023 (end not known)', 'o Dachwedd 2023 (diwedd yn anhysbys)'],
    ['/2023-06', 'until June 2023 (start not known)', 'hyd at Fehefin 2023 (dechrau yn anhysbys)'],
  ];
  for (const [edtf, en, cy] of cases) {
    it(`says ${edtf} as “${en}” and “${cy}”`, () => {
      expect(formatPartialDate(edtf)).to.equal(en);
      expect(formatPartialDate(edtf, 'cy')).to.equal(cy);
    });
  }

  it('says an exact date in words', () => {
    expect(formatIsoDate('2026-03-01')).to.equal('1 March 2026');
    expect(formatIsoDate('2026-03-01', 'cy')).to.equal('1 Mawrth 2026');
  });
});
