/**
 * Code lists: the controlled vocabularies of the review model, as versioned data with
 * British English and Welsh labels. Schemas, select options, story controls and test loops
 * all read their codes from here, so a code is added once.
 *
 * Welsh labels are drafts for review by a Welsh speaker.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import { NATIONS, type Nation } from '../time/clocks.js';

/** The version of every code list in this release. Stored data records which it used. */
export const CODE_LISTS_VERSION = '2026.1';

export interface CodeEntry<C extends string = string> {
  readonly code: C;
  readonly label: LocalisedText;
  readonly description?: LocalisedText;
}

export interface CodeList<C extends string = string> {
  readonly id: string;
  readonly version: string;
  /** What the list is, for documentation. */
  readonly title: LocalisedText;
  readonly codes: readonly [C, ...C[]];
  readonly entries: readonly CodeEntry<C>[];
}

type Row<C extends string> = readonly [code: C, en: string, cy: string, descriptionEn?: string, descriptionCy?: string];

function codeList<const C extends string>(id: string, title: LocalisedText, rows: readonly [Row<C>, ...Row<C>[]]): CodeList<C> {
  const entries = rows.map(([code, en, cy, dEn, dCy]) => ({
    code,
    label: draft(en, cy),
    ...(dEn ? { description: draft(dEn, dCy ?? dEn) } : {}),
  }));
  return { id, version: CODE_LISTS_VERSION, title, codes: rows.map((r) => r[0]) as [C, ...C[]], entries };
}

/** The label of a code in a locale (the code itself if the list does not know it). */
export function labelOf<C extends string>(list: CodeList<C>, code: C, locale: Locale = 'en-GB'): string {
  return list.entries.find((e) => e.code === code)?.label[locale] ?? code;
}

export const REVIEW_TYPES = codeList('review-types', draft('Types of review', 'Mathau o adolygiad'), [
  ['rapid-review', 'Rapid review', 'Adolygiad cyflym', 'The partnership’s first look at a serious incident (England).', 'Golwg gyntaf y bartneriaeth ar ddigwyddiad difrifol (Lloegr).'],
  ['local-cspr', 'Local child safeguarding practice review', 'Adolygiad lleol o arferion diogelu plant'],
  ['national-cspr', 'National child safeguarding practice review', 'Adolygiad cenedlaethol o arferion diogelu plant'],
  ['child-death-review', 'Child death review', 'Adolygiad o farwolaeth plentyn'],
  ['domestic-homicide-review', 'Domestic homicide review', 'Adolygiad o laddiad domestig'],
  ['safeguarding-adults-review', 'Safeguarding adults review', 'Adolygiad diogelu oedolion'],
  ['single-unified-safeguarding-review', 'Single unified safeguarding review (Wales)', 'Adolygiad diogelu unedig sengl (Cymru)'],
  ['learning-review', 'Learning review (Scotland)', 'Adolygiad dysgu (Yr Alban)'],
  ['case-management-review', 'Case management review (Northern Ireland)', 'Adolygiad rheoli achos (Gogledd Iwerddon)'],
  ['below-threshold-review', 'Review below the statutory threshold', 'Adolygiad islaw’r trothwy statudol'],
  ['multi-agency-audit', 'Multi-agency audit', 'Archwiliad amlasiantaethol'],
  ['single-agency-review', 'Single-agency review', 'Adolygiad un asiantaeth'],
  ['serious-case-review', 'Serious case review (before 2019)', 'Adolygiad achos difrifol (cyn 2019)'],
]);

export const NATION_LIST = codeList<Nation>('nations', draft('Nations of the UK', 'Gwledydd y DU'), [
  ['england', 'England', 'Lloegr'],
  ['wales', 'Wales', 'Cymru'],
  ['scotland', 'Scotland', 'Yr Alban'],
  ['northern-ireland', 'Northern Ireland', 'Gogledd Iwerddon'],
]);

