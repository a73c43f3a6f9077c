import { expect } from 'chai';
import fc from 'fast-check';
import { neutralise, parseCsv, toCsv, unneutralise } from './csv.js';

describe('CSV', () => {
  it('writes what Excel opens cleanly: a byte-order mark, CRLF and quoting where needed', () => {
    const csv = toCsv(['Name', 'Note'], [['Child J', 'said “no”, then left'], ['Line\nbreak', 'has "quotes"'], [42, null]]);
    expect(csv).to.equal('\uFEFFName,Note\r\nChild J,"said “no”, then left"\r\n"Line\nbreak","has ""quotes"""\r\n42,\r\n');
  });

  it('neutralises cells Excel would run as formulas, and reads them back unchanged', () => {
    for (const hostile of ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) {
      expect(neutralise(hostile)).to.equal(`'${hostile}`);
      const [row] = parseCsv(toCsv(['A'], [[hostile]])).rows;
      expect(unneutralise(row!.cells[0]!)).to.equal(hostile);
    }
    expect(neutralise('Home visit')).to.equal('Home visit');
  });

  it('round-trips any table of text', () => {
    const text = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        const parsed = parseCsv(toCsv(['a', 'b', 'c'], rows));
        expect(parsed.errors).to.deep.equal([]);
        expect(parsed.rows.map((r) => r.cells.map(unneutralise))).to.deep.equal(rows);
      }),
    );
  });

  it('reads LF and CR line ends, and numbers rows by the line they start on', () => {
    const parsed = parseCsv('a,b\n1,"two\nlines"\r3,4\n');
    expect(parsed.rows.map((r) => [r.line, ...r.cells])).to.deep.equal([
      [2, '1', 'two\nlines'],
      [4, '3', '4'],
    ]);
  });

  it('reports a row with a stray quotation mark and keeps the others', () => {
    const parsed = parseCsv('a,b\n1,2\n3,bro"ken\n5,6\n');
    expect(parsed.rows.map((r) => r.cells)).to.deep.equal([
      ['1', '2'],
      ['5', '6'],
    ]);
    expect(parsed.errors.map((e) => [e.line, e.code])).to.deep.equal([[3, 'stray-quote']]);
  });

  it('reports a quotation mark never closed', () => {
    const parsed = parseCsv('a,b\n1,2\n3,"never closed\n5,6\n');
    expect(parsed.rows.map((r) => r.cells)).to.deep.equal([['1', '2']]);
    expect(parsed.errors.map((e) => [e.line, e.code])).to.deep.equal([[3, 'unterminated-quote']]);
  });

  it('says when a file is not UTF-8, and what to do', () => {
    // Windows-1252 bytes read as UTF-8 become U+FFFD.
    const parsed = parseCsv('Name\nCaf\uFFFD\n');
    expect(parsed.errors.map((e) => e.code)).to.deep.equal(['wrong-encoding']);
    expect(parsed.errors[0]!.text['en-GB']).to.include('CSV UTF-8');
    expect(parseCsv('N\u0000a\u0000m\u0000e\u0000').errors[0]?.code).to.equal('wrong-encoding');
  });

  it('reads 50,000 rows without trouble', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [`${i}`, `row ${i}, with a comma`, i % 97 === 0 ? 'bro"ken' : 'fine']);
    const csv = toCsv(['n', 'text', 'note'], rows);
    const parsed = parseCsv(csv);
    expect(parsed.rows.length + parsed.errors.length).to.equal(50_000);
    expect(parsed.errors.every((e) => e.code === 'stray-quote')).to.equal(true);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => void parseCsv(text)));
  });
});
