import type { AuditEntry } from '@slk/sdk';
/**
 * Base class for the kit's public events.
 *
 * Public events bubble and are composed so that a listener on any ancestor, including
 * outside the component's shadow root (a React, Angular or Vue wrapper), receives them.
 * Each event is its own subclass with a typed `detail`, named `slk-<something>`.
 */
export class SlkEvent<Detail> extends Event {
  /** What happened, typed per event. */
  readonly detail: Detail;

  constructor(type: `slk-${string}`, detail: Detail, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    this.detail = detail;
  }
}

/**
 * An unredacted (internal) export was made; `detail` is the audit entry, also kept by the
 * store when there is one. Every component with downloads fires it.
 */
export class SlkAuditEvent extends SlkEvent<AuditEntry> {
  static readonly eventName = 'slk-audit';
  constructor(detail: AuditEntry) {
    super(SlkAuditEvent.eventName, detail);
  }
}
