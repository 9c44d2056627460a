import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security';

/** The CSP goes into the built page only: the dev server's HMR needs inline script. */
function cspMeta(): Plugin {
  return {
    name: 'rencana-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // index: Electron main; core: the backend in a utilityProcess; web: the backend on loopback HTTP.
        input: {
          index: resolve('electron/main/index.ts'),
          core: resolve('electron/core/utility.ts'),
          web: resolve('electron/core/web.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // CommonJS: a sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    publicDir: resolve('resources/public'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified: 7.4 MB the page parses, and compiles lazily
      // function by function as a month switch first reaches it (`npm run bench -- calendar`).
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
