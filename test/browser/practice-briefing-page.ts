import { childJReview } from '@slk/sdk/fixtures';
import '../../packages/components/src/practice-briefing/define.js';

// A key of the test's own, so the reload test never meets another run's edits.
const key = new URLSearchParams(location.search).get('key');
const briefing = document.querySelector('slk-practice-briefing')!;
if (key) briefing.draftKey = key;
briefing.review = childJReview;