export const REVIEW_STATUSES = codeList('review-statuses', draft('Where a review is in its life', 'Ble mae adolygiad yn ei gylch bywyd'), [
  ['notified', 'Notified', 'Wedi’i hysbysu'],
  ['rapid-review', 'Rapid review under way', 'Adolygiad cyflym ar y gweill'],
  ['decision-made', 'Decision made', 'Penderfyniad wedi’i wneud'],
  ['scoping', 'Scoping', 'Cwmpasu'],
  ['in-progress', 'Review under way', 'Adolygiad ar y gweill'],
  ['draft-report', 'Draft report', 'Adroddiad drafft'],
  ['quality-assurance', 'Quality assurance', 'Sicrhau ansawdd'],
  ['approved', 'Approved', 'Wedi’i gymeradwyo'],
  ['published', 'Published', 'Wedi’i gyhoeddi'],
  ['closed', 'Closed', 'Wedi’i gau'],
  ['not-proceeding', 'Not proceeding', 'Ddim yn mynd yn ei flaen'],
]);

export const DECISION_OUTCOMES = codeList('decision-outcomes', draft('Rapid review decisions', 'Penderfyniadau adolygiad cyflym'), [
  ['local-review', 'Carry out a local review', 'Cynnal adolygiad lleol'],
  ['no-local-review', 'No local review: learning taken forward another way', 'Dim adolygiad lleol: dysgu’n cael ei ddatblygu mewn ffordd arall'],
  ['national-review-referral', 'Refer for a national review', 'Cyfeirio ar gyfer adolygiad cenedlaethol'],
]);

export const METHODOLOGIES = codeList('methodologies', draft('Review methods', 'Dulliau adolygu'), [
  ['scie-learning-together', 'SCIE Learning Together (systems approach)', 'Dysgu Gyda’n Gilydd SCIE (dull systemau)'],
  ['systems-approach', 'Another systems approach', 'Dull systemau arall'],
  ['appreciative-inquiry', 'Appreciative inquiry', 'Ymholi gwerthfawrogol'],
  ['hybrid', 'Hybrid method', 'Dull cymysg'],
  ['chronology-and-analysis', 'Agency reports, chronology and analysis', 'Adroddiadau asiantaethau, cronoleg a dadansoddiad'],
  ['other', 'Other method', 'Dull arall'],
]);

export const AGENCY_SECTORS = codeList('agency-sectors', draft('Agency sectors', 'Sectorau asiantaethau'), [
  ['childrens-social-care', 'Children’s social care', 'Gofal cymdeithasol plant'],
  ['early-help', 'Early help', 'Cymorth cynnar'],
  ['police', 'Police', 'Heddlu'],
  ['community-health', 'Community health (health visiting, school nursing)', 'Iechyd cymunedol (ymwelwyr iechyd, nyrsio ysgol)'],
  ['primary-care', 'Primary care (GP)', 'Gofal sylfaenol (meddyg teulu)'],
  ['acute-health', 'Hospital and emergency care', 'Gofal ysbyty a brys'],
  ['mental-health', 'Mental health services', 'Gwasanaethau iechyd meddwl'],
  ['ambulance', 'Ambulance service', 'Gwasanaeth ambiwlans'],
  ['education', 'Schools and education', 'Ysgolion ac addysg'],
  ['early-years', 'Early years and childcare', 'Blynyddoedd cynnar a gofal plant'],
  ['probation', 'Probation', 'Prawf'],
  ['youth-justice', 'Youth justice', 'Cyfiawnder ieuenctid'],
  ['housing', 'Housing', 'Tai'],
  ['adult-social-care', 'Adult social care', 'Gofal cymdeithasol oedolion'],
  ['substance-misuse', 'Drug and alcohol services', 'Gwasanaethau cyffuriau ac alcohol'],
  ['voluntary-sector', 'Voluntary and community sector', 'Y sector gwirfoddol a chymunedol'],
  ['safeguarding-partnership', 'Safeguarding partnership', 'Partneriaeth ddiogelu'],
  ['other', 'Other', 'Arall'],
]);

