// Never rendered or bundled: `tsc` checks this file with the app (`npm run build`), and fails
// if the kit's JSX typings stop catching these mistakes, because each `@ts-expect-error`
// would then be unused.
import type {} from '@slk/components/jsx.js';
import type { SlkEntrySelectEvent } from '@slk/components';
import { childJReview } from '@slk/sdk/fixtures';

export function TypingChecks() {
  return (
    <>
      {/* Right: properties typed from the element classes. */}
      <slk-review review={childJReview} audience="publication" />
      <slk-action-tracker view="board" editable today="2026-11-21" />

      {/* @ts-expect-error `view` is 'table' or 'board': a made-up view is caught. */}
      <slk-action-tracker view="kanban" />

      {/* @ts-expect-error `audience` takes the SDK's audiences only. */}
      <slk-review audience="everyone" />

      {/* @ts-expect-error `today` is an ISO date string, not a Date. */}
      <slk-action-tracker today={new Date()} />

      {/* @ts-expect-error React 19 listens for the exact event name: `onSlkActionSelect` would wait for "SlkActionSelect". */}
      <slk-action-tracker onSlkActionSelect={() => undefined} />

      {/* @ts-expect-error The listener gets the element's own event class, not another element's. */}
      <slk-action-tracker onslk-action-select={(event: SlkEntrySelectEvent) => event.detail.entry} />
    </>
  );
}
