/**
 * electron-vite build of the three parts of the app (all under out/, which electron-builder
 * packs): main → out/main/index.js, preload → out/preload/index.js, renderer → out/renderer.
 * Our folders are not electron-vite's default src/{main,preload,renderer}, so every entry is
 * named here. The package is CommonJS, so main and preload come out as CommonJS.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = __dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Dependencies (better-sqlite3's native module, drizzle, docx, zod...) stay require()d from
      // node_modules instead of being bundled. This is electron-vite's default, stated on purpose.
      externalizeDeps: true,
      rolldownOptions: { input: { index: resolve(root, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require only 'electron' (always external): it imports nothing
      // else at run time, so it is one self-contained CommonJS file.
      rolldownOptions: {
        input: { index: resolve(root, 'src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    // Relative asset URLs: the same build works from file:// (Electron) and from the HTTP harness.
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
});
