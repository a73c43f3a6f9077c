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

  it('checks NHS numbers with the modulus 11 check digit', () => {
    expect(isNhsNumber('9990000018')).to.equal(true);
    expect(isNhsNumber('9990000017')).to.equal(false);
    expect(isNhsNumber('999000001')).to.equal(false);
  });
});
