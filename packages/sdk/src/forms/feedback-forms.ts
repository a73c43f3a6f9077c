/**
 * The two feedback forms the kit ships, ready to use or to copy and adapt: an evaluation
 * filled in on the day of a practitioner learning event, and a follow-up sent about three
 * months later. Together they ask about Kirkpatrick levels 1 to 3 (reaction, learning,
 * change in practice) and 4 (the difference for children and families), use every question
 * type and conditional questions, and are complete in English and Welsh.
 *
 * They are plain inputs (`FeedbackFormInput`): `parseFeedbackForm` fills in the defaults. To
 * adapt one, copy it, change the `id` (or raise the `version` when you change questions, so
 * responses record which questions they answered) and edit the wording.
 *
 * Welsh text is a draft awaiting review by a Welsh speaker.
 */
import type { FeedbackFormInput } from '../model/schemas.js';

/** Which type of organisation the respondent works for. Values match the agency-sector codes. */
function sectorQuestion(): FeedbackFormInput['sections'][number]['questions'][number] {
  return {
    id: 'sector',
    type: 'single-choice',
    label: { 'en-GB': 'What type of organisation do you work for?', cy: 'I ba fath o sefydliad ydych chi’n gweithio?' },
    hint: { 'en-GB': 'Choose the closest match.', cy: 'Dewiswch yr un agosaf.' },
    options: [
      { value: 'childrens-social-care', label: { 'en-GB': 'Children’s social care', cy: 'Gofal cymdeithasol plant' } },
      { value: 'early-help', label: { 'en-GB': 'Early help', cy: 'Cymorth cynnar' } },
      { value: 'police', label: { 'en-GB': 'Police', cy: 'Heddlu' } },
      { value: 'community-health', label: { 'en-GB': 'Health visiting or school nursing', cy: 'Ymwelwyr iechyd neu nyrsio ysgol' } },
      { value: 'primary-care', label: { 'en-GB': 'GP practice', cy: 'Practis meddyg teulu' } },
      { value: 'acute-health', label: { 'en-GB': 'Hospital or emergency care', cy: 'Gofal ysbyty neu ofal brys' } },
      { value: 'mental-health', label: { 'en-GB': 'Mental health services', cy: 'Gwasanaethau iechyd meddwl' } },
      { value: 'education', label: { 'en-GB': 'School or college', cy: 'Ysgol neu goleg' } },
      { value: 'early-years', label: { 'en-GB': 'Nursery or childcare', cy: 'Meithrinfa neu ofal plant' } },
      { value: 'voluntary-sector', label: { 'en-GB': 'Voluntary or community organisation', cy: 'Sefydliad gwirfoddol neu gymunedol' } },
      { value: 'other', label: { 'en-GB': 'Somewhere else', cy: 'Rhywle arall' } },
    ],
  };
}

const ABOUT_YOU = {
  title: { 'en-GB': 'About you', cy: 'Amdanoch chi' },
  description: {
    'en-GB': 'These questions are optional. We ask them to see whether the learning works for different roles. We will not use your answers to work out who you are.',
    cy: 'Mae’r cwestiynau hyn yn ddewisol. Rydym yn eu gofyn i weld a yw’r dysgu’n gweithio i wahanol rolau. Ni fyddwn yn defnyddio’ch atebion i ddarganfod pwy ydych chi.',
  },
};

const NO_NAMES_HINT = {
  'en-GB': 'Do not include names or anything that could identify a child, family or colleague.',
  cy: 'Peidiwch â chynnwys enwau nac unrhyw beth a allai ddatgelu pwy yw plentyn, teulu neu gydweithiwr.',
};

