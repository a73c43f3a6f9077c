import type { TemplateResult } from 'lit';

/**
 * One example of a component in use. The same fixtures feed the component's tests, its
 * Storybook stories, its docs page and the accessibility sweep, so an example added once
 * is demoed, documented and checked.
 */
export interface Fixture {
  /** Short name, unique within the component: also the story name. */
  readonly name: string;
  /** One sentence on what the example shows. */
  readonly description: string;
  /** Renders the example. Must not depend on state left by another fixture. */
  readonly render: () => TemplateResult;
}

/** Every fixture of one component, keyed by its tag. */
export interface ComponentFixtures {
  readonly tagName: `slk-${string}`;
  readonly fixtures: readonly Fixture[];
}
