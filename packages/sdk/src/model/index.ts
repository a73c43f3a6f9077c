/** The review model: code lists, schemas, validation and messages. */
export * from './codes.js';
export * from './schemas.js';
export { ID_PATTERN, fieldMeta, type FieldMeta } from './fields.js';
export * from './messages.js';
export * from './migrations.js';
export { checkFormIntegrity, checkResponseAgainstForm, checkReviewIntegrity, formQuestions, isQuestionShown } from './integrity.js';
export * from './validate.js';
