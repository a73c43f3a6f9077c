import { defineElement } from '../internal/define.js';
import { SlkFeedbackForm, type FeedbackSubmitEvent, type SessionExtendEvent, type SessionTimeoutEvent } from './feedback-form.js';

defineElement('slk-feedback-form', SlkFeedbackForm);

export { SlkFeedbackForm };

declare global {
  interface HTMLElementTagNameMap {
    'slk-feedback-form': SlkFeedbackForm;
  }
  interface HTMLElementEventMap {
    'slk-submit': FeedbackSubmitEvent;
    'slk-session-extend': SessionExtendEvent;
    'slk-session-timeout': SessionTimeoutEvent;
  }
}
