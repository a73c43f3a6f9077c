/** The review model: code lists, schemas, validation and messages. */
export * from './codes.js';
export * from './schemas.js';
export { ID_PATTERN, fieldMeta, type FieldMeta } from './fields.js';
export * from './messages.js';
export * from './migrations.js';
export {
  answerTo,
  checkEntityIntegrity,
  checkFormIntegrity,
  checkResponseAgainstForm,
  checkReviewIntegrity,
  formQuestions,
  isQuestionShown,
  referencesTo,
  type ExistsIn,
} from './integrity.js';
export * from './validate.js';
export * from './answers.js';
export { checkKeyAgainstReview, checkKeyIntegrity } from './key.js';
export { forEachString, mapFreeText, type StringKind, type TextPath } from './text-fields.js';
export { balanceBidi } from './bidi.js';
