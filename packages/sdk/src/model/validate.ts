/**
 * Reading documents: `parseReview(input)` and its siblings take anything (parsed JSON from a
 * file, a request body, storage) and return `{ ok: true, review }` or `{ ok: false, errors }`.
 * They never throw, and their messages never contain what was entered.
 */
import type * as z from 'zod/mini';
import type { Locale } from '../locale.js';
import { toValidationErrors } from './issues.js';
import { checkEntityIntegrity, checkFormIntegrity, checkResponseAgainstForm, checkReviewIntegrity } from './integrity.js';
import { message, validationError, type ValidationError } from './messages.js';
import { MIGRATIONS, migrate, type MigrationRegistry } from './migrations.js';
import {
  DOCUMENT_SCHEMAS,
  ENTITY_SCHEMAS,
  type EntityCollection,
  type EntityOf,
  SCHEMA_VERSION,
  type DocumentKind,
  type FeedbackForm,
  type FeedbackResponse,
  type LoopWorksheet,
  type PseudonymKey,
  type Review,
} from './schemas.js';
import { checkKeyIntegrity } from './key.js';
import { draft, type LocalisedText } from '../localised-text.js';

export interface ParseOptions {
  /** Language of `message` in each error; every error also has `text` in both. Default en-GB. */
  readonly locale?: Locale;
  /** Migrations to apply to older documents (tests and partnership extensions). */
  readonly migrations?: MigrationRegistry;
}

export type Failure = { readonly ok: false; readonly errors: readonly ValidationError[] };

const DOCUMENT_NAMES: Record<DocumentKind, LocalisedText> = {
  review: draft('a review', 'adolygiad'),
  'feedback-form': draft('a feedback form', 'ffurflen adborth'),
  'feedback-response': draft('a feedback response', 'ymateb adborth'),
  'loop-worksheet': draft('a loop-learning worksheet', 'taflen waith dysgu dolen'),
  'pseudonym-key': draft('a pseudonym key', 'allwedd ffugenwau'),
};

type Checker<T> = (document: T, locale: Locale) => ValidationError[];

function parseAs<T>(kind: DocumentKind, input: unknown, options: ParseOptions, check?: Checker<T>): { ok: true; value: T } | Failure {
  const locale = options.locale ?? 'en-GB';
  const entity = DOCUMENT_NAMES[kind];
  try {
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
      return { ok: false, errors: [validationError([], 'not-an-object', message('not-an-object', { entity }), locale)] };
    }
    const record = input as Record<string, unknown>;
    if (record['kind'] !== undefined && record['kind'] !== kind) {
      return { ok: false, errors: [validationError(['kind'], 'wrong-document-kind', message('wrong-document-kind', { entity, kind }), locale)] };
    }
    const migrated = migrate(kind, record, SCHEMA_VERSION, options.migrations ?? MIGRATIONS);
    if (!migrated.ok) {
      const code = migrated.reason === 'newer' ? 'schema-version-newer' : 'schema-version-unsupported';
      return { ok: false, errors: [validationError(['schemaVersion'], code, message(code, { found: migrated.found, current: SCHEMA_VERSION }), locale)] };
    }
    const schema = DOCUMENT_SCHEMAS[kind] as unknown as z.ZodMiniType<T>;
    const result = schema.safeParse(migrated.document);
    if (!result.success) return { ok: false, errors: toValidationErrors(schema, result.error.issues, migrated.document, locale) };
    const errors = check ? check(result.data, locale) : [];
    return errors.length ? { ok: false, errors } : { ok: true, value: result.data };
  } catch {
    // Nothing above should throw; if it does, the caller still gets an answer, not a crash.
    return { ok: false, errors: [validationError([], 'internal', message('internal', {}), locale)] };
  }
}

/** Reads a review: schema, then cross-references and domain rules. Never throws. */
export function parseReview(input: unknown, options: ParseOptions = {}): { readonly ok: true; readonly review: Review } | Failure {
  const result = parseAs<Review>('review', input, options, checkReviewIntegrity);
  return result.ok ? { ok: true, review: result.value } : result;
}

/** Reads a feedback form definition. Never throws. */
export function parseFeedbackForm(input: unknown, options: ParseOptions = {}): { readonly ok: true; readonly form: FeedbackForm } | Failure {
  const result = parseAs<FeedbackForm>('feedback-form', input, options, checkFormIntegrity);
  return result.ok ? { ok: true, form: result.value } : result;
}

