import { Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import '@slk/components/feedback-form/define.js';
import type { FeedbackAnswers } from '@slk/components';
import { SAMPLE_TODAY } from '@slk/sdk/fixtures';
import { FeedbackFormValueAccessor } from './feedback-form-value-accessor.js';

/** An answer as people read it: choices joined, yes/no in words. */
function answerText(answer: FeedbackAnswers[string]): string {
  if (Array.isArray(answer)) return answer.join(', ');
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  return String(answer);
}

/** The answers as the app holds them, as a list. */
@Component({
  selector: 'app-answers',
  template: `
    @if (entries().length) {
      <dl>
        @for (entry of entries(); track entry.question) {
          <div>
            <dt>{{ entry.question }}</dt>
            <dd>{{ entry.text }}</dd>
          </div>
        }
      </dl>
    } @else {
      <p>No answers yet.</p>
    }
  `,
})
export class AnswersComponent {
  readonly answers = input<FeedbackAnswers | null>(null);
  protected entries = () => Object.entries(this.answers() ?? {}).map(([question, answer]) => ({ question, text: answerText(answer) }));
}

const WITH_ROLE = (answers: FeedbackAnswers | null): FeedbackAnswers => ({ ...answers, 'role-level': 'frontline' });

/** The feedback form bound to a reactive-forms `FormControl`. */
@Component({
  selector: 'app-reactive-feedback',
  imports: [ReactiveFormsModule, FeedbackFormValueAccessor, AnswersComponent],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <slk-feedback-form definition-id="event-evaluation" [today]="today" [formControl]="answers"></slk-feedback-form>
    <div class="panel">
      <h3>Answers held by Angular (a FormControl)</h3>
      <app-answers id="model" [answers]="answers.value" />
      <p id="touched">The control is {{ answers.touched ? 'touched' : 'untouched' }}{{ answers.disabled ? ' and disabled' : '' }}.</p>
      <div class="buttons">
        <button type="button" id="fill-role" (click)="answers.setValue(withRole(answers.value))">Answer &ldquo;your role&rdquo; from Angular: front line</button>
        <button type="button" id="clear-answers" (click)="answers.setValue(null)">Clear the answers from Angular</button>
        <button type="button" id="disable" (click)="answers.disabled ? answers.enable() : answers.disable()">
          {{ answers.disabled ? 'Enable' : 'Disable' }} the form
        </button>
      </div>
    </div>
  `,
})
export class ReactiveFeedbackComponent {
  protected readonly today = SAMPLE_TODAY;
  protected readonly answers = new FormControl<FeedbackAnswers | null>(null);
  protected readonly withRole = WITH_ROLE;
}

/** The same form with template-driven `[(ngModel)]`. */
@Component({
  selector: 'app-template-feedback',
  imports: [FormsModule, FeedbackFormValueAccessor, AnswersComponent],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <slk-feedback-form
      definition-id="event-evaluation"
      [today]="today"
      [(ngModel)]="answers"
      [disabled]="locked"
      #answersModel="ngModel"
    ></slk-feedback-form>
    <div class="panel">
      <h3>Answers held by Angular ([(ngModel)])</h3>
      <app-answers id="model" [answers]="answers" />
      <p id="touched">The control is {{ answersModel.touched ? 'touched' : 'untouched' }}{{ locked ? ' and disabled' : '' }}.</p>
      <div class="buttons">
        <button type="button" id="fill-role" (click)="answers = withRole(answers)">Answer &ldquo;your role&rdquo; from Angular: front line</button>
        <button type="button" id="clear-answers" (click)="answers = null">Clear the answers from Angular</button>
        <button type="button" id="disable" (click)="locked = !locked">{{ locked ? 'Enable' : 'Disable' }} the form</button>
      </div>
    </div>
  `,
})
export class TemplateFeedbackComponent {
  protected readonly today = SAMPLE_TODAY;
  protected answers: FeedbackAnswers | null = null;
  protected locked = false;
  protected readonly withRole = WITH_ROLE;
}
