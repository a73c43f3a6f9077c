/**
 * The review model: every entity a practice review records, as zod schemas. Types come from
 * the schemas (`z.output`), so the model is written once.
 *
 * Traceability runs through ids: chronology entry → key practice episode → contributory
 * factor → pattern → finding → recommendation → action → evidence → impact review.
 *
 * Objects are strict: a field the model does not know is refused, so no one can quietly add
 * a `name` to a subject. People in a review are recorded by pseudonym only; the key that maps
 * pseudonyms to real names is never part of a review.
 */
import * as z from 'zod/mini';
import {
  ACTION_STATUSES, AGENCY_SECTORS, AUDIENCES, DECISION_OUTCOMES, EVIDENCE_ASSESSMENTS, EVIDENCE_TYPES,
  FACTOR_INFLUENCES, FACTOR_LEVELS, FEEDBACK_TIMEPOINTS, IMPACT_RATINGS, INTERVENTION_STRENGTHS, INTERVENTION_TYPES,
  KIRKPATRICK_LEVELS, KPE_ASSESSMENTS, LEARNING_EVENT_FORMATS, LOCI_OF_CHANGE, LOOP_LEVELS, METHODOLOGIES,
  NATION_LIST, PATTERN_CATEGORIES, RECOMMENDATION_SCOPES, REVIEW_STATUSES, REVIEW_TYPES, SEIPS_ELEMENTS,
  SIGNIFICANCE, SUBJECT_ROLES, YCFF_DOMAINS,
} from './codes.js';
import { bilingual, choice, entity, field, id, isoDate, list, partialDate, ref, requiredList, text, url } from './fields.js';

/** The schema version this release writes. Older documents are migrated on reading. */
export const SCHEMA_VERSION = 1;

const SHORT = 200;
const LONG = 5000;

function schemaVersion() {
  return field(z.int().check(z.positive()), 'number', 'the schema version', 'fersiwn y sgema', `The version of the document format: ${SCHEMA_VERSION} in this release.`);
}

function visibility() {
  return z._default(choice(AUDIENCES, 'who may see this', 'pwy gaiff weld hwn', 'The widest audience allowed to see this record.'), 'panel');
}

export const subjectSchema = entity(
  z.strictObject({
    id: id('the person’s id', 'dynodydd y person'),
    pseudonym: text('the pseudonym', 'y ffugenw', 60, 'How the review refers to this person, such as “Child J”. Never a real name.'),
    role: choice(SUBJECT_ROLES, 'the person’s role in the review', 'rôl y person yn yr adolygiad'),
    ageAtIncident: z.optional(field(z.int().check(z.minimum(0), z.maximum(120)), 'number', 'the age at the time of the incident', 'yr oedran adeg y digwyddiad')),
  }),
  'a person in the review',
  'person yn yr adolygiad',
);

export const agencySchema = entity(
  z.strictObject({
    id: id('the agency id', 'dynodydd yr asiantaeth'),
    code: field(z.string().check(z.regex(/^[A-Z0-9][A-Z0-9-]{0,11}$/)), 'text', 'the agency code', 'cod yr asiantaeth', 'A short upper-case code, such as CSC or POLICE.', { format: 'code' }),
    name: text('the agency name', 'enw’r asiantaeth', SHORT),
    sector: choice(AGENCY_SECTORS, 'the agency’s sector', 'sector yr asiantaeth'),
    statutoryPartner: field(z.boolean(), 'boolean', 'whether the agency is a statutory safeguarding partner', 'a yw’r asiantaeth yn bartner diogelu statudol'),
  }),
  'an agency',
  'asiantaeth',
);

export const chronologyEntrySchema = entity(
  z.strictObject({
    id: id('the entry id', 'dynodydd y cofnod'),
    date: partialDate('the date of the entry', 'dyddiad y cofnod'),
    agencyId: ref('the agency the entry comes from', 'yr asiantaeth y daw’r cofnod ohoni'),
    source: text('the source of the entry', 'ffynhonnell y cofnod', SHORT, 'Where the fact is recorded: a case record, a referral, a minute.'),
    event: text('what happened', 'beth ddigwyddodd', LONG, 'The fact, not an opinion.'),
    actionTaken: z.optional(text('the action taken', 'y camau a gymerwyd', LONG)),
    outcome: z.optional(text('the outcome', 'y canlyniad', LONG)),
    practitionerRole: z.optional(text('the practitioner’s role', 'rôl yr ymarferydd', SHORT, 'A role, such as “health visitor”. Never a name.')),
    subjectIds: list(ref('a person in the entry', 'person yn y cofnod'), 'the people in the entry', 'y bobl yn y cofnod'),
    kpeIds: list(ref('a key practice episode', 'cyfnod ymarfer allweddol'), 'the key practice episodes the entry belongs to', 'y cyfnodau ymarfer allweddol y mae’r cofnod yn perthyn iddynt'),
    significance: z._default(choice(SIGNIFICANCE, 'how significant the entry is', 'pa mor arwyddocaol yw’r cofnod'), 'medium'),
    visibility: visibility(),
  }),
  'a chronology entry',
  'cofnod cronoleg',
);

