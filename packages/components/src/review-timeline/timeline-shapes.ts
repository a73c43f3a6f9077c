import { svg, type SVGTemplateResult } from 'lit';

/**
 * Each agency has a shape as well as a colour, so lanes and entries can be told apart
 * without colour (WCAG 1.4.1) and in forced-colours mode, where every colour is the same.
 * Shapes are drawn in a 12 by 12 box centred on (0, 0).
 */
const SHAPES: ReadonlyArray<(size: number) => SVGTemplateResult> = [
  (s) => svg`<circle r=${s / 2}></circle>`,
  (s) => svg`<rect x=${-s / 2} y=${-s / 2} width=${s} height=${s}></rect>`,
  (s) => svg`<polygon points=${`0,${-s / 2 - 1} ${s / 2 + 1},0 0,${s / 2 + 1} ${-s / 2 - 1},0`}></polygon>`,
  (s) => svg`<polygon points=${`0,${-s / 2 - 1} ${s / 2 + 1},${s / 2} ${-s / 2 - 1},${s / 2}`}></polygon>`,
  (s) => svg`<polygon points=${`0,${s / 2 + 1} ${s / 2 + 1},${-s / 2} ${-s / 2 - 1},${-s / 2}`}></polygon>`,
  (s) => svg`<polygon points=${hexagon(s / 2 + 0.5)}></polygon>`,
  (s) => svg`<path d=${`M${-s / 6},${-s / 2}h${s / 3}v${s / 3}h${s / 3}v${s / 3}h${-s / 3}v${s / 3}h${-s / 3}v${-s / 3}h${-s / 3}v${-s / 3}h${s / 3}z`}></path>`,
  (s) => svg`<polygon points=${star(s / 2 + 1)}></polygon>`,
  (s) => svg`<rect x=${-s / 2} y=${-s / 4} width=${s} height=${s / 2}></rect>`,
  (s) => svg`<rect x=${-s / 4} y=${-s / 2} width=${s / 2} height=${s}></rect>`,
];

function hexagon(r: number): string {
  return Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i;
    return `${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
}

function star(r: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const a = (Math.PI / 5) * i - Math.PI / 2;
    const radius = i % 2 ? r / 2.2 : r;
    return `${(radius * Math.cos(a)).toFixed(2)},${(radius * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
}

/** How many agencies have a shape of their own; later agencies reuse them. */
export const SHAPE_COUNT = SHAPES.length;

/** The shape of the agency at `index` in the review's agency list. */
export function agencyShape(index: number, size = 10): SVGTemplateResult {
  return SHAPES[((index % SHAPES.length) + SHAPES.length) % SHAPES.length]!(size);
}

/** The CSS class that colours an agency (eight colours; `--slk-timeline-agency-1` … `-8`). */
export function agencyClass(index: number): string {
  return `agency-${(((index % 8) + 8) % 8) + 1}`;
}
