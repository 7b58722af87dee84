import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to dist/renderer and loaded both from file:// (Electron) and from the
// browser host, hence the relative base.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      {
        // Radix Dialog's scroll lock would inject a <style> element, which the CSP forbids.
        find: /^react-remove-scroll-bar$/,
        replacement: fileURLToPath(new URL('./renderer/vendor/remove-scroll-bar.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Chromium supports modulepreload natively; no polyfill code is needed.
    modulePreload: { polyfill: false },
  },
});