export const keyPracticeEpisodeSchema = entity(
  z.strictObject({
    id: id('the episode id', 'dynodydd y cyfnod'),
    title: text('the episode title', 'teitl y cyfnod', SHORT),
    window: entity(
      z.strictObject({
        start: partialDate('when the episode started', 'pryd y dechreuodd y cyfnod'),
        end: partialDate('when the episode ended', 'pryd y daeth y cyfnod i ben'),
      }),
      'when the episode happened',
      'pryd y digwyddodd y cyfnod',
    ),
    summary: text('the summary of the episode', 'crynodeb y cyfnod', LONG),
    atTheTime: text('how it looked at the time', 'sut yr oedd yn edrych ar y pryd', LONG, 'Why practitioners’ actions made sense to them then.'),
    assessment: choice(KPE_ASSESSMENTS, 'the assessment of practice', 'yr asesiad o’r arferion'),
    agencyIds: list(ref('an agency involved', 'asiantaeth a oedd yn rhan'), 'the agencies involved', 'yr asiantaethau a oedd yn rhan'),
    visibility: visibility(),
  }),
  'a key practice episode',
  'cyfnod ymarfer allweddol',
);

export const contributoryFactorSchema = entity(
  z.strictObject({
    id: id('the factor id', 'dynodydd y ffactor'),
    title: text('the factor title', 'teitl y ffactor', SHORT),
    description: text('the description of the factor', 'disgrifiad y ffactor', LONG),
    level: choice(FACTOR_LEVELS, 'the level of the system', 'lefel y system'),
    influence: choice(FACTOR_INFLUENCES, 'how the factor influenced practice', 'sut y dylanwadodd y ffactor ar arferion'),
    seips: list(choice(SEIPS_ELEMENTS, 'a SEIPS work-system element', 'elfen system waith SEIPS'), 'the SEIPS elements', 'elfennau SEIPS'),
    ycff: list(choice(YCFF_DOMAINS, 'a Yorkshire framework domain', 'parth fframwaith Swydd Efrog'), 'the Yorkshire framework domains', 'parthau fframwaith Swydd Efrog'),
    kpeIds: list(ref('a key practice episode', 'cyfnod ymarfer allweddol'), 'the key practice episodes it influenced', 'y cyfnodau ymarfer allweddol y dylanwadodd arnynt'),
    evidence: list(
      entity(
        z.strictObject({
          entryId: ref('the chronology entry', 'y cofnod cronoleg'),
          note: z.optional(text('the note on the evidence', 'y nodyn ar y dystiolaeth', LONG)),
        }),
        'evidence for the factor',
        'tystiolaeth ar gyfer y ffactor',
      ),
      'the evidence for the factor',
      'y dystiolaeth ar gyfer y ffactor',
    ),
    visibility: visibility(),
  }),
  'a contributory factor',
  'ffactor cyfrannol',
);

export const patternSchema = entity(
  z.strictObject({
    id: id('the pattern id', 'dynodydd y patrwm'),
    title: text('the pattern title', 'teitl y patrwm', SHORT),
    category: choice(PATTERN_CATEGORIES, 'the type of pattern', 'y math o batrwm'),
    description: text('the description of the pattern', 'disgrifiad y patrwm', LONG),
    factorIds: requiredList(ref('a contributory factor', 'ffactor cyfrannol'), 'the factors in the pattern', 'y ffactorau yn y patrwm'),
  }),
  'a pattern',
  'patrwm',
);

export const findingSchema = entity(
  z.strictObject({
    id: id('the finding id', 'dynodydd y canfyddiad'),
    title: text('the finding title', 'teitl y canfyddiad', SHORT),
    summary: text('the summary of the finding', 'crynodeb y canfyddiad', LONG),
    patternIds: list(ref('a pattern', 'patrwm'), 'the patterns behind the finding', 'y patrymau y tu ôl i’r canfyddiad'),
    questionIds: list(ref('a review question', 'cwestiwn adolygu'), 'the review questions it answers', 'cwestiynau’r adolygiad y mae’n eu hateb'),
    lociOfChange: requiredList(choice(LOCI_OF_CHANGE, 'where change can be made', 'ble gellir gwneud newid'), 'where change can be made', 'ble gellir gwneud newid'),
  }),
  'a finding',
  'canfyddiad',
);

export const recommendationSchema = entity(
  z.strictObject({
    id: id('the recommendation id', 'dynodydd yr argymhelliad'),
    text: text('the recommendation', 'yr argymhelliad', LONG),
    findingIds: requiredList(ref('a finding', 'canfyddiad'), 'the findings it responds to', 'y canfyddiadau y mae’n ymateb iddynt'),
    scope: choice(RECOMMENDATION_SCOPES, 'the scope of the recommendation', 'cwmpas yr argymhelliad'),
    addressee: text('who the recommendation is for', 'i bwy mae’r argymhelliad', SHORT),
    addresseeAgencyIds: list(ref('an agency it is for', 'asiantaeth y mae ar ei chyfer'), 'the agencies it is for', 'yr asiantaethau y mae ar eu cyfer'),
    interventionType: choice(INTERVENTION_TYPES, 'the kind of action it asks for', 'y math o gamau y mae’n gofyn amdanynt'),
    interventionStrength: z.optional(choice(INTERVENTION_STRENGTHS, 'the intervention strength', 'cryfder yr ymyriad', 'When left out, the usual strength of its kind of action.')),
  }),
  'a recommendation',
  'argymhelliad',
);

