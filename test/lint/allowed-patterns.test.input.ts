// Safe forms the security rules must not report (test/node/lint.test.ts checks this).
import { html, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

declare const colour: string;
declare const target: HTMLElement;

export const a = html`<div style=${styleMap({ color: colour })} class="a"></div>`;
export const b = svg`<rect style=${styleMap({ fill: colour })}></rect>`;
export const c = html`<p>The style = the text the reader sees.</p>`;
target.textContent = colour;
target.style.setProperty('--slk-x', colour);