export const SUBJECT_ROLES = codeList('subject-roles', draft('People in a review', 'Pobl mewn adolygiad'), [
  ['child', 'Child at the centre of the review', 'Y plentyn wrth wraidd yr adolygiad'],
  ['sibling', 'Brother or sister', 'Brawd neu chwaer'],
  ['parent', 'Parent', 'Rhiant'],
  ['carer', 'Carer', 'Gofalwr'],
  ['parents-partner', 'Parent’s partner', 'Partner rhiant'],
  ['family-member', 'Other family member', 'Aelod arall o’r teulu'],
  ['other', 'Other person', 'Person arall'],
]);

export const AUDIENCES = codeList('audiences', draft('Who may see something', 'Pwy gaiff weld rhywbeth'), [
  ['internal', 'Partnership only', 'Y bartneriaeth yn unig', 'Visible inside the partnership.', 'I’w weld o fewn y bartneriaeth.'],
  ['panel', 'Review panel', 'Panel yr adolygiad', 'Visible to the review panel and the partnership.', 'I’w weld gan banel yr adolygiad a’r bartneriaeth.'],
  ['publication', 'Public', 'Cyhoeddus', 'May appear in the published report.', 'Gall ymddangos yn yr adroddiad cyhoeddedig.'],
]);

export const SIGNIFICANCE = codeList('significance', draft('How significant an entry is', 'Pa mor arwyddocaol yw cofnod'), [
  ['low', 'Background', 'Cefndir'],
  ['medium', 'Relevant', 'Perthnasol'],
  ['high', 'Significant', 'Arwyddocaol'],
]);

export const KPE_ASSESSMENTS = codeList('kpe-assessments', draft('How practice in an episode is judged', 'Sut y barnir arferion mewn cyfnod'), [
  ['good', 'Good practice', 'Arfer da'],
  ['mixed', 'Mixed', 'Cymysg'],
  ['problematic', 'Problematic', 'Problemus'],
  ['unclear', 'Unclear', 'Aneglur'],
]);

/** SCIE Learning Together levels at which a factor operates (configurable per partnership). */
export const FACTOR_LEVELS = codeList('factor-levels', draft('Levels of the system', 'Lefelau’r system'), [
  ['family', 'Child and family', 'Plentyn a theulu'],
  ['frontline', 'Frontline practitioners', 'Ymarferwyr rheng flaen'],
  ['team', 'Team', 'Tîm'],
  ['organisation', 'Organisation', 'Sefydliad'],
  ['inter-agency', 'Between agencies', 'Rhwng asiantaethau'],
  ['national', 'National policy and context', 'Polisi a chyd-destun cenedlaethol'],
]);

export const FACTOR_INFLUENCES = codeList('factor-influences', draft('How a factor influenced practice', 'Sut y dylanwadodd ffactor ar arferion'), [
  ['supports-good-practice', 'Supported good practice', 'Cefnogodd arfer da'],
  ['makes-poor-practice-more-likely', 'Made poor practice more likely', 'Gwnaeth arfer gwael yn fwy tebygol'],
]);

/** SCIE's six types of underlying pattern (Fish, Munro and Bairstow, Learning Together, 2008). */
export const PATTERN_CATEGORIES = codeList('pattern-categories', draft('Types of underlying pattern (SCIE)', 'Mathau o batrwm sylfaenol (SCIE)'), [
  ['incidents-and-crises', 'Multi-agency working in response to incidents and crises', 'Gwaith amlasiantaethol mewn ymateb i ddigwyddiadau ac argyfyngau'],
  ['longer-term-work', 'Multi-agency working in longer-term work', 'Gwaith amlasiantaethol mewn gwaith tymor hwy'],
  ['human-tool-operation', 'Human–tool operation', 'Gweithredu rhwng pobl ac offer'],
  ['human-management-systems', 'Human–management system operation', 'Gweithredu rhwng pobl a systemau rheoli'],
  ['family-professional-interaction', 'Family–professional interaction', 'Rhyngweithio rhwng y teulu a gweithwyr proffesiynol'],
  ['human-reasoning', 'Human reasoning: cognitive and emotional biases', 'Rhesymu dynol: tueddiadau gwybyddol ac emosiynol'],
]);

