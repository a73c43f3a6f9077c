import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder of an intranet.
  base: './',
  // Vite compiles TSX itself (Oxc); React's automatic runtime needs no `import React`.
  // Add @vitejs/plugin-react if you want Fast Refresh while developing.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    target: 'es2022',
    // One file holds React, three kit elements and the whole sample review: fine for a demo;
    // a real app would split its routes.
    chunkSizeWarningLimit: 1000,
  },
});
