/**
 * Registers a custom element once.
 *
 * Intranet pages often load the same bundle twice (a per-component drop-in beside the
 * everything bundle, or two web parts on one SharePoint page). `customElements.define`
 * throws on a second call, which would break the page, so a repeat with the same class is
 * ignored and a repeat with a different class keeps the first registration and warns.
 *
 * @returns `true` when this call registered the tag.
 */
export function defineElement(tagName: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // Node / SSR: nothing to register.
  const existing = registry.get(tagName);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `<${tagName}> is already defined by another copy of the Safeguarding Learning Kit; ` +
          'keeping the first definition. Load one bundle per page to avoid this.',
      );
    }
    return false;
  }
  registry.define(tagName, ctor);
  return true;
}
