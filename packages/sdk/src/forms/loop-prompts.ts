/**
 * The questions a loop-learning worksheet asks, section by section, and the prompts that
 * help people answer them. They are data, not component strings, so a partnership's own
 * system can show the same prompts (in print, in a meeting pack) in both languages.
 *
 * The prompts draw on three ideas from the field, and each says which:
 * - **the systems approach** (Munro; SCIE's Learning Together): understand why what people
 *   did made sense to them at the time, and look for what in the system made it likely;
 * - **espoused theory and theory-in-use** (Argyris and Schön): the gap between what we say
 *   we do and what our routines actually reward;
 * - **Model I and Model II** (Argyris): defensive routines that keep everyone comfortable
 *   and in control, against testing assumptions openly with the evidence on the table.
 *
 * Welsh is a draft for review by a Welsh speaker.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { LoopWorksheet } from '../model/schemas.js';

/** The sections of a worksheet, in the order it walks through them. */
export const LOOP_SECTIONS = ['defensive', 'single', 'double', 'triple', 'next-experiment'] as const;
export type LoopSection = (typeof LOOP_SECTIONS)[number];

/** Where a prompt's idea comes from. */
export const PROMPT_SOURCES = {
  systems: draft('The systems approach', 'Y dull systemau'),
  'espoused-theory': draft('Espoused theory and theory-in-use', 'Theori a arddelir a theori ar waith'),
  'model-i': draft('Model I: defensive routines', 'Model I: arferion amddiffynnol'),
  'model-ii': draft('Model II: testing assumptions openly', 'Model II: profi rhagdybiaethau’n agored'),
} as const satisfies Record<string, LocalisedText>;
export type PromptSource = keyof typeof PROMPT_SOURCES;

export interface LoopPrompt {
  readonly id: string;
  readonly text: LocalisedText;
  readonly source: PromptSource;
}

/** The worksheet's fields, by section: the keys of each section's object in `LoopWorksheet`. */
export const LOOP_SECTION_FIELDS = {
  defensive: ['response', 'protects', 'misses'],
  single: ['change'],
  double: ['assumptions', 'change'],
  triple: ['howWeLearn', 'whoIsMissing'],
  'next-experiment': ['description', 'measure'],
} as const satisfies Record<LoopSection, readonly string[]>;

/** The worksheet property each section is kept in. */
export const LOOP_SECTION_KEYS = {
  defensive: 'defensive',
  single: 'singleLoop',
  double: 'doubleLoop',
  triple: 'tripleLoop',
  'next-experiment': 'nextExperiment',
} as const satisfies Record<LoopSection, keyof LoopWorksheet>;

const p = (id: string, source: PromptSource, en: string, cy: string): LoopPrompt => ({ id, source, text: draft(en, cy) });

/**
 * Prompts per section, in the order they are offered: the first is always shown, the rest
 * one at a time when asked for, so a group is not handed a wall of questions.
 */
