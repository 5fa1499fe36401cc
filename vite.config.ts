/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { singleFile } from './scripts/vite-single-file.ts';

// `--mode single` (npm run build:single): the whole app in one file, dist-single/valueseg.html.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [svelte(), ...(mode === 'single' ? singleFile() : [])],
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.dom.test.ts', 'tests/e2e/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'dom', environment: 'happy-dom', include: ['tests/**/*.dom.test.ts'] },
      },
    ],
  },
}));
