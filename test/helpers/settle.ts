import type { LitElement } from 'lit';

/**
 * Waits until every kit element in `root` (and in their shadow roots) has finished updating,
 * including updates caused by other elements' updates (a provider that loads, then the
 * consumers it tells). Bounded: a test that never settles fails rather than hangs.
 */
export async function settled(root: Element, rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const elements = kitElements(root);
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    if (kitElements(root).every((el) => !el.isUpdatePending)) return;
  }
  throw new Error('Kit elements kept updating.');
}

function kitElements(root: Element): LitElement[] {
  const found: LitElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element && node.localName.startsWith('slk-')) found.push(node as LitElement);
    for (const child of node.children) visit(child);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
  };
  visit(root);
  return found;
}

/** Resolves when `predicate` holds, checking every animation frame; fails after `timeout` ms. */
export async function until(predicate: () => boolean | Promise<boolean>, what: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  // Awaited, so a check that reads a store works too (a pending promise is not "true").
  while (!(await predicate())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}