/** SEIPS 3.0 work-system elements (Carayon et al.). */
export const SEIPS_ELEMENTS = codeList('seips-elements', draft('Work-system elements (SEIPS 3.0)', 'Elfennau’r system waith (SEIPS 3.0)'), [
  ['persons', 'Persons', 'Pobl'],
  ['tasks', 'Tasks', 'Tasgau'],
  ['tools-and-technology', 'Tools and technology', 'Offer a thechnoleg'],
  ['organisation', 'Organisation', 'Sefydliad'],
  ['internal-environment', 'Internal environment', 'Amgylchedd mewnol'],
  ['external-environment', 'External environment', 'Amgylchedd allanol'],
]);

/** Yorkshire Contributory Factors Framework domains (Lawton et al., 2012), adapted for safeguarding. */
export const YCFF_DOMAINS = codeList('ycff-domains', draft('Yorkshire Contributory Factors Framework (adapted)', 'Fframwaith Ffactorau Cyfrannol Swydd Efrog (wedi’i addasu)'), [
  ['active-failures', 'Active failures', 'Methiannau gweithredol'],
  ['communication-systems', 'Communication systems', 'Systemau cyfathrebu'],
  ['equipment-and-records', 'Equipment, tools and records', 'Offer, adnoddau a chofnodion'],
  ['external-policy', 'External policy context', 'Cyd-destun polisi allanol'],
  ['individual-factors', 'Individual factors', 'Ffactorau unigol'],
  ['lines-of-responsibility', 'Lines of responsibility', 'Llinellau cyfrifoldeb'],
  ['staffing', 'Management of staff and staffing levels', 'Rheoli staff a lefelau staffio'],
  ['child-and-family-factors', 'Child and family factors', 'Ffactorau’r plentyn a’r teulu'],
  ['physical-environment', 'Physical environment', 'Amgylchedd ffisegol'],
  ['policy-and-procedures', 'Policy and procedures', 'Polisi a gweithdrefnau'],
  ['safety-culture', 'Safety culture', 'Diwylliant diogelwch'],
  ['scheduling-and-allocation', 'Scheduling and allocation of work', 'Amserlennu a dyrannu gwaith'],
  ['workload', 'Staff workload', 'Llwyth gwaith staff'],
  ['supervision-and-leadership', 'Supervision and leadership', 'Goruchwyliaeth ac arweinyddiaeth'],
  ['central-support', 'Support from central functions', 'Cymorth gan swyddogaethau canolog'],
  ['task-characteristics', 'Task characteristics', 'Nodweddion y dasg'],
  ['team-factors', 'Team factors', 'Ffactorau tîm'],
  ['training-and-education', 'Training and education', 'Hyfforddiant ac addysg'],
]);

export const LOCI_OF_CHANGE = codeList('loci-of-change', draft('Where change can be made', 'Ble gellir gwneud newid'), [
  ['agency', 'A single agency', 'Un asiantaeth'],
  ['local-partnership', 'The local partnership', 'Y bartneriaeth leol'],
  ['regional', 'Regional', 'Rhanbarthol'],
  ['national', 'National', 'Cenedlaethol'],
]);

export const RECOMMENDATION_SCOPES = codeList('recommendation-scopes', draft('Who a recommendation is for', 'I bwy mae argymhelliad'), [
  ['single-agency', 'One agency', 'Un asiantaeth'],
  ['multi-agency', 'Several agencies', 'Sawl asiantaeth'],
  ['partnership', 'The safeguarding partnership', 'Y bartneriaeth ddiogelu'],
  ['regional', 'Regional bodies', 'Cyrff rhanbarthol'],
  ['national', 'National bodies', 'Cyrff cenedlaethol'],
]);