const evidenceSchema = entity(
  z.strictObject({
    id: id('the evidence id', 'dynodydd y dystiolaeth'),
    type: choice(EVIDENCE_TYPES, 'the kind of evidence', 'y math o dystiolaeth'),
    date: isoDate('the date of the evidence', 'dyddiad y dystiolaeth'),
    summary: text('the summary of the evidence', 'crynodeb y dystiolaeth', LONG),
    link: z.optional(url('the link to the evidence', 'y ddolen i’r dystiolaeth')),
    assessment: z._default(choice(EVIDENCE_ASSESSMENTS, 'how the evidence was judged', 'sut y barnwyd y dystiolaeth'), 'pending'),
    assessedOn: z.optional(isoDate('the date the evidence was judged', 'y dyddiad y barnwyd y dystiolaeth')),
  }),
  'an evidence item',
  'eitem o dystiolaeth',
);

const reviewPointSchema = entity(
  z.strictObject({
    months: field(z.int().check(z.minimum(1), z.maximum(60)), 'number', 'the months after completion', 'y misoedd ar ôl cwblhau'),
    dueDate: isoDate('the date the impact review is due', 'y dyddiad y mae’r adolygiad effaith yn ddyledus'),
    reviewedOn: z.optional(isoDate('the date of the impact review', 'dyddiad yr adolygiad effaith')),
    rating: z.optional(choice(IMPACT_RATINGS, 'what the impact review found', 'beth a ganfu’r adolygiad effaith')),
    summary: z.optional(text('the summary of the impact review', 'crynodeb yr adolygiad effaith', LONG)),
  }),
  'an impact review point',
  'pwynt adolygu effaith',
);

export const actionSchema = entity(
  z.strictObject({
    id: id('the action id', 'dynodydd y cam gweithredu'),
    recommendationId: ref('the recommendation the action answers', 'yr argymhelliad y mae’r cam gweithredu’n ei ateb'),
    agencyId: ref('the agency responsible', 'yr asiantaeth gyfrifol'),
    title: text('the action', 'y cam gweithredu', SHORT),
    description: z.optional(text('the description of the action', 'disgrifiad y cam gweithredu', LONG)),
    leadOfficer: entity(
      z.strictObject({
        role: text('the lead officer’s role', 'rôl y swyddog arweiniol', SHORT),
        name: z.optional(text('the lead officer’s name', 'enw’r swyddog arweiniol', SHORT, 'A member of staff; replaced by the role in published exports.')),
      }),
      'the lead officer',
      'y swyddog arweiniol',
    ),
    status: choice(ACTION_STATUSES, 'the status of the action', 'statws y cam gweithredu'),
    statusRationale: z.optional(text('the reason for the status', 'y rheswm dros y statws', LONG, 'Required when an action is superseded or cancelled.')),
    agreedOn: z.optional(isoDate('the date the action was agreed', 'y dyddiad y cytunwyd ar y cam gweithredu')),
    dueDate: isoDate('the date the action is due', 'y dyddiad y mae’r cam gweithredu’n ddyledus'),
    completedOn: z.optional(isoDate('the date the action was completed', 'y dyddiad y cwblhawyd y cam gweithredu')),
    interventionType: z.optional(choice(INTERVENTION_TYPES, 'the kind of action', 'y math o gam gweithredu', 'When left out, the recommendation’s.')),
    interventionStrength: z.optional(choice(INTERVENTION_STRENGTHS, 'the intervention strength', 'cryfder yr ymyriad', 'When left out, derived from the kind of action.')),
    milestones: list(
      entity(
        z.strictObject({
          id: id('the milestone id', 'dynodydd y garreg filltir'),
          title: text('the milestone', 'y garreg filltir', SHORT),
          dueDate: isoDate('the date the milestone is due', 'y dyddiad y mae’r garreg filltir yn ddyledus'),
          completedOn: z.optional(isoDate('the date the milestone was met', 'y dyddiad y cyrhaeddwyd y garreg filltir')),
        }),
        'a milestone',
        'carreg filltir',
      ),
      'the milestones',
      'y cerrig milltir',
    ),
    progressNotes: list(
      entity(
        z.strictObject({
          date: isoDate('the date of the note', 'dyddiad y nodyn'),
          role: text('the role of who wrote the note', 'rôl yr awdur', SHORT),
          text: text('the progress note', 'y nodyn cynnydd', LONG),
        }),
        'a progress note',
        'nodyn cynnydd',
      ),
      'the progress notes',
      'y nodiadau cynnydd',
    ),
    evidence: list(evidenceSchema, 'the evidence', 'y dystiolaeth'),
    impactMeasure: z.optional(
      entity(
        z.strictObject({
          description: text('how impact will be measured', 'sut y mesurir effaith', LONG),
          baseline: z.optional(text('the baseline', 'y llinell sylfaen', SHORT)),
          target: z.optional(text('the target', 'y targed', SHORT)),
        }),
        'the impact measure',
        'y mesur effaith',
      ),
    ),
    reviewPoints: list(reviewPointSchema, 'the impact review points', 'y pwyntiau adolygu effaith'),
    origin: z.optional(
      entity(
        z.strictObject({
          kind: field(z.literal('loop-worksheet'), 'text', 'where the action was proposed', 'o ble y cynigiwyd y cam gweithredu', 'Always "loop-worksheet" in this release.'),
          worksheetId: ref('the worksheet', 'y daflen waith'),
          loop: choice(LOOP_LEVELS, 'the kind of learning the idea came from', 'y math o ddysgu y daeth y syniad ohono'),
          subjectKind: field(z.enum(['finding', 'pattern', 'kpe', 'scenario']), 'choice', 'what the worksheet was about', 'am beth oedd y daflen waith'),
          subjectId: z.optional(ref('the finding, pattern or episode the worksheet was about', 'y canfyddiad, patrwm neu gyfnod yr oedd y daflen waith yn ei gylch')),
        }),
        'where the action came from',
        'o ble y daeth y cam gweithredu',
        'Set when the action was proposed from a loop-learning worksheet, so the chain from finding to action continues.',
      ),
    ),
    signOff: z.optional(
      entity(
        z.strictObject({
          role: text('the role of who signed off', 'rôl y sawl a gymeradwyodd', SHORT),
          name: z.optional(text('the name of who signed off', 'enw’r sawl a gymeradwyodd', SHORT)),
          date: isoDate('the date of sign-off', 'dyddiad y gymeradwyaeth'),
          note: z.optional(text('the sign-off note', 'nodyn y gymeradwyaeth', LONG)),
        }),
        'the assurance sign-off',
        'y gymeradwyaeth sicrwydd',
      ),
    ),
  }),
  'an action',
  'cam gweithredu',
);

