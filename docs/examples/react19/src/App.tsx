// React 19 uses the kit's custom elements directly, with no wrappers:
//  - a prop is set as a property when the element has one (`review={childJReview}` hands over
//    the object itself), otherwise as an attribute;
//  - a prop named `on` + the exact event name adds a listener: `onslk-action-select`.
// The import below brings in typed JSX for every kit tag, generated from the package's
// custom-elements.json, so property types and event classes are checked by `tsc`.
import type {} from '@slk/components/jsx.js';
import '@slk/components/review/define.js';
import '@slk/components/action-tracker/define.js';
import '@slk/components/feedback-form/define.js';
import { useState } from 'react';
import type { FeedbackAnswers, SlkActionSelectEvent } from '@slk/components';
import { childJReview, SAMPLE_TODAY } from '@slk/sdk/fixtures';

interface OpenedAction {
  readonly id: string;
  readonly title: string;
  readonly rag: string;
}

/** An answer as people read it: choices joined, yes/no in words. */
function answerText(answer: FeedbackAnswers[string]): string {
  if (Array.isArray(answer)) return answer.join(', ');
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  return String(answer);
}

export function App() {
  const [opened, setOpened] = useState<OpenedAction | undefined>();
  // The feedback form's answers live in React state: the element shows them (value in) and
  // reports each change with an `input` event (value out), like a native control.
  const [answers, setAnswers] = useState<FeedbackAnswers>({});

  const onActionSelect = (event: SlkActionSelectEvent) => {
    const { action, rag } = event.detail;
    setOpened({ id: action.id, title: action.title, rag });
  };

  return (
    <main>
      <h1>Child J: action plan and practitioner feedback</h1>
      <p>A fictional review. This page is a React 19 app using the kit&rsquo;s elements directly.</p>

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">Action plan</h2>
        {/* The review object goes in as a property; every kit element inside shares it. */}
        <slk-review review={childJReview}>
          <slk-action-tracker today={SAMPLE_TODAY} label="Child J action plan" onslk-action-select={onActionSelect} />
        </slk-review>
        <p className="panel" id="selected" role="status">
          {opened ? `You opened ${opened.id}: ${opened.title} (RAG: ${opened.rag}).` : 'Open an action in the plan to see it here.'}
        </p>
      </section>

      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">Feedback on the learning event</h2>
        <slk-feedback-form
          definitionId="event-evaluation"
          today={SAMPLE_TODAY}
          value={answers}
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
            {/* Changing the state fills the form in: the element takes the new value. */}
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
