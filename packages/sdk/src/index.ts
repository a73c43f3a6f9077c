/**
 * `@slk/sdk`: the Safeguarding Learning Kit's domain SDK.
 *
 * No Lit and no DOM rendering: it runs in Node and in browsers, so agency systems can use
 * the same schemas, clocks and derivations as the components.
 *
 * @packageDocumentation
 */
export {
  LOCALES,
  SOURCE_LOCALE,
  LOCALE_ENDONYMS,
  isLocale,
  resolveLocale,
  negotiateLocale,
  type Locale,
} from './locale.js';
export { draft, localise, type LocalisedText } from './localised-text.js';
export * from './time/index.js';
export * from './model/index.js';
export * from './derive/index.js';
export * from './storage/index.js';
export * from './exchange/index.js';
export { eventEvaluationFormDefinition, followUpFormDefinition, FEEDBACK_FORM_DEFINITIONS } from './forms/feedback-forms.js';
export { LOOP_PROMPTS, LOOP_SECTIONS, LOOP_SECTION_FIELDS, LOOP_SECTION_KEYS, PROMPT_SOURCES, type LoopPrompt, type LoopSection, type PromptSource } from './forms/loop-prompts.js';
export { LOOP_WORKED_EXAMPLE } from './forms/loop-worked-example.js';
export { BRIEFING_PROMPTS, GENERAL_PROMPTS, WENT_WELL_PROMPTS, type BriefingPrompts, type PatternCategory } from './forms/briefing-prompts.js';