/** How strongly an action is likely to change practice (the action hierarchy). */
export const INTERVENTION_STRENGTHS = codeList('intervention-strengths', draft('Intervention strength', 'Cryfder yr ymyriad'), [
  ['stronger', 'Stronger', 'Cryfach', 'Changes the system: design, tools, staffing, standardised processes.', 'Yn newid y system: dylunio, offer, staffio, prosesau safonol.'],
  ['intermediate', 'Intermediate', 'Canolig', 'Supports people in the system: checklists, supervision models, workload changes.', 'Yn cefnogi pobl yn y system: rhestrau gwirio, modelau goruchwylio, newidiadau llwyth gwaith.'],
  ['weaker', 'Weaker', 'Gwannach', 'Relies on people remembering: training, new procedures, reminders.', 'Yn dibynnu ar bobl yn cofio: hyfforddiant, gweithdrefnau newydd, nodiadau atgoffa.'],
]);
export type InterventionStrength = (typeof INTERVENTION_STRENGTHS.codes)[number];

export const INTERVENTION_TYPES = codeList('intervention-types', draft('Kinds of action', 'Mathau o gamau gweithredu'), [
  ['system-redesign', 'Redesign of a process or service', 'Ailgynllunio proses neu wasanaeth'],
  ['forcing-function', 'A system that prevents the error', 'System sy’n atal y camgymeriad'],
  ['standardisation', 'Standardised process or tool across agencies', 'Proses neu offeryn safonol ar draws asiantaethau'],
  ['shared-information-system', 'Shared or linked information systems', 'Systemau gwybodaeth a rennir neu a gysylltir'],
  ['staffing-and-workload', 'Staffing or workload change', 'Newid staffio neu lwyth gwaith'],
  ['supervision-model', 'Supervision or reflective practice model', 'Model goruchwylio neu ymarfer myfyriol'],
  ['checklist-or-tool', 'Checklist or practice tool', 'Rhestr wirio neu offeryn ymarfer'],
  ['multi-agency-forum', 'Multi-agency meeting or forum', 'Cyfarfod neu fforwm amlasiantaethol'],
  ['training', 'Training', 'Hyfforddiant'],
  ['procedure', 'New or updated procedure', 'Gweithdrefn newydd neu wedi’i diweddaru'],
  ['guidance-or-briefing', 'Guidance, briefing or reminder', 'Canllawiau, briff neu nodyn atgoffa'],
  ['audit', 'Audit or further review', 'Archwiliad neu adolygiad pellach'],
]);
export type InterventionType = (typeof INTERVENTION_TYPES.codes)[number];

/** The strength each kind of action usually has, after the action hierarchy. */
export const DEFAULT_STRENGTH: Readonly<Record<InterventionType, InterventionStrength>> = {
  'system-redesign': 'stronger',
  'forcing-function': 'stronger',
  standardisation: 'stronger',
  'shared-information-system': 'stronger',
  'staffing-and-workload': 'intermediate',
  'supervision-model': 'intermediate',
  'checklist-or-tool': 'intermediate',
  'multi-agency-forum': 'intermediate',
  training: 'weaker',
  procedure: 'weaker',
  'guidance-or-briefing': 'weaker',
  audit: 'weaker',
};

export const ACTION_STATUSES = codeList('action-statuses', draft('Action statuses', 'Statws camau gweithredu'), [
  ['draft', 'Draft', 'Drafft'],
  ['agreed', 'Agreed', 'Wedi’i gytuno'],
  ['in-progress', 'In progress', 'Ar y gweill'],
  ['completed', 'Completed, awaiting evidence', 'Wedi’i gwblhau, yn aros am dystiolaeth'],
  ['evidenced', 'Evidenced', 'Tystiolaeth wedi’i rhoi'],
  ['impact-reviewed', 'Impact reviewed', 'Effaith wedi’i hadolygu'],
  ['closed', 'Closed', 'Wedi’i gau'],
  ['superseded', 'Superseded', 'Wedi’i ddisodli'],
  ['cancelled', 'Cancelled', 'Wedi’i ganslo'],
]);
export type ActionStatus = (typeof ACTION_STATUSES.codes)[number];