/** Reads a feedback response; with `form`, also checks the answers against it. Never throws. */
export function parseFeedbackResponse(
  input: unknown,
  options: ParseOptions & { readonly form?: FeedbackForm } = {},
): { readonly ok: true; readonly response: FeedbackResponse } | Failure {
  const { form } = options;
  const result = parseAs<FeedbackResponse>('feedback-response', input, options, form ? (r, l) => checkResponseAgainstForm(r, form, l) : undefined);
  return result.ok ? { ok: true, response: result.value } : result;
}

/** Reads a loop-learning worksheet. Never throws. */
export function parseLoopWorksheet(input: unknown, options: ParseOptions = {}): { readonly ok: true; readonly worksheet: LoopWorksheet } | Failure {
  const result = parseAs<LoopWorksheet>('loop-worksheet', input, options);
  return result.ok ? { ok: true, worksheet: result.value } : result;
}

/** Reads a pseudonym key (kept apart from the review; used to redact). Never throws. */
export function parsePseudonymKey(input: unknown, options: ParseOptions = {}): { readonly ok: true; readonly key: PseudonymKey } | Failure {
  const result = parseAs<PseudonymKey>('pseudonym-key', input, options, checkKeyIntegrity);
  return result.ok ? { ok: true, key: result.value } : result;
}

/**
 * Checks one record of a review on its own, as a form about to save it would: its schema, its
 * references to other records of `review` (an entry's agency and episodes must exist) and its
 * own rules. Paths are relative to the record (`source`, `kpeIds[1]`), so a form can put each
 * message beside its field. Never throws; messages never contain what was entered.
 */
export function parseEntity<C extends EntityCollection>(
  collection: C,
  input: unknown,
  review: Pick<Review, EntityCollection>,
  options: Pick<ParseOptions, 'locale'> = {},
): { readonly ok: true; readonly entity: EntityOf<C> } | Failure {
  const locale = options.locale ?? 'en-GB';
  try {
    const schema = ENTITY_SCHEMAS[collection] as unknown as z.ZodMiniType<EntityOf<C>>;
    const result = schema.safeParse(input);
    if (!result.success) return { ok: false, errors: toValidationErrors(schema, result.error.issues, input, locale) };
    const errors = checkEntityIntegrity(collection, result.data, (target, id) => review[target].some((record) => record.id === id), locale);
    return errors.length ? { ok: false, errors } : { ok: true, entity: result.data };
  } catch {
    return { ok: false, errors: [validationError([], 'internal', message('internal', {}), locale)] };
  }
}

export type AnyDocument =
  | { readonly kind: 'review'; readonly document: Review }
  | { readonly kind: 'feedback-form'; readonly document: FeedbackForm }
  | { readonly kind: 'feedback-response'; readonly document: FeedbackResponse }
  | { readonly kind: 'loop-worksheet'; readonly document: LoopWorksheet }
  | { readonly kind: 'pseudonym-key'; readonly document: PseudonymKey };

/** Reads any kit document, by its `kind`. Never throws. */
export function parseDocument(input: unknown, options: ParseOptions = {}): ({ readonly ok: true } & AnyDocument) | Failure {
  const kind = input && typeof input === 'object' ? (input as Record<string, unknown>)['kind'] : undefined;
  switch (kind) {
    case 'review': {
      const r = parseReview(input, options);
      return r.ok ? { ok: true, kind, document: r.review } : r;
    }
    case 'feedback-form': {
      const r = parseFeedbackForm(input, options);
      return r.ok ? { ok: true, kind, document: r.form } : r;
    }
    case 'feedback-response': {
      const r = parseFeedbackResponse(input, options);
      return r.ok ? { ok: true, kind, document: r.response } : r;
    }
    case 'loop-worksheet': {
      const r = parseLoopWorksheet(input, options);
      return r.ok ? { ok: true, kind, document: r.worksheet } : r;
    }
    case 'pseudonym-key': {
      const r = parsePseudonymKey(input, options);
      return r.ok ? { ok: true, kind, document: r.key } : r;
    }
    default: {
      const locale = options.locale ?? 'en-GB';
      const text = draft(
        'Give the document’s kind: review, feedback-form, feedback-response, loop-worksheet or pseudonym-key',
        'Rhowch fath y ddogfen: review, feedback-form, feedback-response, loop-worksheet neu pseudonym-key',
      );
      return { ok: false, errors: [validationError(['kind'], 'wrong-document-kind', text, locale)] };
    }
  }
}
