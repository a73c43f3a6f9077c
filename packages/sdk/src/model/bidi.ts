/**
 * Direction controls kept inside the text that holds them.
 *
 * A right-to-left override (U+202E) in a chronology entry reverses everything after it until
 * something closes it: on a page, the kit's own words after the entry ("Report ‮fdp.exe"
 * drawn as "Report exe.pdf"). An isolating element (`<bdi>`) does not stop it on its own: a
 * pop-directional-isolate (U+2069) in the text closes the element's isolate early, and an
 * override after it runs on past the element. So every piece of free text is balanced where
 * it enters the model: closers with nothing of the text's own to close are dropped, and what
 * the text leaves open is closed at its end. What the text shows is unchanged; it simply cannot
 * reach beyond itself.
 */

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE, RLE, LRO, RLO
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI, RLI, FSI
const PDF = '\u202C';
const PDI = '\u2069';
// Paragraph separators in the Unicode Bidirectional Algorithm (line feed, carriage return,
// the information separators U+001C to U+001E, next line, paragraph separator): everything
// open ends at them.
const PARAGRAPH_END = new Set(['\n', '\r', '\u001C', '\u001D', '\u001E', '\u0085', '\u2029']);
const CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * `text` with its direction controls balanced as the Unicode Bidirectional Algorithm pairs
 * them: a PDF or PDI that closes nothing opened in `text` is removed, and every embedding,
 * override or isolate still open at the end is closed. Text without controls is returned as it is.
 */
export function balanceBidi(text: string): string {
  if (!CONTROL.test(text)) return text;
  const open: string[] = [];
  let out = '';
  for (const c of text) {
    if (EMBEDDINGS.has(c) || ISOLATES.has(c)) open.push(c);
    else if (c === PDF) {
      // Closes the innermost embedding, never an isolate (nor anything outside the text).
      if (!open.length || ISOLATES.has(open[open.length - 1]!)) continue;
      open.pop();
    } else if (c === PDI) {
      // Closes the innermost isolate and every embedding opened inside it.
      let at = open.length - 1;
      while (at >= 0 && !ISOLATES.has(open[at]!)) at--;
      if (at < 0) continue;
      open.length = at;
    } else if (PARAGRAPH_END.has(c)) {
      out += closers(open);
      open.length = 0;
    }
    out += c;
  }
  return out + closers(open);
}

function closers(open: readonly string[]): string {
  return [...open].reverse().map((o) => (ISOLATES.has(o) ? PDI : PDF)).join('');
}
