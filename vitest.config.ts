import { defineConfig } from 'vitest/config';
import { patchedPackages, vitePatches } from './scripts/patches.mjs';

export default defineConfig({
  // Tests run dependencies with the same patches as the build (scripts/patches.mjs).
  plugins: [vitePatches()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    server: { deps: { inline: patchedPackages } },
  },
});
