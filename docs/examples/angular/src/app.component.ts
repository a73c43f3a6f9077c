import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import '@slk/components/review/define.js';
import '@slk/components/action-tracker/define.js';
import type { SlkActionSelectEvent } from '@slk/components';
import { childJReview, SAMPLE_TODAY } from '@slk/sdk/fixtures';
import { ReactiveFeedbackComponent, TemplateFeedbackComponent } from './feedback.components.js';

interface OpenedAction {
  readonly id: string;
  readonly title: string;
  readonly rag: string;
}

/**
 * CUSTOM_ELEMENTS_SCHEMA lets the template use the kit's tags. `[review]` and `[today]` set
 * the elements' properties; `(slk-action-select)` listens for the event, and with
 * strictTemplates `$event` is typed as `SlkActionSelectEvent`, from the kit's declarations.
 */
@Component({
  selector: 'app-root',
  imports: [ReactiveFeedbackComponent, TemplateFeedbackComponent],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Child J: action plan and practitioner feedback</h1>
      <p>A fictional review. This page is an Angular app using the kit&rsquo;s elements directly.</p>

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">Action plan</h2>
        <slk-review [review]="review">
          <slk-action-tracker [today]="today" label="Child J action plan" (slk-action-select)="onActionSelect($event)"></slk-action-tracker>
        </slk-review>
        <p class="panel" id="selected" role="status">
          @if (opened(); as action) {
            You opened {{ action.id }}: {{ action.title }} (RAG: {{ action.rag }}).
          } @else {
            Open an action in the plan to see it here.
          }
        </p>
      </section>

      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">Feedback on the learning event</h2>
        @if (templateDriven) {
          <p>This form uses <code>[(ngModel)]</code>. <a href="./">Use a FormControl instead</a>.</p>
          <app-template-feedback />
        } @else {
          <p>This form uses a <code>FormControl</code>. <a href="./?forms=template">Use [(ngModel)] instead</a>.</p>
          <app-reactive-feedback />
        }
      </section>
    </main>
  `,
})
export class AppComponent {
  protected readonly review = childJReview;
  protected readonly today = SAMPLE_TODAY;
  protected readonly opened = signal<OpenedAction | undefined>(undefined);
  protected readonly templateDriven = new URLSearchParams(location.search).get('forms') === 'template';

  protected onActionSelect(event: SlkActionSelectEvent): void {
    const { action, rag } = event.detail;
    this.opened.set({ id: action.id, title: action.title, rag });
  }
}
