// Every line marked `expect:` must be reported by `npm run lint` with that rule.
// test/node/lint.test.ts lints this file on purpose; the main lint run ignores it.
import { html, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js'; // expect: no-restricted-imports
import { unsafeSVG } from 'lit/directives/unsafe-svg.js'; // expect: no-restricted-imports
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js'; // expect: no-restricted-imports

declare const userText: string;
declare const colour: string;
declare const target: HTMLElement;

export const a = html`<p>${unsafeHTML(userText)}</p>`; // expect: no-restricted-syntax
export const b = svg`<g>${unsafeSVG(userText)}</g>`; // expect: no-restricted-syntax
export const c = staticHtml`<${unsafeStatic(userText)}></${unsafeStatic(userText)}>`; // expect: no-restricted-syntax

target.innerHTML = userText; // expect: no-restricted-syntax
target.outerHTML = userText; // expect: no-restricted-syntax
target.insertAdjacentHTML('beforeend', userText); // expect: no-restricted-syntax
document.write(userText); // expect: no-restricted-syntax

eval(userText); // expect: no-eval
export const f = new Function(userText); // expect: no-new-func
setTimeout(userText, 10); // expect: @typescript-eslint/no-implied-eval

export const d = html`<div style="color: ${colour}"></div>`; // expect: slk/no-string-style
export const e = html`<div style=${colour}></div>`; // expect: slk/no-string-style
export const g = html`<div .style=${colour}></div>`; // expect: slk/no-string-style
export const h = svg`<rect style="fill: ${colour}"></rect>`; // expect: slk/no-string-style
target.setAttribute('style', colour); // expect: no-restricted-syntax
export const i = html`<div class="x" style="color: red"></div>`; // expect: slk/no-string-style
export const j = html`<div style="color: ${colour}; margin: 0"></div>`; // expect: slk/no-string-style
// styleMap's first render sets the attribute as a string, which CSP blocks.
export const j = html`<div style=${styleMap({ color: colour })}></div>`; // expect: slk/no-string-style
export const k = svg`<rect style=${styleMap({ fill: colour })}></rect>`; // expect: slk/no-string-style
