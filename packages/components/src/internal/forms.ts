import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** A text field's value from form data, trimmed; '' when absent. */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The form field a validation path belongs to (`kpeIds[1]` → `kpeIds`). */
export function fieldOf(path: string, fallback: string): string {
  return path.split(/[.[]/)[0] || fallback;
}

/** A new record id, such as `entry-3f9a0c12d4`: random, so two tabs never pick the same. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** At most `max` characters, ending in "…" when cut. */
export function excerpt(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The dialog every component shows before an internal (unredacted) download: who is asking
 * and why, both written to the audit log. `problem` is shown as a focusable alert.
 */
export function unredactedExportDialog(options: {
  readonly id: string;
  readonly open: boolean;
  readonly problem?: string | undefined;
  readonly onSubmit: (event: SubmitEvent) => unknown;
  readonly onClose: () => void;
  readonly onCancel: () => void;
}): TemplateResult {
  const { id, problem } = options;
  return html`<dialog class="export-dialog" aria-labelledby="${id}-export-title" @close=${options.onClose}>
    ${options.open
      ? html`<form method="dialog" novalidate @submit=${options.onSubmit}>
          <h2 id="${id}-export-title">${msg('Download a copy that is not redacted')}</h2>
          <p>${msg('This copy has names and details that the review panel and the public must not see. Say who you are and why you need it; both are recorded in the audit log.')}</p>
          ${problem ? html`<p class="error-message" role="alert" tabindex="-1"><span class="visually-hidden">${msg('Error:')}</span> ${problem}</p>` : nothing}
          <div class="field">
            <label for="${id}-role">${msg('Your role')}</label>
            <input id="${id}-role" name="role" autocomplete="organization-title" required />
          </div>
          <div class="field">
            <label for="${id}-reason">${msg('Why you need an unredacted copy')}</label>
            <textarea id="${id}-reason" name="reason" rows="3" required></textarea>
          </div>
          <div class="form-actions">
            <button type="submit" class="button">${msg('Download')}</button>
            <button type="button" class="button button--secondary" @click=${options.onCancel}>${msg('Cancel')}</button>
          </div>
        </form>`
      : nothing}
  </dialog>`;
}

/** Lower case without accents, so "ŵyl" is found by "wyl" and "Police" by "police": what search compares. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