export const learningEventSchema = entity(
  z.strictObject({
    id: id('the learning event id', 'dynodydd y digwyddiad dysgu'),
    title: text('the learning event title', 'teitl y digwyddiad dysgu', SHORT),
    date: isoDate('the date of the learning event', 'dyddiad y digwyddiad dysgu'),
    format: choice(LEARNING_EVENT_FORMATS, 'how the event is held', 'sut y cynhelir y digwyddiad'),
    audience: text('who the event is for', 'ar gyfer pwy mae’r digwyddiad', SHORT),
    agencyIds: list(ref('an agency taking part', 'asiantaeth sy’n cymryd rhan'), 'the agencies taking part', 'yr asiantaethau sy’n cymryd rhan'),
    attendance: z.optional(field(z.int().check(z.minimum(0)), 'number', 'the number who attended', 'nifer y rhai a fynychodd')),
    evaluationFormId: z.optional(ref('the evaluation form', 'y ffurflen werthuso')),
    followUpFormId: z.optional(ref('the follow-up form', 'y ffurflen ddilynol')),
    raised: list(
      entity(
        z.strictObject({
          id: id('the point’s id', 'dynodydd y pwynt'),
          text: text('what practitioners raised', 'beth a godwyd gan ymarferwyr', LONG),
          response: z.optional(text('what changed as a result', 'beth newidiodd o ganlyniad', LONG)),
          actionIds: list(ref('an action taken', 'cam gweithredu a gymerwyd'), 'the actions taken', 'y camau a gymerwyd'),
        }),
        'a point practitioners raised',
        'pwynt a godwyd gan ymarferwyr',
      ),
      'what practitioners raised',
      'beth a godwyd gan ymarferwyr',
    ),
  }),
  'a learning event',
  'digwyddiad dysgu',
);

const milestoneName = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const reviewQuestionSchema = entity(
  z.strictObject({ id: id('the question id', 'dynodydd y cwestiwn'), text: text('the review question', 'cwestiwn yr adolygiad', LONG) }),
  'a review question',
  'cwestiwn adolygu',
);