export const LOOP_PROMPTS: Readonly<Record<LoopSection, readonly LoopPrompt[]>> = {
  defensive: [
    p('defensive-quick-answer', 'systems', 'What would the quick, safe-looking answer be? Blame someone, reassure everyone, more training, a new form or an updated procedure?', 'Beth fyddai’r ateb cyflym sy’n edrych yn ddiogel? Rhoi’r bai ar rywun, tawelu meddwl pawb, rhagor o hyfforddiant, ffurflen newydd neu weithdrefn wedi’i diweddaru?'),
    p('defensive-protects', 'model-i', 'Who does that answer protect, and from what? Which uncomfortable conversation does it let us avoid?', 'Pwy mae’r ateb hwnnw’n ei amddiffyn, a rhag beth? Pa sgwrs anghyfforddus mae’n gadael i ni ei hosgoi?'),
    p('defensive-misses', 'systems', 'What would it miss? What would we still not know about why this happened, or about what it was like for the child?', 'Beth fyddai’n ei fethu? Beth na fydden ni’n ei wybod o hyd am pam y digwyddodd hyn, neu am sut brofiad oedd hyn i’r plentyn?'),
    p('defensive-unsaid', 'model-i', 'Is there something here that is hard to say out loud? What would happen to the person who said it?', 'Oes rhywbeth yma sy’n anodd ei ddweud ar goedd? Beth fyddai’n digwydd i’r person a fyddai’n ei ddweud?'),
  ],
  single: [
    p('single-next-time', 'systems', 'Keeping the same goals and rules, what would you do differently next time?', 'Gan gadw’r un nodau a’r un rheolau, beth fyddech chi’n ei wneud yn wahanol y tro nesaf?'),
    p('single-busy-day', 'systems', 'What would make that change easy to do on a busy day, rather than one more thing to remember?', 'Beth fyddai’n gwneud y newid hwnnw’n hawdd ei wneud ar ddiwrnod prysur, yn hytrach nag yn un peth arall i’w gofio?'),
    p('single-no-difference', 'model-ii', 'How would you find out quickly if the change made no difference?', 'Sut byddech chi’n cael gwybod yn gyflym os nad oedd y newid wedi gwneud unrhyw wahaniaeth?'),
  ],
  double: [
    p('double-made-sense', 'systems', 'Why did what people did make sense to them at the time?', 'Pam roedd yr hyn a wnaeth pobl yn gwneud synnwyr iddyn nhw ar y pryd?'),
    p('double-gap', 'espoused-theory', 'What do we say we do here, and what do we actually do? Where is the gap?', 'Beth rydyn ni’n dweud ein bod yn ei wneud yma, a beth rydyn ni’n ei wneud mewn gwirionedd? Ble mae’r bwlch?'),
    p('double-unwritten-rules', 'espoused-theory', 'Which assumptions or unwritten rules (“we always…”, “that’s not our job”) made the action seem right?', 'Pa ragdybiaethau neu reolau anysgrifenedig (“rydyn ni wastad yn…”, “nid ein gwaith ni yw hynny”) a wnaeth i’r weithred ymddangos yn iawn?'),
    p('double-targets', 'systems', 'Which targets, measures or audits reward the way we work now?', 'Pa dargedau, mesurau neu archwiliadau sy’n gwobrwyo’r ffordd rydyn ni’n gweithio nawr?'),
    p('double-test-openly', 'model-ii', 'How could we test those assumptions openly, with the evidence on the table, rather than defend them?', 'Sut gallen ni brofi’r rhagdybiaethau hynny’n agored, gyda’r dystiolaeth ar y bwrdd, yn hytrach na’u hamddiffyn?'),
  ],
  triple: [
    p('triple-who-decides', 'systems', 'How does our partnership decide what counts as learning, and who decides?', 'Sut mae ein partneriaeth yn penderfynu beth sy’n cyfrif fel dysgu, a phwy sy’n penderfynu?'),
    p('triple-before', 'espoused-theory', 'Have we had this learning before? Why did it not change practice last time?', 'Ydyn ni wedi cael y dysgu hwn o’r blaen? Pam na wnaeth newid arferion y tro diwethaf?'),
    p('triple-not-in-room', 'model-ii', 'Who is not in the room: children and families, other agencies, front-line staff, people who see it differently?', 'Pwy sydd ddim yn yr ystafell: plant a theuluoedd, asiantaethau eraill, staff rheng flaen, pobl sy’n gweld pethau’n wahanol?'),
    p('triple-reached-practice', 'systems', 'How would we know the learning has reached practice, not just that it was sent out?', 'Sut bydden ni’n gwybod bod y dysgu wedi cyrraedd arferion gwaith, ac nid dim ond ei fod wedi cael ei anfon allan?'),
  ],
  'next-experiment': [
    p('next-small-change', 'model-ii', 'What is one small change you could try in the next few weeks?', 'Beth yw un newid bach y gallech chi roi cynnig arno yn yr wythnosau nesaf?'),
    p('next-how-know', 'model-ii', 'How will you know it worked? What will you count, and whom will you ask?', 'Sut byddwch chi’n gwybod iddo weithio? Beth fyddwch chi’n ei gyfrif, a phwy fyddwch chi’n ei holi?'),
    p('next-look-again', 'systems', 'When will you look again, and whom will you tell what you found?', 'Pryd byddwch chi’n edrych eto, ac wrth bwy y byddwch chi’n dweud beth wnaethoch chi ei ganfod?'),
  ],
};