export const EVIDENCE_TYPES = codeList('evidence-types', draft('Kinds of evidence', 'Mathau o dystiolaeth'), [
  ['audit', 'Audit', 'Archwiliad'],
  ['data', 'Data', 'Data'],
  ['survey', 'Survey', 'Arolwg'],
  ['case-file-sample', 'Sample of case files', 'Sampl o ffeiliau achos'],
  ['policy-change', 'Policy or procedure change', 'Newid polisi neu weithdrefn'],
  ['training-record', 'Training record', 'Cofnod hyfforddiant'],
  ['practitioner-feedback', 'Practitioner feedback', 'Adborth ymarferwyr'],
]);

export const EVIDENCE_ASSESSMENTS = codeList('evidence-assessments', draft('How evidence was judged', 'Sut y barnwyd tystiolaeth'), [
  ['pending', 'Not yet assessed', 'Heb ei asesu eto'],
  ['accepted', 'Accepted', 'Wedi’i dderbyn'],
  ['rejected', 'Not accepted', 'Heb ei dderbyn'],
]);

export const IMPACT_RATINGS = codeList('impact-ratings', draft('What an impact review found', 'Beth a ganfu adolygiad effaith'), [
  ['improved', 'Practice improved', 'Arferion wedi gwella'],
  ['partly-improved', 'Partly improved', 'Wedi gwella’n rhannol'],
  ['no-change', 'No change yet', 'Dim newid eto'],
  ['worse', 'Worse', 'Gwaeth'],
  ['too-early', 'Too early to tell', 'Rhy gynnar i ddweud'],
]);

export const KIRKPATRICK_LEVELS = codeList('kirkpatrick-levels', draft('What feedback measures (Kirkpatrick)', 'Beth mae adborth yn ei fesur (Kirkpatrick)'), [
  ['reaction', 'Reaction', 'Ymateb'],
  ['learning', 'Learning', 'Dysgu'],
  ['behaviour', 'Change in practice', 'Newid mewn arferion'],
  ['results', 'Results for children and families', 'Canlyniadau i blant a theuluoedd'],
]);

export const LOOP_LEVELS = codeList('loop-levels', draft('Kinds of learning', 'Mathau o ddysgu'), [
  ['defensive', 'Defensive response', 'Ymateb amddiffynnol'],
  ['single', 'Single loop: change the action', 'Dolen sengl: newid y weithred'],
  ['double', 'Double loop: question the assumptions', 'Dolen ddwbl: cwestiynu’r rhagdybiaethau'],
  ['triple', 'Triple loop: question how we learn', 'Dolen driphlyg: cwestiynu sut rydym yn dysgu'],
]);

export const LEARNING_EVENT_FORMATS = codeList('learning-event-formats', draft('How a learning event is held', 'Sut y cynhelir digwyddiad dysgu'), [
  ['in-person', 'In person', 'Wyneb yn wyneb'],
  ['online', 'Online', 'Ar-lein'],
  ['hybrid', 'In person and online', 'Wyneb yn wyneb ac ar-lein'],
]);

export const FEEDBACK_TIMEPOINTS = codeList('feedback-timepoints', draft('When feedback is collected', 'Pryd y casglir adborth'), [
  ['immediate', 'On the day', 'Ar y diwrnod'],
  ['follow-up-3-months', 'About three months later', 'Tua thri mis yn ddiweddarach'],
  ['other', 'Another time', 'Amser arall'],
]);