export const reviewSchema = entity(
  z.strictObject({
    schemaVersion: schemaVersion(),
    kind: field(z.literal('review'), 'text', 'the document kind', 'math y ddogfen', 'Always "review".'),
    id: id('the review id', 'dynodydd yr adolygiad'),
    title: text('the review title', 'teitl yr adolygiad', SHORT),
    type: choice(REVIEW_TYPES, 'the type of review', 'y math o adolygiad'),
    nation: choice(NATION_LIST, 'the nation', 'y wlad'),
    partnership: entity(
      z.strictObject({
        name: text('the partnership name', 'enw’r bartneriaeth', SHORT),
        code: z.optional(text('the partnership code', 'cod y bartneriaeth', 20)),
      }),
      'the partnership',
      'y bartneriaeth',
    ),
    status: choice(REVIEW_STATUSES, 'the status of the review', 'statws yr adolygiad'),
    audience: z.optional(
      choice(AUDIENCES, 'who this copy is for', 'ar gyfer pwy mae’r copi hwn', 'Set on exported copies (internal, panel or publication), which are redacted for that audience. A working copy has none.'),
    ),
    incident: z.optional(
      entity(
        z.strictObject({
          date: partialDate('the date of the incident', 'dyddiad y digwyddiad'),
          summary: text('the summary of the incident', 'crynodeb y digwyddiad', LONG),
        }),
        'the incident that started the review',
        'y digwyddiad a ddechreuodd yr adolygiad',
      ),
    ),
    milestones: z._default(
      field(
        z.record(milestoneName, isoDate('the milestone date', 'dyddiad y garreg filltir')),
        'object',
        'the review’s milestone dates',
        'dyddiadau cerrig milltir yr adolygiad',
        'Dates such as local-authority-aware, notification-sent, rapid-review-sent, review-decision, published; they drive the statutory clocks.',
      ),
      {},
    ),
    decision: z.optional(
      entity(
        z.strictObject({
          outcome: choice(DECISION_OUTCOMES, 'the decision', 'y penderfyniad'),
          date: isoDate('the date of the decision', 'dyddiad y penderfyniad'),
          rationale: text('the reason for the decision', 'y rheswm dros y penderfyniad', LONG),
        }),
        'the decision',
        'y penderfyniad',
      ),
    ),
    methodology: z.optional(
      entity(
        z.strictObject({
          approach: choice(METHODOLOGIES, 'the review method', 'dull yr adolygiad'),
          description: z.optional(text('the description of the method', 'disgrifiad y dull', LONG)),
        }),
        'the method',
        'y dull',
      ),
    ),
    questions: list(reviewQuestionSchema, 'the review questions', 'cwestiynau’r adolygiad'),
    linkedReviews: list(
      entity(
        z.strictObject({
          reference: text('the linked review’s reference', 'cyfeirnod yr adolygiad cysylltiedig', SHORT),
          type: choice(REVIEW_TYPES, 'the linked review’s type', 'math yr adolygiad cysylltiedig'),
          relationship: field(z.enum(['parallel', 'previous', 'related']), 'choice', 'how the reviews are linked', 'sut mae’r adolygiadau’n gysylltiedig'),
          note: z.optional(text('the note on the linked review', 'y nodyn ar yr adolygiad cysylltiedig', LONG)),
        }),
        'a linked review',
        'adolygiad cysylltiedig',
      ),
      'the linked reviews',
      'yr adolygiadau cysylltiedig',
    ),
    publication: z.optional(
      entity(
        z.strictObject({
          url: z.optional(url('the address of the published report', 'cyfeiriad yr adroddiad cyhoeddedig')),
          publishedOn: z.optional(isoDate('the publication date', 'y dyddiad cyhoeddi')),
          availableUntil: z.optional(isoDate('the date the report may be taken down', 'y dyddiad y gellir tynnu’r adroddiad')),
        }),
        'the publication',
        'y cyhoeddiad',
      ),
    ),
    subjects: requiredList(subjectSchema, 'the people in the review', 'y bobl yn yr adolygiad'),
    agencies: requiredList(agencySchema, 'the agencies', 'yr asiantaethau'),
    chronology: list(chronologyEntrySchema, 'the chronology', 'y gronoleg'),
    keyPracticeEpisodes: list(keyPracticeEpisodeSchema, 'the key practice episodes', 'y cyfnodau ymarfer allweddol'),
    contributoryFactors: list(contributoryFactorSchema, 'the contributory factors', 'y ffactorau cyfrannol'),
    patterns: list(patternSchema, 'the patterns', 'y patrymau'),
    findings: list(findingSchema, 'the findings', 'y canfyddiadau'),
    recommendations: list(recommendationSchema, 'the recommendations', 'yr argymhellion'),
    actions: list(actionSchema, 'the actions', 'y camau gweithredu'),
    learningEvents: list(learningEventSchema, 'the learning events', 'y digwyddiadau dysgu'),
  }),
  'a review',
  'adolygiad',
);

// --- Feedback forms and responses -----------------------------------------------------

const questionBase = {
  id: id('the question id', 'dynodydd y cwestiwn'),
  label: bilingual('the question', 'y cwestiwn', 500),
  hint: z.optional(bilingual('the hint', 'yr awgrym', 1000)),
  required: z._default(field(z.boolean(), 'boolean', 'whether an answer is required', 'a oes angen ateb'), false),
  kirkpatrick: z.optional(choice(KIRKPATRICK_LEVELS, 'what the question measures', 'beth mae’r cwestiwn yn ei fesur')),
  showIf: z.optional(
    entity(
      z.strictObject({
        questionId: ref('the question it depends on', 'y cwestiwn y mae’n dibynnu arno'),
        anyOf: requiredList(z.string().check(z.minLength(1), z.maxLength(80)), 'the answers that show it', 'yr atebion sy’n ei ddangos'),
      }),
      'the condition for showing the question',
      'yr amod ar gyfer dangos y cwestiwn',
    ),
  ),
};

