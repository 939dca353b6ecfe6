// Runs a TypeScript script (content check, benchmarks) on Node 20: esbuild bundles it to a
// cache file first, leaving packages external, then imports it. Usage: node scripts/run-ts.mjs FILE [args]
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args]');
  process.exit(2);
}
const outDir = resolve('node_modules/.cache/faas-prep-scripts');
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, `${basename(file).replace(/\.tsx?$/, '')}-${process.pid}.mjs`);
await build({
  entryPoints: [file],
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  jsx: 'automatic',
});
process.argv = [process.argv[0], file, ...rest];
await import(pathToFileURL(outfile).href);
