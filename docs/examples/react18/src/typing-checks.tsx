// Never rendered or bundled: `tsc` checks this file with the app (`npm run build`), and fails
// if the generated wrappers stop catching these mistakes, because each `@ts-expect-error`
// would then be unused.
import type { SlkActionSelectEvent } from '@slk/components';
import { childJReview } from '@slk/sdk/fixtures';
import { SlkReview } from './generated/slk-review.js';
import { SlkReviewTimeline } from './generated/slk-review-timeline.js';

export function TypingChecks() {
  return (
    <>
      {/* Right: properties typed from the element classes, listeners from the event classes. */}
      <SlkReview review={childJReview} audience="panel">
        <SlkReviewTimeline view="lanes" onSlkEntrySelect={(event) => event.detail.entry.id} />
      </SlkReview>

      {/* @ts-expect-error `view` is 'list' or 'lanes': a made-up view is caught. */}
      <SlkReviewTimeline view="kanban" />

      {/* @ts-expect-error `review` takes a Review, not a review's id. */}
      <SlkReview review="child-j" />

      {/* @ts-expect-error The listener gets the element's own event class, not another element's. */}
      <SlkReviewTimeline onSlkEntrySelect={(event: SlkActionSelectEvent) => event.detail.rag} />
    </>
  );
}
