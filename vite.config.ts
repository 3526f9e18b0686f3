/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { datasetDownloadPlugin } from './config/dataset-download.ts';
import { minifiedPublicScriptsPlugin } from './config/minified-public-scripts.ts';
import { serviceWorkerPlugin } from './config/pwa.ts';
import { securityHeadersPlugin } from './config/security-headers.ts';
import { validatedDataPlugin } from './config/validated-data.ts';
import { speed } from './vite.speed.ts';

// BASE_PATH lets the app be hosted under a sub-path (e.g. /klyngeinnsikt/); default is the site root.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    react(),
    securityHeadersPlugin(),
    datasetDownloadPlugin(),
    minifiedPublicScriptsPlugin(),
    serviceWorkerPlugin(),
    validatedDataPlugin(),
    ...speed.plugins,
  ],
  define: speed.define,
  build: {
    target: 'es2022',
    sourcemap: false,
    ...speed.build,
  },
  ssr: speed.ssr,
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'config/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    restoreMocks: true,
    // Generous: a slow shared machine must not fail a test that asserts no timing.
    testTimeout: 20_000,
  },
});
