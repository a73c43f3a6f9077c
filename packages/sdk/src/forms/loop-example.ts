/**
 * The worked example the loop-learning worksheet opens alongside: a low-level concern about
 * frequent physical interventions, walked through the defensive response and single-,
 * double- and triple-loop learning, as a group of practitioners might. It ships with the SDK
 * (not only the fixtures) because `<slk-loop-worksheet>` shows it to every user.
 *
 * The scenario is fictional. Its wording draws on the systems approach and on Argyris and
 * Schön: the gap between espoused theory and theory-in-use, and defensive routines (Model I)
 * against open testing of assumptions (Model II).
 */
import type { LoopWorksheetInput } from '../model/schemas.js';

/** A group’s worked example on a low-level concern about frequent physical interventions. */
export const physicalInterventionWorksheet: LoopWorksheetInput = {
  schemaVersion: 1,
  kind: 'loop-worksheet',
  id: 'ws-physical-intervention',
  title: 'A low-level concern about frequent physical interventions',
  subject: {
    kind: 'scenario',
    text:
      'A female member of staff raises a low-level concern about a male colleague. He is involved in physical interventions with children far more often than anyone else in the team. ' +
      'She believes each restraint was justified when she looks at it on its own. What worries her is how often they happen.',
  },
  mode: 'group',
  status: 'complete',
  defensive: {
    response:
      'Treat each restraint as a separate incident. Check that every record is complete and signed off as proportionate, then reassure her that nothing was wrong. ' +
      'If anything more is done, book him onto a de-escalation refresher course and introduce a new restraint monitoring form.',
    protects:
      'It protects the colleague, the manager and the organisation from an uncomfortable conversation, and from the idea that something in how we work is producing this. ' +
      'It keeps intact the story we tell about ourselves: our practice is safe because every incident is reviewed. It lets everyone stay in control and avoid looking at their own part, ' +
      'which is what a defensive routine is for.',
    misses:
      'The pattern. Nobody asks why it is so often him, what the children experience, whether rotas put him in the room at the hardest moments, or whether colleagues step back because “he deals with it”. ' +
      'It also teaches the person who raised the concern that speaking up earns reassurance rather than curiosity, so she, and anyone watching, is less likely to speak next time.',
  },
  singleLoop: {
    change:
      'Keep the same goals and rules but change what we do: review the restraint log by staff member, child and shift; have another trained colleague lead for the next few weeks; debrief after every intervention; ' +
      'and use his supervision to look at what happens in the minutes before a restraint. Thank the staff member who raised it and tell her what happens next.',
  },
  doubleLoop: {
    assumptions:
      'The unwritten rules that made this seem right: “the strongest member of staff is the safest person to intervene”; “if each restraint was justified, the number does not matter”; ' +
      '“having a man on shift keeps things calm”; “we only look at an incident when someone calls it a problem”. Our audits count whether forms are complete, not whether a restraint could have been avoided. ' +
      'We say we value the least restrictive practice and the child’s voice; our routines reward getting a situation under control quickly. The gap between what we say and what we do is the thing to look at.',
    change:
      'Replace “who is strongest” with “who knows this child best and can calm things down”. Treat frequency as information in its own right, with a level that prompts a team discussion rather than an investigation of one person. ' +
      'Share who responds and how often, so it is not always the same people. Measure restraints avoided and what children say afterwards, not only whether forms are filled in. ' +
      'Make it normal for anyone to ask “why is it always me, or him?” without it sounding like an accusation: put the data on the table, test our beliefs together and decide together.',
  },
  tripleLoop: {
    howWeLearn:
      'We learn from single incidents that cross a threshold, and rarely from patterns that stay below one. Low-level concerns are logged but not read together, and the designated officer only sees what is referred. ' +
      'Who decides what counts as a concern, and do we thank or quietly penalise the people who raise uncomfortable questions? We could treat low-level concern records as material for regular reflection rather than a return to complete.',
    whoIsMissing:
      'The children who were restrained and their families: what it felt like, and what they think would have helped. The designated officer, who can tell us whether the same pattern shows up in other settings. ' +
      'The staff member who raised it, who should help shape what happens next rather than just be told. The colleague himself, whose account of why he is called on is evidence too. Night and agency staff, who may see a different picture.',
  },
  nextExperiment: {
    description:
      'For eight weeks, the team meeting reviews every physical intervention by child, staff member and time of day, asking “what could have happened earlier?”. ' +
      'For each child, staff agree in advance who leads on calming things down, chosen for their relationship with the child rather than their size. ' +
      'After any restraint, the child is offered a conversation with an adult they trust, and what they say is recorded.',
    measure:
      'Fewer restraints overall and a more even spread across staff; more recorded attempts to calm things down before a restraint; what children say afterwards; ' +
      'and whether staff say, in a short anonymous survey, that they would feel able to raise a similar concern.',
    reviewOn: '2025-03-31',
  },
  contributions: [
    {
      id: 'c1',
      section: 'defensive',
      text: 'Our first instinct was to check the paperwork. When it was all signed off we felt relieved, and I think that relief was the problem.',
    },
    {
      id: 'c2',
      section: 'single',
      text: 'Change the rota so he is not always the named responder on the busiest shifts.',
    },
    {
      id: 'c3',
      section: 'double',
      text: 'We have always said “send the big lads in”. Nobody ever wrote it down, but everyone knows it.',
    },
    {
      id: 'c4',
      section: 'double',
      text: 'If the audit only checks that the form is complete, we will keep getting complete forms.',
    },
    {
      id: 'c5',
      section: 'triple',
      text: 'We never ask the children. They are the only ones who were there every time.',
    },
    {
      id: 'c6',
      section: 'triple',
      text: 'Would she have raised this if she had been new? We should find out what made it possible for her, and make it easier for the next person.',
    },
    {
      id: 'c7',
      section: 'next-experiment',
      text: 'Ask the designated officer whether other settings see the same pattern before we decide it is about one person.',
    },
  ],
  showAuthors: false,
  updatedOn: '2025-01-20',
};
