/**
 * Welsh initial-consonant mutations, for words the SDK puts after a preposition or an
 * imperative ("Rhowch deitl" from "teitl", "o Fehefin" from "Mehefin"). Generated Welsh is a
 * draft for review by a Welsh speaker; these rules make the drafts closer to right.
 */
const SOFT: Array<[RegExp, string]> = [
  [/^Ll/, 'L'], [/^Rh/, 'R'], [/^C(?!h)/, 'G'], [/^P(?!h)/, 'B'], [/^T(?!h)/, 'D'],
  [/^G/, ''], [/^B/, 'F'], [/^D(?!d)/, 'Dd'], [/^M/, 'F'],
  [/^ll/, 'l'], [/^rh/, 'r'], [/^c(?!h)/, 'g'], [/^p(?!h)/, 'b'], [/^t(?!h)/, 'd'],
  [/^g/, ''], [/^b/, 'f'], [/^d(?!d)/, 'dd'], [/^m/, 'f'],
];
const ASPIRATE: Array<[RegExp, string]> = [
  [/^C(?!h)/, 'Ch'], [/^P(?!h)/, 'Ph'], [/^T(?!h)/, 'Th'],
  [/^c(?!h)/, 'ch'], [/^p(?!h)/, 'ph'], [/^t(?!h)/, 'th'],
];

function apply(word: string, rules: Array<[RegExp, string]>): string {
  const rule = rules.find(([pattern]) => pattern.test(word));
  return rule ? word.replace(rule[0], rule[1]) : word;
}

/** Soft mutation of the first word of `text`. */
export function softMutate(text: string): string {
  return apply(text, SOFT);
}

/** Aspirate mutation of the first word of `text`. */
export function aspirateMutate(text: string): string {
  return apply(text, ASPIRATE);
}