const optionSchema = entity(
  z.strictObject({
    value: field(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), 'text', 'the option value', 'gwerth yr opsiwn', 'A kebab-case code stored in responses.', { format: 'kebab' }),
    label: bilingual('the option', 'yr opsiwn', 300),
  }),
  'an answer option',
  'opsiwn ateb',
);

export const questionSchema = z.discriminatedUnion('type', [
  entity(z.strictObject({ ...questionBase, type: z.literal('single-choice'), options: requiredList(optionSchema, 'the options', 'yr opsiynau', 2) }), 'a single-choice question', 'cwestiwn un dewis'),
  entity(
    z.strictObject({
      ...questionBase,
      type: z.literal('multiple-choice'),
      options: requiredList(optionSchema, 'the options', 'yr opsiynau', 2),
      maxSelected: z.optional(field(z.int().check(z.positive()), 'number', 'the most options allowed', 'yr uchafswm opsiynau a ganiateir')),
    }),
    'a multiple-choice question',
    'cwestiwn amlddewis',
  ),
  entity(
    z.strictObject({
      ...questionBase,
      type: z.literal('rating'),
      min: field(z.int().check(z.minimum(0), z.maximum(10)), 'number', 'the lowest rating', 'y sgôr isaf'),
      max: field(z.int().check(z.minimum(1), z.maximum(10)), 'number', 'the highest rating', 'y sgôr uchaf'),
      minLabel: bilingual('the label of the lowest rating', 'label y sgôr isaf', 100),
      maxLabel: bilingual('the label of the highest rating', 'label y sgôr uchaf', 100),
    }),
    'a rating question',
    'cwestiwn sgorio',
  ),
  entity(
    z.strictObject({
      ...questionBase,
      type: z.literal('free-text'),
      maxLength: z._default(field(z.int().check(z.minimum(1), z.maximum(20000)), 'number', 'the longest answer allowed', 'yr ateb hiraf a ganiateir'), 2000),
      multiline: z._default(field(z.boolean(), 'boolean', 'whether the answer can be several lines', 'a all yr ateb fod yn sawl llinell'), true),
    }),
    'a free-text question',
    'cwestiwn testun rhydd',
  ),
  entity(z.strictObject({ ...questionBase, type: z.literal('yes-no') }), 'a yes or no question', 'cwestiwn ie neu na'),
  entity(z.strictObject({ ...questionBase, type: z.literal('date') }), 'a date question', 'cwestiwn dyddiad'),
]);

export const feedbackFormSchema = entity(
  z.strictObject({
    schemaVersion: schemaVersion(),
    kind: field(z.literal('feedback-form'), 'text', 'the document kind', 'math y ddogfen', 'Always "feedback-form".'),
    id: id('the form id', 'dynodydd y ffurflen'),
    version: field(z.int().check(z.positive()), 'number', 'the form version', 'fersiwn y ffurflen', 'Raise it when questions change; responses record the version they answered.'),
    title: bilingual('the form title', 'teitl y ffurflen', SHORT),
    description: z.optional(bilingual('the form description', 'disgrifiad y ffurflen', 2000)),
    purpose: field(z.enum(['event-evaluation', 'follow-up', 'other']), 'choice', 'what the form is for', 'at beth mae’r ffurflen'),
    timepoint: choice(FEEDBACK_TIMEPOINTS, 'when the form is used', 'pryd y defnyddir y ffurflen'),
    anonymous: z._default(field(z.boolean(), 'boolean', 'whether responses are anonymous', 'a yw ymatebion yn ddienw'), true),
    sections: requiredList(
      entity(
        z.strictObject({
          id: id('the section id', 'dynodydd yr adran'),
          title: bilingual('the section title', 'teitl yr adran', SHORT),
          description: z.optional(bilingual('the section description', 'disgrifiad yr adran', 2000)),
          questions: requiredList(questionSchema, 'the questions', 'y cwestiynau'),
        }),
        'a section of the form',
        'adran o’r ffurflen',
      ),
      'the sections of the form',
      'adrannau’r ffurflen',
    ),
  }),
  'a feedback form',
  'ffurflen adborth',
);

const answerSchema = field(
  z.union([z.string().check(z.maxLength(20000)), z.array(z.string().check(z.maxLength(80))), z.number(), z.boolean()]),
  'text',
  'the answer',
  'yr ateb',
);