/** Every code list, for documentation, test loops and tools. */
export const CODE_LISTS = [
  REVIEW_TYPES, NATION_LIST, REVIEW_STATUSES, DECISION_OUTCOMES, METHODOLOGIES, AGENCY_SECTORS, SUBJECT_ROLES,
  AUDIENCES, SIGNIFICANCE, KPE_ASSESSMENTS, FACTOR_LEVELS, FACTOR_INFLUENCES, PATTERN_CATEGORIES, SEIPS_ELEMENTS,
  YCFF_DOMAINS, LOCI_OF_CHANGE, RECOMMENDATION_SCOPES, INTERVENTION_STRENGTHS, INTERVENTION_TYPES, ACTION_STATUSES,
  EVIDENCE_TYPES, EVIDENCE_ASSESSMENTS, IMPACT_RATINGS, KIRKPATRICK_LEVELS, LOOP_LEVELS, LEARNING_EVENT_FORMATS,
  FEEDBACK_TIMEPOINTS,
] as const;

type FactorLevel = (typeof FACTOR_LEVELS.codes)[number];
type SeipsElement = (typeof SEIPS_ELEMENTS.codes)[number];
type YcffDomain = (typeof YCFF_DOMAINS.codes)[number];

/** The factor taxonomies a fishbone or map can be drawn by. */
export const TAXONOMIES = ['scie-level', 'seips', 'ycff'] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

/**
 * Indicative crosswalk between the taxonomies, for showing a factor tagged in one scheme
 * in another. Where a factor carries its own tags in the target scheme, those win.
 */
export const YCFF_CROSSWALK: Readonly<Record<YcffDomain, { seips: SeipsElement; level: FactorLevel }>> = {
  'active-failures': { seips: 'persons', level: 'frontline' },
  'communication-systems': { seips: 'tools-and-technology', level: 'inter-agency' },
  'equipment-and-records': { seips: 'tools-and-technology', level: 'organisation' },
  'external-policy': { seips: 'external-environment', level: 'national' },
  'individual-factors': { seips: 'persons', level: 'frontline' },
  'lines-of-responsibility': { seips: 'organisation', level: 'organisation' },
  staffing: { seips: 'organisation', level: 'organisation' },
  'child-and-family-factors': { seips: 'persons', level: 'family' },
  'physical-environment': { seips: 'internal-environment', level: 'organisation' },
  'policy-and-procedures': { seips: 'organisation', level: 'organisation' },
  'safety-culture': { seips: 'organisation', level: 'organisation' },
  'scheduling-and-allocation': { seips: 'organisation', level: 'team' },
  workload: { seips: 'tasks', level: 'team' },
  'supervision-and-leadership': { seips: 'organisation', level: 'team' },
  'central-support': { seips: 'organisation', level: 'organisation' },
  'task-characteristics': { seips: 'tasks', level: 'frontline' },
  'team-factors': { seips: 'organisation', level: 'team' },
  'training-and-education': { seips: 'persons', level: 'organisation' },
};

export const LEVEL_TO_SEIPS: Readonly<Record<FactorLevel, SeipsElement>> = {
  family: 'persons',
  frontline: 'persons',
  team: 'organisation',
  organisation: 'organisation',
  'inter-agency': 'external-environment',
  national: 'external-environment',
};

/** The categories a factor falls under in a taxonomy: its own tags, else the crosswalk. */
export function factorCategories(
  factor: { readonly level: FactorLevel; readonly seips?: readonly SeipsElement[]; readonly ycff?: readonly YcffDomain[] },
  taxonomy: Taxonomy,
): string[] {
  if (taxonomy === 'scie-level') return [factor.level];
  if (taxonomy === 'seips') {
    if (factor.seips?.length) return [...factor.seips];
    if (factor.ycff?.length) return [...new Set(factor.ycff.map((d) => YCFF_CROSSWALK[d].seips))];
    return [LEVEL_TO_SEIPS[factor.level]];
  }
  if (factor.ycff?.length) return [...factor.ycff];
  // No direct YCFF tag: the domains whose crosswalk matches the factor's level.
  return (Object.keys(YCFF_CROSSWALK) as YcffDomain[]).filter((d) => YCFF_CROSSWALK[d].level === factor.level).slice(0, 1);
}

export { NATIONS };
