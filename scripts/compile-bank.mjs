// Build step: validates content/ and writes the compiled question bank (src/core/content/compiled.ts
// explains it) beside the bundle. Content with problems is not compiled: the build warns and the
// app reads the YAML, reporting the problems as it always has. Returns whether a file was written.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function compileBankInto(outfile, contentDir = 'content') {
  const tmpDir = resolve('node_modules/.cache/faas-prep-scripts');
  mkdirSync(tmpDir, { recursive: true });
  const compiler = resolve(tmpDir, `compile-bank-${process.pid}.mjs`);
  await build({
    entryPoints: ['src/core/content/compile.ts'],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: compiler,
    logLevel: 'warning',
  });
  try {
    const { compileBank } = await import(pathToFileURL(compiler).href);
    const result = compileBank(contentDir);
    if (!result.ok) {
      console.warn(
        `warning: ${contentDir}/ has ${result.issues.length} problem(s) (npm run content:check lists them); the app will read the YAML.`,
      );
      return false;
    }
    writeFileSync(outfile, JSON.stringify(result.compiled));
    return true;
  } finally {
    rmSync(compiler, { force: true });
  }
}
