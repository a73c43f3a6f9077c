import type { StoryObj } from '@storybook/web-components-vite';
import { MemoryStore } from '@slk/sdk';
import { childJReview } from '@slk/sdk/fixtures';
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

/** A store that never answers, so the loading state stays on screen (not a fixture: tests would wait for ever). */
class NeverLoads extends MemoryStore {
  override getReview(): never {
    return new Promise(() => undefined) as never;
  }
}

/** The element inside a `<slk-review>` whose store never answers: its loading state. */
export function loadingStory(tagName: string, description: string): StoryObj {
  return {
    name: 'Loading',
    render: () => {
      const provider = document.createElement('slk-review');
      provider.setAttribute('review-id', childJReview.id);
      provider.store = new NeverLoads();
      provider.append(document.createElement(tagName));
      return provider;
    },
    parameters: { docs: { description: { story: description } } },
  };
}
