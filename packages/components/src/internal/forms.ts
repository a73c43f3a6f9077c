import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ExportError, balanceBidi, logUnredactedExport, type AuditEntry, type ExportOverride, type Locale, type ReviewStore } from '@slk/sdk';
import { SlkAuditEvent } from './event.js';

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

/**
 * The first `max` UTF-16 code units of `text`, one fewer when the cut would fall inside a
 * surrogate pair: half an emoji shows as a replacement character.
 */
export function sliceText(text: string, max: number): string {
  const end = max > 0 && max < text.length && /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * At most `max` characters, ending in "…" when cut. Cut between whole characters, and with any
 * direction override the cut left open closed again, so it cannot reorder the text after it.
 */
export function excerpt(text: string, max: number): string {
  return text.length > max ? `${balanceBidi(sliceText(text, max - 1))}…` : text;
}

/**
 * The dialog every component shows before an internal (unredacted) download: who is asking
 * and why, both written to the audit log. `problem` is shown as a focusable alert.
 * `onRequest` makes the download with what was entered and says whether it did; the dialog
 * closes when it did, and otherwise moves focus to the problem the host now shows.
 */
export function unredactedExportDialog(options: {
  readonly id: string;
  readonly host: ReactiveElement;
  readonly open: boolean;
  readonly problem?: string | undefined;
  readonly onRequest: (override: ExportOverride) => Promise<boolean>;
  readonly onClose: () => void;
}): TemplateResult {
  const { id, problem } = options;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const dialog = form.closest('dialog');
    const data = new FormData(form);
    if (await options.onRequest({ role: textOf(data, 'role'), reason: textOf(data, 'reason') })) {
      dialog?.close();
      return;
    }
    await options.host.updateComplete;
    dialog?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  };
  return html`<dialog class="export-dialog" aria-labelledby="${id}-export-title" @close=${options.onClose}>
    ${options.open
      ? html`<form method="dialog" novalidate @submit=${submit}>
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
            <button type="button" class="button button--secondary" @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close()}>${msg('Cancel')}</button>
          </div>
        </form>`
      : nothing}
  </dialog>`;
}

/** Where a component logs an unredacted download: the store's audit log, then an `slk-audit` event. */
export function auditInto(host: HTMLElement, store: ReviewStore | undefined): (entry: AuditEntry) => Promise<void> {
  return async (entry) => {
    if (store) await store.audit(entry);
    host.dispatchEvent(new SlkAuditEvent(entry));
  };
}

/**
 * Checks and logs an unredacted download the component makes itself (CSV, calendar, image),
 * by the SDK's rule for every unredacted export. Undefined once logged; otherwise the problem
 * to show, which never repeats the role or reason.
 */
export async function logDownload(host: HTMLElement, store: ReviewStore | undefined, reviewId: string, override: ExportOverride, locale: Locale): Promise<string | undefined> {
  try {
    await logUnredactedExport({ reviewId, audience: 'internal', override, audit: auditInto(host, store) });
    return undefined;
  } catch (error) {
    return error instanceof ExportError
      ? error.text[locale]
      : msg('The download was not made because it could not be recorded in the audit log. Try again, or tell the person who looks after this page.');
  }
}

/** Lower case without accents, so "ŵyl" is found by "wyl" and "Police" by "police": what search compares. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
