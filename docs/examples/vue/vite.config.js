import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder of an intranet.
  base: './',
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // The kit's tags are custom elements, not Vue components: Vue then sets properties
          // the element has (`:review`), adds `@slk-*` listeners as DOM listeners, and compiles
          // `v-model` to the element's `value` property and `input` event.
          isCustomElement: (tag) => tag.startsWith('slk-'),
        },
      },
    }),
  ],
  build: {
    target: 'es2022',
    // One file holds Vue, three kit elements and the whole sample review: fine for a demo;
    // a real app would split its routes.
    chunkSizeWarningLimit: 1000,
  },
});