export const feedbackResponseSchema = entity(
  z.strictObject({
    schemaVersion: schemaVersion(),
    kind: field(z.literal('feedback-response'), 'text', 'the document kind', 'math y ddogfen', 'Always "feedback-response".'),
    id: id('the response id', 'dynodydd yr ymateb'),
    formId: ref('the form answered', 'y ffurflen a atebwyd'),
    formVersion: field(z.int().check(z.positive()), 'number', 'the form version answered', 'fersiwn y ffurflen a atebwyd'),
    reviewId: z.optional(ref('the review', 'yr adolygiad')),
    learningEventId: z.optional(ref('the learning event', 'y digwyddiad dysgu')),
    timepoint: choice(FEEDBACK_TIMEPOINTS, 'when the response was given', 'pryd y rhoddwyd yr ymateb'),
    submittedOn: isoDate('the date of the response', 'dyddiad yr ymateb'),
    anonymous: z._default(field(z.boolean(), 'boolean', 'whether the response is anonymous', 'a yw’r ymateb yn ddienw'), true),
    respondent: z.optional(
      entity(
        z.strictObject({
          role: z.optional(text('the respondent’s role', 'rôl yr ymatebydd', SHORT)),
          agencySector: z.optional(choice(AGENCY_SECTORS, 'the respondent’s sector', 'sector yr ymatebydd')),
        }),
        'the respondent',
        'yr ymatebydd',
      ),
    ),
    answers: field(z.record(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/)), answerSchema), 'object', 'the answers', 'yr atebion'),
  }),
  'a feedback response',
  'ymateb adborth',
);

// --- Loop-learning worksheets ----------------------------------------------------------

const prose = (en: string, cy: string) => z.optional(text(en, cy, LONG));

export const loopWorksheetSchema = entity(
  z.strictObject({
    schemaVersion: schemaVersion(),
    kind: field(z.literal('loop-worksheet'), 'text', 'the document kind', 'math y ddogfen', 'Always "loop-worksheet".'),
    id: id('the worksheet id', 'dynodydd y daflen waith'),
    reviewId: z.optional(ref('the review', 'yr adolygiad')),
    title: z.optional(text('the worksheet title', 'teitl y daflen waith', SHORT)),
    subject: entity(
      z.strictObject({
        kind: field(z.enum(['finding', 'pattern', 'kpe', 'scenario']), 'choice', 'what the worksheet is about', 'am beth mae’r daflen waith'),
        refId: z.optional(ref('the finding, pattern or episode', 'y canfyddiad, patrwm neu gyfnod')),
        text: z.optional(text('the scenario', 'y senario', LONG)),
      }),
      'the subject of the worksheet',
      'pwnc y daflen waith',
    ),
    mode: field(z.enum(['individual', 'group']), 'choice', 'who is reflecting', 'pwy sy’n myfyrio'),
    status: z._default(field(z.enum(['draft', 'complete']), 'choice', 'whether the worksheet is finished', 'a yw’r daflen waith wedi’i gorffen'), 'draft'),
    defensive: entity(
      z.strictObject({
        response: prose('the defensive response', 'yr ymateb amddiffynnol'),
        protects: prose('what the defensive response protects', 'beth mae’r ymateb amddiffynnol yn ei amddiffyn'),
        misses: prose('what the defensive response misses', 'beth mae’r ymateb amddiffynnol yn ei fethu'),
      }),
      'the defensive response',
      'yr ymateb amddiffynnol',
    ),
    singleLoop: entity(z.strictObject({ change: prose('the action you would change', 'y weithred y byddech yn ei newid') }), 'single-loop learning', 'dysgu dolen sengl'),
    doubleLoop: entity(
      z.strictObject({
        assumptions: prose('the assumptions, rules or targets behind the action', 'y rhagdybiaethau, rheolau neu dargedau y tu ôl i’r weithred'),
        change: prose('what you would change in them', 'beth y byddech yn ei newid ynddynt'),
      }),
      'double-loop learning',
      'dysgu dolen ddwbl',
    ),
    tripleLoop: entity(
      z.strictObject({
        howWeLearn: prose('how the partnership learns and decides what counts', 'sut mae’r bartneriaeth yn dysgu ac yn penderfynu beth sy’n cyfrif'),
        whoIsMissing: prose('who is not in the room', 'pwy sydd ddim yn yr ystafell'),
      }),
      'triple-loop learning',
      'dysgu dolen driphlyg',
    ),
    nextExperiment: entity(
      z.strictObject({
        description: prose('the next experiment', 'yr arbrawf nesaf'),
        measure: prose('how you will know it worked', 'sut y byddwch yn gwybod iddo weithio'),
        reviewOn: z.optional(isoDate('the date to look again', 'y dyddiad i edrych eto')),
      }),
      'the next experiment',
      'yr arbrawf nesaf',
    ),
    contributions: list(
      entity(
        z.strictObject({
          id: id('the contribution id', 'dynodydd y cyfraniad'),
          section: field(z.enum([...LOOP_LEVELS.codes, 'next-experiment']), 'choice', 'the section of the worksheet', 'adran y daflen waith'),
          text: text('the contribution', 'y cyfraniad', LONG),
          author: z.optional(text('the contributor', 'y cyfrannwr', SHORT, 'Shown only when the group chooses to show authors.')),
        }),
        'a contribution',
        'cyfraniad',
      ),
      'the group’s contributions',
      'cyfraniadau’r grŵp',
    ),
    showAuthors: z._default(field(z.boolean(), 'boolean', 'whether contributors are named', 'a enwir cyfranwyr'), false),
    updatedOn: z.optional(isoDate('the date last updated', 'y dyddiad y’i diweddarwyd ddiwethaf')),
  }),
  'a loop-learning worksheet',
  'taflen waith dysgu dolen',
);

