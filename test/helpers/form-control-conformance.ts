/**
 * The conformance suite every form-associated kit element passes: what a page author expects
 * of any control inside a native `<form>`. Call it inside a `describe` with how to render the
 * element (it is given the `name` to use), how to make its value valid, and the form-data
 * entries it should then contribute.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { settled } from './settle.js';

interface FormControl extends LitElement {
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  disabled: boolean;
}

export interface ConformanceSubject {
  /** Renders the element with this `name`. */
  readonly render: (name: string) => TemplateResult;
  /** Answers whatever is required, as a user would. */
  readonly makeValid: (el: HTMLElement) => Promise<void>;
  /** The entries, whose names start with the element's name, that the form then sends. */
  readonly entries: ReadonlyArray<readonly [string, string]>;
}

export function formControlConformance(tagName: string, subject: ConformanceSubject): void {
  const NAME = 'answers';
  const own = (form: HTMLFormElement) => [...new FormData(form).entries()].filter(([name]) => name.startsWith(NAME)).map(([name, value]) => [name, typeof value === 'string' ? value : value.name]);

  async function inForm(wrap: (control: TemplateResult) => TemplateResult = (c) => c): Promise<{ form: HTMLFormElement; el: FormControl }> {
    const form = await fixture<HTMLFormElement>(html`<form>${wrap(subject.render(NAME))}<button type="submit">Send</button></form>`);
    const el = form.querySelector<FormControl>(tagName)!;
    await settled(form);
    return { form, el };
  }

  describe('as a form control', () => {
    it('belongs to the form around it', async () => {
      const { form, el } = await inForm();
      expect((el.constructor as { formAssociated?: boolean }).formAssociated).to.equal(true);
      expect(el.form).to.equal(form);
    });

    it('is invalid until the required answers are given, then valid', async () => {
      const { form, el } = await inForm();
      expect(el.willValidate).to.equal(true);
      expect(el.validity.valid).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      await subject.makeValid(el);
      await settled(form);
      expect(el.validity.valid).to.equal(true);
      expect(el.checkValidity()).to.equal(true);
    });

    it('stops the form being sent while invalid, telling the element', async () => {
      const { form, el } = await inForm();
      let submitted = false;
      let invalid = false;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted = true;
      });
      el.addEventListener('invalid', () => (invalid = true));
      form.requestSubmit();
      expect(submitted).to.equal(false);
      expect(invalid).to.equal(true);
    });

    it('sends its answers with the form', async () => {
      const { form, el } = await inForm();
      await subject.makeValid(el);
      await settled(form);
      let sent: string[][] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        sent = own(form);
      });
      form.requestSubmit();
      expect(sent).to.deep.equal(subject.entries.map(([n, v]) => [n, v]));
    });

    it('empties when the form is reset', async () => {
      const { form, el } = await inForm();
      await subject.makeValid(el);
      await settled(form);
      form.reset();
      await settled(form);
      expect(own(form)).to.deep.equal([]);
      expect(el.validity.valid).to.equal(false);
    });

    it('is disabled, and sends nothing, inside a disabled fieldset', async () => {
      const { form, el } = await inForm((c) => html`<fieldset>${c}</fieldset>`);
      await subject.makeValid(el);
      form.querySelector('fieldset')!.disabled = true;
      await settled(form);
      expect(el.matches(':disabled')).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(own(form)).to.deep.equal([]);
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea, select, button')];
      expect(controls.length).to.be.greaterThan(0);
      expect(controls.every((c) => c.disabled), 'every inner control is disabled').to.equal(true);
    });

    it('is disabled, and sends nothing, with its own disabled attribute', async () => {
      const { form, el } = await inForm();
      await subject.makeValid(el);
      el.disabled = true;
      await settled(form);
      expect(el.matches(':disabled')).to.equal(true);
      expect(own(form)).to.deep.equal([]);
      expect(form.checkValidity(), 'a disabled control does not block the form').to.equal(true);
    });
  });
}
