import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';
import { defaultClientConditions, type Plugin } from 'vite';

/**
 * Vite 8 (Oxc) lowers only legacy decorators, and the kit uses standard ones
 * (docs/decisions/0001-standard-decorators.md). esbuild lowers them for Chromium, which
 * has no native decorators yet, before Vite sees the file.
 */
function standardDecorators(): Plugin {
  return {
    name: 'slk-standard-decorators',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/(packages|stories)\/.*\.ts$/.test(id.split('?')[0] ?? '')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
      });
      return { code: result.code, map: result.map };
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // A component library's Storybook is for reading, not learning Storybook: no onboarding checklist.
  features: { sidebarOnboardingChecklist: false },
  viteFinal(viteConfig) {
    viteConfig.plugins = [standardDecorators(), ...(viteConfig.plugins ?? [])];
    // Stories run the TypeScript sources, like the tests: no package build needed first.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] };
    // Storybook's renderer imports lit/directive-helpers.js; unless it is pre-bundled with lit,
    // a second copy of lit-html loads ("Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};

export default config;
