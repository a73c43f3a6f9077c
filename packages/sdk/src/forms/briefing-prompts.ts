/**
 * The reflective prompts a practice briefing offers, chosen by the kinds of pattern a review
 * found (SCIE's six categories of underlying pattern). A briefing says what happened and
 * why; these turn it into what a practitioner might do differently on Monday, and what a
 * team meeting or a supervision session might ask (the dissemination guides agencies follow
 * expect a briefing to reach both).
 *
 * They are data, so a partnership can print the same prompts in its own materials, and they
 * are only a start: every section of a briefing can be edited before it is sent.
 *
 * Welsh is a draft for review by a Welsh speaker.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { PATTERN_CATEGORIES } from '../model/codes.js';

export type PatternCategory = (typeof PATTERN_CATEGORIES.codes)[number];

export interface BriefingPrompts {
  /** For the practitioner reading the briefing: "what this means for your practice". */
  readonly practice: LocalisedText;
  /** For a team meeting or a supervision session. */
  readonly supervision: LocalisedText;
}

export const BRIEFING_PROMPTS: Readonly<Record<PatternCategory, BriefingPrompts>> = {
  'incidents-and-crises': {
    practice: draft(
      'Do you know your own routine when you are worried about a child today: whom you tell, and by when?',
      'Ydych chi’n gwybod eich trefn eich hun pan fyddwch yn poeni am blentyn heddiw: pwy rydych yn ei ddweud wrthynt, ac erbyn pryd?',
    ),
    supervision: draft(
      'Which of our routines made a quick response possible here, and how would we notice if they started to slip?',
      'Pa rai o’n harferion a wnaeth ymateb cyflym yn bosibl yma, a sut y byddem yn sylwi pe baent yn dechrau llithro?',
    ),
  },
  'longer-term-work': {
    practice: draft(
      'Who else knows this family? When did you last put together what each of you knows?',
      'Pwy arall sy’n adnabod y teulu hwn? Pryd y gwnaethoch chi ddiwethaf roi at ei gilydd yr hyn y mae pob un ohonoch yn ei wybod?',
    ),
    supervision: draft(
      'For a family we have known a long time, when did we last bring every agency’s part of the picture together, and whose job was it?',
      'I deulu rydym wedi’i adnabod ers amser maith, pryd y daethom â rhan pob asiantaeth o’r darlun at ei gilydd ddiwethaf, a gwaith pwy oedd hynny?',
    ),
  },
  'human-tool-operation': {
    practice: draft(
      'What does your form or system not prompt you to ask, and how do you make sure it is asked?',
      'Beth nad yw eich ffurflen neu’ch system yn eich annog i’w ofyn, a sut rydych yn sicrhau ei fod yn cael ei ofyn?',
    ),
    supervision: draft(
      'Where do our tools make the safe thing harder to do, and who can we tell?',
      'Ble mae ein hoffer yn ei gwneud yn anoddach gwneud y peth diogel, ac wrth bwy y gallwn ddweud?',
    ),
  },
  'human-management-systems': {
    practice: draft(
      'What could go unread or unseen in your workload this week? Who would you tell?',
      'Beth allai fynd heb ei ddarllen neu heb ei weld yn eich llwyth gwaith yr wythnos hon? Wrth bwy y byddech yn dweud?',
    ),
    supervision: draft(
      'Which of our inboxes, rotas or handovers does no one own? Does supervision ask questions as well as track tasks?',
      'Pa rai o’n mewnflychau, rotâu neu drosglwyddiadau nad oes neb yn berchen arnynt? A yw goruchwyliaeth yn gofyn cwestiynau yn ogystal ag olrhain tasgau?',
    ),
  },
  'family-professional-interaction': {
    practice: draft(
      'Whose account are you relying on? Who in the child’s life have you not seen or checked?',
      'Ar stori pwy rydych chi’n dibynnu? Pwy ym mywyd y plentyn nad ydych wedi’i weld na’i wirio?',
    ),
    supervision: draft(
      'For each child we discuss: who are the adults in their life, which of them have we met, and what checks have we made about each?',
      'I bob plentyn a drafodwn: pwy yw’r oedolion yn eu bywyd, pa rai ohonynt rydym wedi’u cyfarfod, a pha wiriadau a wnaethom am bob un?',
    ),
  },
  'human-reasoning': {
    practice: draft(
      'What would make you change your view of this family? What would you expect to see if you were wrong?',
      'Beth fyddai’n gwneud i chi newid eich barn am y teulu hwn? Beth fyddech yn disgwyl ei weld pe baech yn anghywir?',
    ),
    supervision: draft(
      'Which first impressions have we not tested? Who could give us a different view?',
      'Pa argraffiadau cyntaf nad ydym wedi’u profi? Pwy allai roi safbwynt gwahanol i ni?',
    ),
  },
};

/** Offered when the review found good practice: strengths need protecting as much as gaps need closing. */
export const WENT_WELL_PROMPTS: BriefingPrompts = {
  practice: draft(
    'What made the good practice in this review possible, and is the same true where you work?',
    'Beth a wnaeth yr arfer da yn yr adolygiad hwn yn bosibl, ac a yw’r un peth yn wir lle rydych chi’n gweithio?',
  ),
  supervision: draft(
    'What do we do well that this review describes, and what would stop us doing it?',
    'Beth rydym yn ei wneud yn dda y mae’r adolygiad hwn yn ei ddisgrifio, a beth fyddai’n ein hatal rhag ei wneud?',
  ),
};

/** Always offered: the questions every briefing should leave a team with. */
export const GENERAL_PROMPTS: BriefingPrompts = {
  practice: draft(
    'What will you do differently on Monday because of this review?',
    'Beth fyddwch chi’n ei wneud yn wahanol ddydd Llun oherwydd yr adolygiad hwn?',
  ),
  supervision: draft(
    'Which recommendation touches our work most, and what is our part in the actions agreed?',
    'Pa argymhelliad sy’n cyffwrdd â’n gwaith fwyaf, a beth yw ein rhan ni yn y camau a gytunwyd?',
  ),
};
