// Safe forms the security rules must not report (test/node/lint.test.ts checks this).
import { html, svg } from 'lit';

declare const colour: string;
declare const target: HTMLElement;

export const a = html`<div class=${colour}></div>`;
export const b = svg`<rect class=${colour}></rect>`;
export const c = html`<p>The style = the text the reader sees.</p>`;
target.textContent = colour;
target.style.setProperty('--slk-x', colour);
