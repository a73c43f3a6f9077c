// Every component's fixtures, for the accessibility sweep. `npm run new:component` adds to
// this list, and test/node/repository.test.ts fails if a component is missing from it.
import type { ComponentFixtures } from '../../packages/components/src/internal/fixtures.js';
import { languageSwitchFixtures } from '../../packages/components/src/language-switch/language-switch.fixtures.js';
import { reviewFixtures } from '../../packages/components/src/review/review.fixtures.js';
import { reviewTimelineFixtures } from '../../packages/components/src/review-timeline/review-timeline.fixtures.js';
import { factorMapFixtures } from '../../packages/components/src/factor-map/factor-map.fixtures.js';
import { actionTrackerFixtures } from '../../packages/components/src/action-tracker/action-tracker.fixtures.js';
import { feedbackFormFixtures } from '../../packages/components/src/feedback-form/feedback-form.fixtures.js';
import { feedbackSummaryFixtures } from '../../packages/components/src/feedback-summary/feedback-summary.fixtures.js';
import { loopWorksheetFixtures } from '../../packages/components/src/loop-worksheet/loop-worksheet.fixtures.js';
import { practiceBriefingFixtures } from '../../packages/components/src/practice-briefing/practice-briefing.fixtures.js';

export const allFixtures: readonly ComponentFixtures[] = [
  languageSwitchFixtures,
  reviewFixtures,
  reviewTimelineFixtures,
  factorMapFixtures,
  actionTrackerFixtures,
  feedbackFormFixtures,
  feedbackSummaryFixtures,
  loopWorksheetFixtures,
  practiceBriefingFixtures,
];
