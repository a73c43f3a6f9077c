import { Directive, ElementRef, forwardRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import type { FeedbackAnswers, SlkFeedbackForm } from '@slk/components';

/**
 * Connects `<slk-feedback-form>` to Angular forms, so `[formControl]`, `formControlName` and
 * `[(ngModel)]` work on it as on a native input:
 *  - value in: the control's value is set as the element's `value` (null empties the form);
 *  - value out: the element fires `input` on every change of answer, and `value` then holds
 *    every answer (the same object until something changes);
 *  - touched: when focus leaves the element, as Angular does for inputs on blur;
 *  - disabled: `control.disable()` (or `[disabled]` with ngModel) sets the element's
 *    `disabled`, so the answers can be read but not changed.
 * Copy it into your app: it is the whole adapter.
 */
@Directive({
  selector: 'slk-feedback-form[formControl], slk-feedback-form[formControlName], slk-feedback-form[ngModel]',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => FeedbackFormValueAccessor), multi: true }],
  host: {
    '(input)': 'handleInput()',
    '(focusout)': 'handleFocusOut($event)',
  },
})
export class FeedbackFormValueAccessor implements ControlValueAccessor {
  private readonly element = inject<ElementRef<SlkFeedbackForm>>(ElementRef).nativeElement;
  private onChange: (value: FeedbackAnswers) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: FeedbackAnswers | null | undefined): void {
    this.element.value = value ?? null;
  }

  registerOnChange(fn: (value: FeedbackAnswers) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(isDisabled: boolean): void {
    this.element.disabled = isDisabled;
  }

  protected handleInput(): void {
    this.onChange(this.element.value);
  }

  protected handleFocusOut(event: FocusEvent): void {
    // Moving between the form's own questions does not count: only leaving the element does.
    const next = event.relatedTarget;
    if (next instanceof Node && (next === this.element || this.element.contains(next))) return;
    this.onTouched();
  }
}
