// What every benchmark measures with: summaries of timings, frames, shadow-tree node counts
// and long tasks. Bundled into each bench by test/bench/run.mjs.
import type { ReactiveElement } from 'lit';

export interface Sample {
  readonly runs: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

/** Median, 95th percentile and maximum of a run of timings. */
export function summarise(times: number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { runs: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export interface NodeCount {
  readonly at: string;
  readonly nodes: number;
  readonly elements: number;
}

/** Every node in the element's shadow tree (elements, text and comments, Lit's markers included). */
export function countNodes(el: Element, at: string): NodeCount {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let nodes = 0;
  let elements = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes++;
    if (node.nodeType === Node.ELEMENT_NODE) elements++;
  }
  return { at, nodes, elements };
}

/** Waits until the element has rendered and laid out, including a re-render its own measuring or scrolling asks for. */
export async function settle(el: ReactiveElement): Promise<void> {
  await el.updateComplete;
  await frame();
  await frame();
  await el.updateComplete;
}

/**
 * Collects long tasks (reported after the fact) for a whole run, grouped by the phase the
 * bench says it is in. Call `stop()` before reading.
 */
export function recordLongTasks(first: string): { readonly all: number[]; readonly phases: Record<string, number[]>; phase: string; stop(): void } {
  const record = { all: [] as number[], phases: {} as Record<string, number[]>, phase: first, stop: () => observer.disconnect() };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.all.push(entry.duration);
      (record.phases[record.phase] ??= []).push(Math.round(entry.duration));
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  return record;
}
