import { expect } from 'chai';
import fc from 'fast-check';
import { isNhsNumber, textScanner, type TextScannerOptions } from './scan.js';

const KEY: Omit<TextScannerOptions, 'staffNames' | 'dates'> = {
  people: [
    { names: ['Kai Samplefield', 'Kai'], replacement: 'Child K' },
    { names: ['Morgan Samplefield', 'Mo Samplefield'], replacement: 'Adult M' },
  ],
  identifiers: ['14/08/2021', '7 Example Row', 'Brookside Primary School'],
  staff: [{ name: 'Sam Okafor-Reed', role: 'the head of service' }],
  locale: 'en-GB',
};
const publication = textScanner({ ...KEY, staffNames: 'roles', dates: 'month' });
const panel = textScanner({ ...KEY, staffNames: 'keep', dates: 'exact' });
const patternsOnly = textScanner({ staffNames: 'roles', dates: 'month', locale: 'en-GB' });

describe('scanning free text for identifying details', () => {
  it('replaces names the key knows with the pseudonym, in any case and with a possessive', () => {
    const { text, rules } = publication.scan('KAI SAMPLEFIELD was seen. Kai’s mother, Mo  Samplefield, agreed.');
    expect(text).to.equal('Child K was seen. Child K’s mother, Adult M, agreed.');
    expect(rules).to.deep.equal(['key-name']);
  });

  it('matches a first name or surname alone only as written, so words are left alone', () => {
    expect(publication.scan('The kai market').text).to.equal('The kai market');
    expect(publication.scan('Kai arrived').text).to.equal('Child K arrived');
  });

  it('never guesses between two people who share a surname', () => {
    expect(publication.scan('Ms Samplefield phoned.').text).to.equal('Ms [name removed] phoned.');
  });

  it('replaces staff names with roles for publication and keeps them for the panel', () => {
    expect(publication.scan('Sam Okafor-Reed agreed; Sam will chase it.').text).to.equal('the head of service agreed; the head of service will chase it.');
    expect(panel.scan('Sam Okafor-Reed agreed.').text).to.equal('Sam Okafor-Reed agreed.');
  });

  it('removes details the key knows, whatever the spacing and case', () => {
    expect(panel.scan('Lives at 7 example  row; attends Brookside Primary School.').text).to.equal(
      'Lives at [identifying detail removed]; attends [identifying detail removed].',
    );
  });

  it('finds a date of birth from the key in any spelling, even without the year', () => {
    for (const written of ['14 August 2021', '2021-08-14', '14/08/21', 'August 14th, 2021', 'her birthday, 14 August']) {
      expect(panel.scan(`Noted: ${written}.`).text, written).to.include('[identifying detail removed]');
    }
    expect(panel.scan('Seen on 15 August 2021.').text).to.equal('Seen on 15 August 2021.');
  });

  it('removes stated dates of birth, emails, phone numbers, NHS and National Insurance numbers and postcodes', () => {
    const cases: Array<[string, string, string]> = [
      ['DOB: 03/11/2018', '[date of birth removed]', 'date-of-birth'],
      ['born on 3 November 2018', '[date of birth removed]', 'date-of-birth'],
      ['dyddiad geni 03/11/2018', '[date of birth removed]', 'date-of-birth'],
      ['duty.team+cp@example.org', '[email address removed]', 'email'],
      ['07700 900461', '[phone number removed]', 'phone'],
      ['+44 7700 900461', '[phone number removed]', 'phone'],
      ['(01632) 960 001', '[phone number removed]', 'phone'],
      ['0161-496-0000', '[phone number removed]', 'phone'],
      ['999 000 0018', '[NHS number removed]', 'nhs-number'],
      ['9990000018', '[NHS number removed]', 'nhs-number'],
      ['NHS no: 123 456 7890', '[NHS number removed]', 'nhs-number'],
      ['CHI number 0101011234', '[NHS number removed]', 'nhs-number'],
      ['AB 12 34 56 C', '[National Insurance number removed]', 'ni-number'],
      ['ZZ1 4QX', '[postcode removed]', 'postcode'],
      ['SW1A 1AA', '[postcode removed]', 'postcode'],
    ];
    for (const [detail, placeholder, rule] of cases) {
      const result = patternsOnly.scan(`Recorded ${detail} today.`);
      expect(result.text, detail).to.equal(`Recorded ${placeholder} today.`);
      expect(result.rules, detail).to.deep.equal([rule]);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const text of [
      'The reed bed by the school.',
      'Practitioners may 12 times have asked.',
      'Year 5 pupils in Q1 2nd wave.',
      'Seen in March 2023 and again in 2024.',
      'Caseloads of 25-30 families; 1234567890 is not an NHS number.',
      'Ratio 1:3, score 10/10.',
    ]) {
      expect(patternsOnly.scan(text).text, text).to.equal(text);
    }
  });

  it('gives exact dates in text as the month for publication, keeping the sentence', () => {
    expect(publication.scan('A home visit was booked for 9 May.').text).to.equal('A home visit was booked for May.');
    expect(publication.scan('Agreed on Monday 12 March 2023, then 2023-04-12T10:30 and 12/04/2023.').text).to.equal(
      'Agreed on March 2023, then April 2023 and April 2023.',
    );
    expect(panel.scan('Agreed on 12 March 2023.').text).to.equal('Agreed on 12 March 2023.');
  });

  it('writes placeholders and months in Welsh for a Welsh export', () => {
    const welsh = textScanner({ staffNames: 'roles', dates: 'month', locale: 'cy' });
    expect(welsh.scan('Ffoniwch 07700 900461 ar 12/04/2023.').text).to.equal('Ffoniwch [rhif ffôn wedi’i ddileu] ar Ebrill 2023.');
  });

  it('changes nothing the second time, whatever the text', () => {
    const pieces = fc.constantFrom(
      'Kai', 'Kai Samplefield', 'Samplefield', 'Sam Okafor-Reed', 'Sam', '7 Example Row', '14/08/2021', '14 August', 'DOB 03/11/2018',
      'a@example.org', '07700 900461', '999 000 0018', 'AB 12 34 56 C', 'ZZ1 4QX', '9 May', '2023-04-12', 'May', 'the', 'and', ',', '.', '’s', '(', ')',
    );
    const texts = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 20 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(texts, (text) => {
        for (const scanner of [publication, panel, patternsOnly]) {
          const once = scanner.scan(text).text;
          expect(scanner.scan(once).text).to.equal(once);
        }
      }),
      { numRuns: 300 },
    );
  });

  describe('what an adversarial review found (each once a leak)', () => {
    const scanner = (people: TextScannerOptions['people'], identifiers: string[] = [], staff: TextScannerOptions['staff'] = []) =>
      textScanner({ people, identifiers, staff, staffNames: 'roles', dates: 'month', locale: 'en-GB' });
    const leaves = (result: string, ...pieces: string[]) => pieces.filter((p) => result.toLowerCase().includes(p.toLowerCase()));

    it('finds first names and surnames however the key writes them, and names written surname first', () => {
      const caps = scanner([{ names: ['PARKER SMITHERS'], replacement: 'Adult P' }]);
      expect(caps.scan('Mr Smithers said; Parker agreed; SMITHERS, Parker.').text).to.equal('Mr Adult P said; Adult P agreed; Adult P.');
      expect(scanner([{ names: ['jesse samplefield'], replacement: 'Child J' }]).scan('Jesse came.').text).to.equal('Child J came.');
      expect(scanner([{ names: ['SAMPLEFIELD, Jesse'], replacement: 'Child J' }]).scan('Jesse Samplefield and Samplefield Jesse').text).to.equal('Child J and Child J');
    });

    it('finds the parts of hyphenated and apostrophe names, any dash, plurals and names without accents', () => {
      const result = scanner([{ names: ['Zoë O’Brien-Smith'], replacement: 'Child J' }]).scan('Mrs Smith, Ms O’Brien, OBrien, Zoe, Zoe\u0308, the Smiths.').text;
      expect(leaves(result, 'smith', 'brien', 'zoe', 'zoë')).to.deep.equal([]);
      const staff = scanner([], [], [{ name: 'Sam Okafor-Reed', role: 'the head of service' }]).scan('Okafor, Mr Okafor, Okafor Reed, Sam Okafor–Reed.').text;
      expect(leaves(staff, 'okafor', 'reed')).to.deep.equal([]);
    });

    it('finds names run together in handles, addresses and links', () => {
      const result = scanner([{ names: ['Jesse Samplefield'], replacement: 'Child J' }]).scan(
        'https://fb.example/jesse.samplefield @jesse_samplefield JesseSamplefield www.jessesamplefield.example https://x.example/cases/Jesse%20Samplefield/',
      ).text;
      expect(leaves(result, 'jesse', 'samplefield')).to.deep.equal([]);
    });

    // A bare "April" could be either, so it is removed rather than guessed.
    it('does not turn a month into the person called April, nor tell a reader who is called Will', () => {
      const april = scanner([{ names: ['April Samplefield', 'April'], replacement: 'Child K' }]);
      expect(april.scan('Seen on 12/04/2023, in April 2023 and on 4 April. April said so.').text).to.equal('Seen on April 2023, in April 2023 and on [name removed]. [name removed] said so.');
      expect(scanner([{ names: ['Will Samplefield'], replacement: 'Child K' }]).scan('Will attend.').text).to.equal('[name removed] attend.');
    });

    it('sees through invisible characters, full-width letters and other apostrophes', () => {
      const result = scanner([{ names: ['Jesse Samplefield'], replacement: 'Child J' }]).scan('Jes\u00ADse, Je\u200Dsse, Ｊｅｓｓｅ, Jesseʼs').text;
      expect(result).to.equal('Child J, Child J, Child J, Child J’s');
    });

    it('gives every spelling of an exact date as the month', () => {
      const cases: Array<[string, string]> = [
        ['Visits on 3, 10, 17 and 24 March 2023.', 'Visits on March 2023.'],
        ['Seen 12–13 March 2023 and between 12 and 14 March.', 'Seen March 2023 and between March.'],
        ['March 12-14, 2023; March the 12th.', 'March 2023; March.'],
        ['12-Mar-2023, 12-Mar-23, 12Mar2023, 12 MARCH 2023, 12 march 2023.', 'Mar 2023, Mar 2023, Mar 2023, MARCH 2023, march 2023.'],
        ['2023/03/12, 2023.03.12, 20230312, 12 / 03 / 2023, 2023-3-12.', 'March 2023, March 2023, March 2023, March 2023, March 2023.'],
        ['Tuesday 12/3, w/c 13/03 and on 14/03.', 'Tuesday March, w/c March and on March.'],
        ['12fed o Fawrth 2023, 1af Mawrth 2023, Mawrth 12fed.', 'Mawrth 2023, Mawrth 2023, Mawrth.'],
        ['Seen on 1 2 3 4 5 6 7 8 9 10 11 12 March 2023.', 'Seen on March 2023.'],
      ];
      for (const [text, expected] of cases) expect(patternsOnly.scan(text).text, text).to.equal(expected);
      expect(patternsOnly.scan('A 24/7 service scored 10/10.').text).to.equal('A 24/7 service scored 10/10.');
    });

    it('finds the key’s date of birth and details with any separators, in any case', () => {
      const key = scanner([], ['14/08/2021', 'ZZ1 4QX', 'AB12 CDE', 'LCS-884213', '999 000 0018', '12 Oak Road, Westmoor', 'St. Mary’s C of E Primary']);
      for (const text of ['14/8', 'Saturday 14/8', '14-Aug-2021', '14 AUGUST 2021', '20210814', '14 / 08 / 2021', '08/14/2021', 'zz14qx', 'ZZ1-4QX', 'AB12CDE', 'LCS 884213', 'LCS–884213', '999.000.0018', '999 0000 018', '12 Oak Road', 'St Mary’s C of E Primary']) {
        expect(key.scan(`Noted ${text} here.`).text, text).to.equal('Noted [identifying detail removed] here.');
      }
      expect(key.scan('Westmoor Vale').text).to.equal('Westmoor Vale');
    });

    it('finds numbers in the other ways people write them', () => {
      for (const [text, placeholder] of [
        ['NHS number: 943.476.5919', '[NHS number removed]'],
        ['943/476/5919', '[NHS number removed]'],
        ['ab123456c', '[National Insurance number removed]'],
        ['AB-12-34-56-C', '[National Insurance number removed]'],
        ['0044 7700 900123', '[phone number removed]'],
        ['(0)7700 900123', '[phone number removed]'],
        ['020.7946.0000', '[phone number removed]'],
        ['+353 87 123 4567', '[phone number removed]'],
      ]) {
        expect(patternsOnly.scan(`Call ${text} now.`).text, text).to.equal(`Call ${placeholder} now.`);
      }
    });
  });

  it('checks NHS numbers with the modulus 11 check digit', () => {
    expect(isNhsNumber('9990000018')).to.equal(true);
    expect(isNhsNumber('9990000017')).to.equal(false);
    expect(isNhsNumber('999000001')).to.equal(false);
  });
});
