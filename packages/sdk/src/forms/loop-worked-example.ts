/**
 * The worked example `<slk-loop-worksheet>` opens alongside, in each of the kit's languages.
 * The Welsh is a draft for review by a Welsh speaker.
 */
import type { Locale } from '../locale.js';
import type { LoopWorksheetInput } from '../model/schemas.js';
import { physicalInterventionWorksheet } from './loop-example.js';
import { physicalInterventionWorksheetCy } from './loop-example-cy.js';

export const LOOP_WORKED_EXAMPLE: Readonly<Record<Locale, LoopWorksheetInput>> = {
  'en-GB': physicalInterventionWorksheet,
  cy: physicalInterventionWorksheetCy,
};
