// React 18 cannot pass objects to custom elements or listen for their events, so this app
// uses the @lit/react wrappers that `npm run wrappers` generates from the kit's
// custom-elements.json: each sets the element's properties and maps `onSlk…` props to the
// element's `slk-…` events, typed with the element and event classes.
import { useState } from 'react';
import type { FeedbackAnswers } from '@slk/components';
import { formatPartialDate, type ChronologyEntry } from '@slk/sdk';
import { childJReview, SAMPLE_TODAY } from '@slk/sdk/fixtures';
import { SlkFeedbackForm } from './generated/slk-feedback-form.js';
import { SlkReview } from './generated/slk-review.js';
import { SlkReviewTimeline } from './generated/slk-review-timeline.js';

/** An answer as people read it: choices joined, yes/no in words. */
function answerText(answer: FeedbackAnswers[string]): string {
  if (Array.isArray(answer)) return answer.join(', ');
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  return String(answer);
}

export function App() {
  const [chosen, setChosen] = useState<ChronologyEntry | undefined>();
  // The feedback form's answers live in React state: the wrapper sets the element's `value`
  // property (value in); the element fires `input` on every change (value out).
  const [answers, setAnswers] = useState<FeedbackAnswers>({});

  return (
    <main>
      <h1>Child J: chronology and practitioner feedback</h1>
      <p>A fictional review. This page is a React 18 app using generated wrappers.</p>

      <section aria-labelledby="chronology-heading">
        <h2 id="chronology-heading">Multi-agency chronology</h2>
        {/* The review object goes in as a property; every kit element inside shares it. */}
        <SlkReview review={childJReview}>
          <SlkReviewTimeline label="Child J chronology" onSlkEntrySelect={(event) => setChosen(event.detail.entry)} />
        </SlkReview>
        <p className="panel" id="selected" role="status">
          {chosen
            ? `You chose entry ${chosen.id} (${formatPartialDate(chosen.date, 'en-GB')}): ${chosen.event}`
            : 'Choose an entry in the chronology (click it, or press Enter on it) to see it here.'}
        </p>
      </section>

      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">Feedback on the learning event</h2>
        <SlkFeedbackForm
          definitionId="event-evaluation"
          today={SAMPLE_TODAY}
          value={answers}
          // React 18 handles `input` from any element itself: no mapping needed.
          onInput={(event) => setAnswers(event.currentTarget.value)}
        />
        <div className="panel">
          <h3>Answers held by React</h3>
          {Object.keys(answers).length ? (
            <dl id="model">
              {Object.entries(answers).map(([question, answer]) => (
                <div key={question}>
                  <dt>{question}</dt>
                  <dd>{answerText(answer)}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p id="model">No answers yet.</p>
          )}
          <div className="buttons">
            {/* Changing the state fills the form in: the wrapper sets the new value. */}
            <button type="button" id="fill-role" onClick={() => setAnswers({ ...answers, 'role-level': 'frontline' })}>
              Answer &ldquo;your role&rdquo; from React: front line
            </button>
            <button type="button" id="clear-answers" onClick={() => setAnswers({})}>
              Clear the answers from React
            </button>
          </div>
        </div>
      </section>
    </main>
  );
}
