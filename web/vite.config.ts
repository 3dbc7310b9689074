import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the review page served by `translint serve` at `/` into dist/web/. The server's
 * Content-Security-Policy allows no inline script or style, so everything is emitted as files and
 * the modulepreload polyfill (an inline script) is left out; assets are never inlined as data URLs.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./review/', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    sourcemap: false,
    reportCompressedSize: false,
  },
});