// --- Pseudonym keys ----------------------------------------------------------------------

/**
 * The key from pseudonyms to the people behind them. It is never stored with a review: the
 * partnership keeps it apart, and redaction uses it to find names and identifying details in
 * free text before anything is shared.
 */
export const pseudonymKeySchema = entity(
  z.strictObject({
    schemaVersion: schemaVersion(),
    kind: field(z.literal('pseudonym-key'), 'text', 'the document kind', 'math y ddogfen', 'Always "pseudonym-key".'),
    reviewId: ref('the review the key is for', 'yr adolygiad y mae’r allwedd ar ei gyfer'),
    people: requiredList(
      entity(
        z.strictObject({
          subjectId: ref('the person in the review', 'y person yn yr adolygiad'),
          names: requiredList(text('a name the person is known by', 'enw y mae’r person yn cael ei adnabod wrtho', SHORT), 'the names the person is known by', 'yr enwau y mae’r person yn cael ei adnabod wrthynt'),
          identifiers: list(text('an identifying detail', 'manylyn adnabod', SHORT), 'identifying details (dates of birth, addresses, schools, numbers)', 'manylion adnabod (dyddiadau geni, cyfeiriadau, ysgolion, rhifau)'),
        }),
        'a person in the key',
        'person yn yr allwedd',
      ),
      'the people',
      'y bobl',
    ),
    staff: list(
      entity(
        z.strictObject({
          name: text('the member of staff’s name', 'enw’r aelod o staff', SHORT),
          role: text('their role', 'eu rôl', SHORT),
        }),
        'a member of staff',
        'aelod o staff',
      ),
      'staff named in the review, with their roles',
      'staff a enwir yn yr adolygiad, gyda’u rolau',
    ),
  }),
  'a pseudonym key',
  'allwedd ffugenwau',
);

export type PseudonymKey = z.output<typeof pseudonymKeySchema>;
export type PseudonymKeyInput = z.input<typeof pseudonymKeySchema>;

export type Review = z.output<typeof reviewSchema>;
export type ReviewInput = z.input<typeof reviewSchema>;
export type Subject = z.output<typeof subjectSchema>;
export type Agency = z.output<typeof agencySchema>;
export type ChronologyEntry = z.output<typeof chronologyEntrySchema>;
export type KeyPracticeEpisode = z.output<typeof keyPracticeEpisodeSchema>;
export type ContributoryFactor = z.output<typeof contributoryFactorSchema>;
export type Pattern = z.output<typeof patternSchema>;
export type Finding = z.output<typeof findingSchema>;
export type Recommendation = z.output<typeof recommendationSchema>;
export type Action = z.output<typeof actionSchema>;
export type Evidence = Action['evidence'][number];
export type ReviewPoint = Action['reviewPoints'][number];
export type LearningEvent = z.output<typeof learningEventSchema>;
export type FeedbackForm = z.output<typeof feedbackFormSchema>;
export type FeedbackFormInput = z.input<typeof feedbackFormSchema>;
export type Question = z.output<typeof questionSchema>;
export type FeedbackResponse = z.output<typeof feedbackResponseSchema>;
export type FeedbackResponseInput = z.input<typeof feedbackResponseSchema>;
export type LoopWorksheet = z.output<typeof loopWorksheetSchema>;
export type LoopWorksheetInput = z.input<typeof loopWorksheetSchema>;

/** The collections of a review made of records with ids, which storage keeps one by one. */
export const ENTITY_COLLECTIONS = [
  'subjects',
  'agencies',
  'questions',
  'chronology',
  'keyPracticeEpisodes',
  'contributoryFactors',
  'patterns',
  'findings',
  'recommendations',
  'actions',
  'learningEvents',
] as const satisfies readonly (keyof Review)[];
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];
/** The value type of one entity in a collection. */
export type EntityOf<C extends EntityCollection> = Review[C][number];

/** The schema of one entity of each collection. */
export const ENTITY_SCHEMAS = {
  subjects: subjectSchema,
  agencies: agencySchema,
  questions: reviewQuestionSchema,
  chronology: chronologyEntrySchema,
  keyPracticeEpisodes: keyPracticeEpisodeSchema,
  contributoryFactors: contributoryFactorSchema,
  patterns: patternSchema,
  findings: findingSchema,
  recommendations: recommendationSchema,
  actions: actionSchema,
  learningEvents: learningEventSchema,
} as const satisfies Record<EntityCollection, unknown>;

/** The documents the kit stores and exchanges, by their `kind`. */
export const DOCUMENT_SCHEMAS = {
  review: reviewSchema,
  'feedback-form': feedbackFormSchema,
  'feedback-response': feedbackResponseSchema,
  'loop-worksheet': loopWorksheetSchema,
  'pseudonym-key': pseudonymKeySchema,
} as const;
export type DocumentKind = keyof typeof DOCUMENT_SCHEMAS;
