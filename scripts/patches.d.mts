// Types for vitest.config.ts, which loads the same patches as the build.
export function vitePatches(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | undefined;
};
export const patchedPackages: string[];
export function applyPatch(source: string, diff: string, name?: string): string;
export function patchFor(path: string): { name: string; diff: string } | undefined;