/** Filled in on the day, at the end of a practitioner learning event. */
export const eventEvaluationFormDefinition: FeedbackFormInput = {
  schemaVersion: 1,
  kind: 'feedback-form',
  id: 'event-evaluation',
  version: 1,
  title: { 'en-GB': 'Tell us what you thought of the learning event', cy: 'Dywedwch wrthym beth oeddech chi’n ei feddwl o’r digwyddiad dysgu' },
  description: {
    'en-GB': 'This takes about 5 minutes. You do not need to give your name. We use your answers to improve learning events and to plan how we check that learning reaches practice.',
    cy: 'Mae hyn yn cymryd tua 5 munud. Does dim angen i chi roi eich enw. Rydym yn defnyddio’ch atebion i wella digwyddiadau dysgu ac i gynllunio sut rydym yn gwirio bod y dysgu’n cyrraedd yr ymarfer.',
  },
  purpose: 'event-evaluation',
  timepoint: 'immediate',
  anonymous: true,
  sections: [
    {
      id: 'about-you',
      ...ABOUT_YOU,
      questions: [
        sectorQuestion(),
        {
          id: 'role-level',
          type: 'single-choice',
          label: { 'en-GB': 'What best describes your role?', cy: 'Beth sy’n disgrifio’ch rôl orau?' },
          options: [
            { value: 'frontline', label: { 'en-GB': 'I work directly with children or families', cy: 'Rwy’n gweithio’n uniongyrchol gyda phlant neu deuluoedd' } },
            { value: 'supervisor', label: { 'en-GB': 'I supervise or manage practitioners', cy: 'Rwy’n goruchwylio neu’n rheoli ymarferwyr' } },
            { value: 'safeguarding-lead', label: { 'en-GB': 'I am a safeguarding lead or adviser', cy: 'Rwy’n arweinydd neu’n gynghorydd diogelu' } },
            { value: 'senior-leader', label: { 'en-GB': 'I am a senior or strategic leader', cy: 'Rwy’n uwch arweinydd neu’n arweinydd strategol' } },
            { value: 'other', label: { 'en-GB': 'Something else', cy: 'Rhywbeth arall' } },
          ],
        },
      ],
    },
    {
      id: 'the-event',
      title: { 'en-GB': 'The event', cy: 'Y digwyddiad' },
      questions: [
        {
          id: 'overall-rating',
          type: 'rating',
          required: true,
          kirkpatrick: 'reaction',
          label: { 'en-GB': 'How useful was the event for your work?', cy: 'Pa mor ddefnyddiol oedd y digwyddiad i’ch gwaith?' },
          min: 1,
          max: 5,
          minLabel: { 'en-GB': 'Not at all useful', cy: 'Ddim yn ddefnyddiol o gwbl' },
          maxLabel: { 'en-GB': 'Very useful', cy: 'Defnyddiol iawn' },
        },
        {
          id: 'improve-event',
          type: 'free-text',
          kirkpatrick: 'reaction',
          label: { 'en-GB': 'What could we have done better?', cy: 'Beth allen ni fod wedi’i wneud yn well?' },
          hint: {
            'en-GB': 'For example, the content, the timing or how the discussion was run.',
            cy: 'Er enghraifft, y cynnwys, yr amseru neu sut yr arweiniwyd y drafodaeth.',
          },
          showIf: { questionId: 'overall-rating', anyOf: ['1', '2'] },
          maxLength: 1000,
        },
        {
          id: 'speak-openly',
          type: 'rating',
          kirkpatrick: 'reaction',
          label: { 'en-GB': 'How comfortable did you feel speaking openly at the event?', cy: 'Pa mor gyfforddus oeddech chi’n teimlo wrth siarad yn agored yn y digwyddiad?' },
          min: 1,
          max: 5,
          minLabel: { 'en-GB': 'Not at all comfortable', cy: 'Ddim yn gyfforddus o gwbl' },
          maxLabel: { 'en-GB': 'Very comfortable', cy: 'Cyfforddus iawn' },
        },
        {
          id: 'helped-most',
          type: 'multiple-choice',
          kirkpatrick: 'reaction',
          label: { 'en-GB': 'Which parts of the event helped you most?', cy: 'Pa rannau o’r digwyddiad wnaeth eich helpu fwyaf?' },
          hint: { 'en-GB': 'Select up to 2.', cy: 'Dewiswch hyd at 2.' },
          maxSelected: 2,
          options: [
            { value: 'whole-picture', label: { 'en-GB': 'Seeing the whole picture of the child’s life', cy: 'Gweld darlun cyfan o fywyd y plentyn' } },
            { value: 'other-agencies', label: { 'en-GB': 'Hearing how other agencies work', cy: 'Clywed sut mae asiantaethau eraill yn gweithio' } },
            { value: 'small-groups', label: { 'en-GB': 'Discussion in small groups', cy: 'Trafod mewn grwpiau bach' } },
            { value: 'findings', label: { 'en-GB': 'The reviewer’s early findings', cy: 'Canfyddiadau cynnar yr adolygydd' } },
            { value: 'reflection', label: { 'en-GB': 'Time to reflect on my own practice', cy: 'Amser i fyfyrio ar fy ymarfer fy hun' } },
          ],
        },
        {
          id: 'support-known',
          type: 'yes-no',
          kirkpatrick: 'reaction',
          label: {
            'en-GB': 'Do you know where to get support if the event has affected you?',
            cy: 'Ydych chi’n gwybod ble i gael cymorth os yw’r digwyddiad wedi effeithio arnoch chi?',
          },
          hint: {
            'en-GB': 'Learning events can be hard to sit through, especially if you knew the family.',
            cy: 'Gall digwyddiadau dysgu fod yn anodd, yn enwedig os oeddech chi’n adnabod y teulu.',
          },
        },
      ],
    },
    {
      id: 'your-learning',
      title: { 'en-GB': 'Your learning', cy: 'Eich dysgu' },
      questions: [
        {
          id: 'learning-rating',
          type: 'rating',
          required: true,
          kirkpatrick: 'learning',
          label: { 'en-GB': 'How much did you learn from the event?', cy: 'Faint wnaethoch chi ei ddysgu o’r digwyddiad?' },
          min: 1,
          max: 5,
          minLabel: { 'en-GB': 'Nothing new', cy: 'Dim byd newydd' },
          maxLabel: { 'en-GB': 'A great deal', cy: 'Llawer iawn' },
        },
        {
          id: 'key-learning',
          type: 'free-text',
          kirkpatrick: 'learning',
          label: { 'en-GB': 'What is the main thing you will take away from the event?', cy: 'Beth yw’r prif beth y byddwch chi’n ei gymryd o’r digwyddiad?' },
          hint: { 'en-GB': 'A sentence or two is enough.', cy: 'Mae brawddeg neu ddwy yn ddigon.' },
          maxLength: 1000,
        },
        {
          id: 'plan-to-change',
          type: 'single-choice',
          kirkpatrick: 'learning',
          label: { 'en-GB': 'Do you plan to change anything in your practice?', cy: 'Ydych chi’n bwriadu newid unrhyw beth yn eich ymarfer?' },
          options: [
            { value: 'yes', label: { 'en-GB': 'Yes', cy: 'Ydw' } },
            { value: 'not-sure', label: { 'en-GB': 'Not sure yet', cy: 'Ddim yn siŵr eto' } },
            { value: 'already', label: { 'en-GB': 'No, I already work this way', cy: 'Nac ydw, rwy’n gweithio fel hyn yn barod' } },
            { value: 'no', label: { 'en-GB': 'No', cy: 'Nac ydw' } },
          ],
        },
        {
          id: 'change-plan',
          type: 'free-text',
          kirkpatrick: 'learning',
          label: { 'en-GB': 'What will you do differently?', cy: 'Beth fyddwch chi’n ei wneud yn wahanol?' },
          hint: {
            'en-GB': 'For example, who you will contact, what you will record or what you will ask.',
            cy: 'Er enghraifft, â phwy y byddwch yn cysylltu, beth y byddwch yn ei gofnodi neu beth y byddwch yn ei ofyn.',
          },
          showIf: { questionId: 'plan-to-change', anyOf: ['yes'] },
          maxLength: 1000,
        },
        {
          id: 'share-with-team',
          type: 'yes-no',
          kirkpatrick: 'learning',
          label: { 'en-GB': 'Do you plan to share what you learned with your team?', cy: 'Ydych chi’n bwriadu rhannu’r hyn a ddysgoch chi gyda’ch tîm?' },
        },
        {
          id: 'anything-else',
          type: 'free-text',
          label: { 'en-GB': 'Is there anything else you want to tell us?', cy: 'Oes unrhyw beth arall yr hoffech chi ei ddweud wrthym?' },
          hint: NO_NAMES_HINT,
          maxLength: 1000,
        },
      ],
    },
  ],
};

