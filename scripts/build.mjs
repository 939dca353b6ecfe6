// Bundles src/entry.ts into a self-contained dist/ (no runtime dependencies).
// The settings Ink needs on Node 20 are explained in the README's "Build" section.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { compileBankInto } from './compile-bank.mjs';
import { graphemesFastPath } from './graphemes-fast.mjs';
import { esbuildPatches } from './patches.mjs';
import { fastModuleSource, narrowClass } from './string-width-fast.mjs';
import { buildUiBundle } from './ui-bundle.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const stubDir = new URL('../node_modules/.faas-prep-stubs/', import.meta.url);
mkdirSync(stubDir, { recursive: true });
// Ink imports react-devtools-core only when DEV is set; the bundle must still resolve it.
writeFileSync(new URL('devtools.js', stubDir), 'export default {};\n');
// Ink draws nothing until exit when CI is set; the shipped app always renders live.
writeFileSync(new URL('is-in-ci.js', stubDir), 'export default false;\n');

const outdir = process.env.FAAS_PREP_DIST || 'dist';
rmSync(outdir, { recursive: true, force: true });
const alias = {
  'react-devtools-core': new URL('devtools.js', stubDir).pathname,
  'is-in-ci': new URL('is-in-ci.js', stubDir).pathname,
};
const define = {
  'process.env.NODE_ENV': '"production"',
  __FAAS_PREP_VERSION__: JSON.stringify(pkg.version),
};
const uiHash = await buildUiBundle({
  outfile: `${outdir}/ui.cjs`,
  stubDir,
  alias,
  define,
  plugins: [
    stringWidthFastPath(),
    graphemesFastPath(async () => narrowClass((await import('string-width')).default)),
    esbuildPatches(),
  ],
});
// The ES module CLI: --help, --version, plain output and no-TTY runs (src/cli/main.ts), split
// so that each command loads only what it needs. `.mjs`: dist/ is CommonJS (below).
await build({
  entryPoints: { 'chunks/main': 'src/cli/main.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    js: "import { createRequire as __faasCreateRequire } from 'node:module';\nconst require = __faasCreateRequire(import.meta.url);",
  },
  alias,
  define,
  logLevel: 'warning',
  legalComments: 'none',
});
// The entry, dist/cli.js, is CommonJS (dist/package.json says so): a start that opens a screen
// then reaches the code-cached UI bundle without initialising the ES module loader (5-6 ms).
writeFileSync(`${outdir}/package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);
await build({
  entryPoints: { cli: 'src/entry.ts' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir,
  banner: {
    js: "#!/usr/bin/env node\nconst __faasEntryUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  alias,
  define: {
    ...define,
    __FAAS_PREP_UI__: JSON.stringify(uiHash),
    'import.meta.url': '__faasEntryUrl',
  },
  plugins: [entryImports()],
  logLevel: 'warning',
  legalComments: 'none',
});

// --- Step: the compiled question bank (dist/bank.json; src/core/content/compiled.ts) ---
// Validated content/ as one JSON file, so a start skips YAML parsing and validation.
await compileBankInto(`${outdir}/bank.json`);
// --- end of step ---

/**
 * The entry's two dynamic imports, as the built layout has them: the ES module CLI is
 * dist/chunks/main.mjs (a real import(), kept as such), and the UI comes from dist/ui.cjs, so
 * the from-source import of src/cli/interactive.ts (taken only without the build's define) must
 * not pull the UI into the entry.
 */
function entryImports() {
  return {
    name: 'entry-imports',
    setup(b) {
      const fromEntry = (args) => /[\\/]src[\\/]entry\.ts$/.test(args.importer);
      b.onResolve({ filter: /^\.\/cli\/main\.js$/ }, (args) =>
        fromEntry(args) ? { path: './chunks/main.mjs', external: true } : undefined,
      );
      b.onResolve({ filter: /^\.\/cli\/interactive\.js$/ }, (args) =>
        fromEntry(args) ? { path: 'ui-run', namespace: 'ui-from-bundle' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'ui-from-bundle' }, () => ({
        contents: "throw new Error('the built app runs its UI from dist/ui.cjs');\n",
        loader: 'js',
      }));
    },
  };
}

/** Wraps every copy of string-width in a fast path for narrow-only text (see string-width-fast.mjs). */
function stringWidthFastPath() {
  return {
    name: 'string-width-fast-path',
    setup(b) {
      b.onResolve({ filter: /^string-width$/ }, async (args) => {
        if (args.pluginData?.real) return undefined;
        const real = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: { real: true },
        });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: 'string-width-fast' };
      });
      b.onLoad({ filter: /.*/, namespace: 'string-width-fast' }, async (args) => {
        const { default: width } = await import(pathToFileURL(args.path).href);
        return {
          contents: fastModuleSource(args.path, width),
          loader: 'js',
          resolveDir: process.cwd(),
        };
      });
    },
  };
}
