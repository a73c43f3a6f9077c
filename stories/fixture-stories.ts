import type { StoryObj } from '@storybook/web-components-vite';
import type { ComponentFixtures } from '../packages/components/src/internal/fixtures.js';

/**
 * A story that renders one of a component's fixtures, so stories never hold their own
 * markup: an example added to the fixtures file is tested, swept for accessibility and
 * shown here. test/node/stories.test.ts checks every fixture has its story.
 */
export function storyFrom(component: ComponentFixtures, name: string): StoryObj {
  const fixture = component.fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`${component.tagName} has no fixture named "${name}".`);
  return {
    name: fixture.name,
    render: () => fixture.render(),
    parameters: { docs: { description: { story: fixture.description } } },
  };
}