/** Sent about three months after the event, to see what has changed in practice. */
export const followUpFormDefinition: FeedbackFormInput = {
  schemaVersion: 1,
  kind: 'feedback-form',
  id: 'follow-up-3-months',
  version: 1,
  title: { 'en-GB': 'Three months on from the learning event', cy: 'Tri mis ar ôl y digwyddiad dysgu' },
  description: {
    'en-GB': 'About three months ago you took part in a learning event about a child safeguarding practice review. We want to know what, if anything, has changed in your work since then, and what has made change harder. This takes about 5 minutes. You do not need to give your name.',
    cy: 'Tua thri mis yn ôl, fe gymeroch chi ran mewn digwyddiad dysgu am adolygiad ymarfer diogelu plant. Hoffem wybod beth, os unrhyw beth, sydd wedi newid yn eich gwaith ers hynny, a beth sydd wedi gwneud newid yn anoddach. Mae hyn yn cymryd tua 5 munud. Does dim angen i chi roi eich enw.',
  },
  purpose: 'follow-up',
  timepoint: 'follow-up-3-months',
  anonymous: true,
  sections: [
    {
      id: 'about-you',
      ...ABOUT_YOU,
      questions: [sectorQuestion()],
    },
    {
      id: 'your-practice',
      title: { 'en-GB': 'Your practice since the event', cy: 'Eich ymarfer ers y digwyddiad' },
      questions: [
        {
          id: 'changed-response',
          type: 'yes-no',
          required: true,
          kirkpatrick: 'behaviour',
          label: {
            'en-GB': 'Since the event, have you changed how you respond when a child is not brought to an appointment?',
            cy: 'Ers y digwyddiad, ydych chi wedi newid sut rydych chi’n ymateb pan nad oes neb yn dod â phlentyn i apwyntiad?',
          },
          hint: {
            'en-GB': 'This means any appointment: health, education, early help or another service.',
            cy: 'Mae hyn yn golygu unrhyw apwyntiad: iechyd, addysg, cymorth cynnar neu wasanaeth arall.',
          },
        },
        {
          id: 'what-changed',
          type: 'free-text',
          kirkpatrick: 'behaviour',
          label: { 'en-GB': 'What have you done differently?', cy: 'Beth ydych chi wedi’i wneud yn wahanol?' },
          hint: {
            'en-GB': 'For example, who you contacted, what you recorded or what you asked the family.',
            cy: 'Er enghraifft, â phwy y gwnaethoch chi gysylltu, beth a gofnodwyd gennych neu beth a ofynnoch chi i’r teulu.',
          },
          showIf: { questionId: 'changed-response', anyOf: ['true'] },
          maxLength: 1000,
        },
        {
          id: 'barriers',
          type: 'multiple-choice',
          kirkpatrick: 'behaviour',
          label: { 'en-GB': 'What has got in the way of using the learning?', cy: 'Beth sydd wedi’i gwneud hi’n anodd defnyddio’r dysgu?' },
          hint: {
            'en-GB': 'Select up to 3. Leave this blank if nothing has got in the way.',
            cy: 'Dewiswch hyd at 3. Gadewch hwn yn wag os nad oes dim wedi bod yn rhwystr.',
          },
          maxSelected: 3,
          options: [
            { value: 'workload', label: { 'en-GB': 'Workload or time', cy: 'Llwyth gwaith neu amser' } },
            { value: 'systems', label: { 'en-GB': 'IT systems or records', cy: 'Systemau TG neu gofnodion' } },
            { value: 'supervision', label: { 'en-GB': 'Not enough supervision or support', cy: 'Dim digon o oruchwyliaeth na chymorth' } },
            { value: 'guidance-unclear', label: { 'en-GB': 'The guidance is unclear', cy: 'Nid yw’r canllawiau’n glir' } },
            { value: 'other-agencies', label: { 'en-GB': 'Hard to reach other agencies', cy: 'Anodd cysylltu ag asiantaethau eraill' } },
            { value: 'other', label: { 'en-GB': 'Something else', cy: 'Rhywbeth arall' } },
          ],
        },
        {
          id: 'barriers-other',
          type: 'free-text',
          kirkpatrick: 'behaviour',
          label: { 'en-GB': 'What else has got in the way?', cy: 'Beth arall sydd wedi bod yn rhwystr?' },
          showIf: { questionId: 'barriers', anyOf: ['other'] },
          maxLength: 500,
        },
        {
          id: 'last-used',
          type: 'date',
          kirkpatrick: 'behaviour',
          label: { 'en-GB': 'When did you last use the learning in your work?', cy: 'Pryd wnaethoch chi ddefnyddio’r dysgu yn eich gwaith ddiwethaf?' },
          hint: {
            'en-GB': 'For example, 27 11 2024. A rough date is fine. Leave this blank if you have not used it yet.',
            cy: 'Er enghraifft, 27 11 2024. Mae dyddiad bras yn iawn. Gadewch hwn yn wag os nad ydych chi wedi’i ddefnyddio eto.',
          },
        },
        {
          id: 'talked-in-supervision',
          type: 'yes-no',
          kirkpatrick: 'behaviour',
          label: {
            'en-GB': 'Have you talked about the learning in supervision or a team meeting?',
            cy: 'Ydych chi wedi trafod y dysgu mewn goruchwyliaeth neu gyfarfod tîm?',
          },
        },
        {
          id: 'confidence-now',
          type: 'rating',
          kirkpatrick: 'learning',
          label: {
            'en-GB': 'How confident are you now about sharing information with other agencies when you are worried about a child?',
            cy: 'Pa mor hyderus ydych chi nawr ynghylch rhannu gwybodaeth ag asiantaethau eraill pan fyddwch chi’n poeni am blentyn?',
          },
          min: 1,
          max: 5,
          minLabel: { 'en-GB': 'Not confident', cy: 'Ddim yn hyderus' },
          maxLabel: { 'en-GB': 'Very confident', cy: 'Hyderus iawn' },
        },
      ],
    },
    {
      id: 'difference',
      title: { 'en-GB': 'The difference for children and families', cy: 'Y gwahaniaeth i blant a theuluoedd' },
      questions: [
        {
          id: 'difference-example',
          type: 'free-text',
          kirkpatrick: 'results',
          label: {
            'en-GB': 'What difference, if any, has this made for the children and families you work with?',
            cy: 'Pa wahaniaeth, os o gwbl, y mae hyn wedi’i wneud i’r plant a’r teuluoedd rydych chi’n gweithio gyda nhw?',
          },
          hint: {
            'en-GB': 'It is fine to say it is too early to tell. Do not include names or anything that could identify a child, family or colleague.',
            cy: 'Mae’n iawn dweud ei bod hi’n rhy gynnar i ddweud. Peidiwch â chynnwys enwau nac unrhyw beth a allai ddatgelu pwy yw plentyn, teulu neu gydweithiwr.',
          },
          maxLength: 1000,
        },
        {
          id: 'anything-else',
          type: 'free-text',
          label: { 'en-GB': 'What else would help you use the learning?', cy: 'Beth arall fyddai’n eich helpu chi i ddefnyddio’r dysgu?' },
          hint: NO_NAMES_HINT,
          maxLength: 1000,
        },
      ],
    },
  ],
};

/** Both shipped forms, by id. */
export const FEEDBACK_FORM_DEFINITIONS: Readonly<Record<string, FeedbackFormInput>> = {
  [eventEvaluationFormDefinition.id]: eventEvaluationFormDefinition,
  [followUpFormDefinition.id]: followUpFormDefinition,
};
