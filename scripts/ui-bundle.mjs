// The interactive app (React, Ink and every screen) is most of what a start compiles before
// its first frame. Node 20 keeps no compile cache for ES modules, but it does for a classic
// script run through vm.Script (`cachedData`). So the build puts the whole UI in dist/ui.cjs,
// one CommonJS bundle the entry runs with a V8 code cache (src/cli/code-cache.ts): a start
// then compiles next to nothing and skips the ES module loader's per-file work. Screens the
// start does not show are bundled as lazily initialised modules, evaluated when first opened.
// The CLI's argument parsing comes along (src/cli/interactive.ts), so a start that opens a
// screen loads no ES module chunk at all; --help, --version and the plain commands (stats,
// export, sim --json) for scripts stay in the ES module build.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/** Where the bundle's code finds its own URL (import.meta.url has no CommonJS equivalent). */
export const MODULE_URL_GLOBAL = '__faasModuleUrl';

/**
 * Builds the UI bundle and returns its content hash (the code cache is keyed by it).
 * `options` are the main build's shared settings (alias, define, plugins).
 */
export async function buildUiBundle({ outfile, stubDir, alias, define, plugins }) {
  const entry = `export { interactiveMain, openScreen } from './src/cli/interactive.ts';
export { initYoga } from 'faas-prep-yoga-shim';
`;
  await build({
    stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: 'ui-entry.js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile,
    alias,
    // Given by the loader (src/cli/ui-bundle.ts): the bundle's own file URL. yoga's Emscripten
    // loader reads it too, only to name a .wasm file it never loads (its bytes are inlined).
    define: { ...define, 'import.meta.url': MODULE_URL_GLOBAL },
    plugins: [
      yogaShim(stubDir),
      inkWithoutTopLevelAwait(),
      lazyBuiltins(LAZY_BUILTINS),
      ...plugins,
    ],
    // Half the bytes to read and decode on every start (the code cache makes parsing moot).
    // UI_MINIFY=0 keeps names readable for a CPU profile (`node --cpu-prof dist/cli.js study`).
    minify: process.env.UI_MINIFY !== '0',
    logLevel: 'warning',
    legalComments: 'none',
  });
  return createHash('sha256').update(readFileSync(outfile)).digest('hex').slice(0, 16);
}

/**
 * Node modules the bundle imports but a start seldom calls: loading each takes 1.5-2.5 ms
 * (child_process for $EDITOR and terminal-size's fallback, crypto for hashes, zlib for the
 * replay snapshot's CRC), so they load on first use instead of when the bundle runs.
 */
const LAZY_BUILTINS = ['child_process', 'crypto', 'zlib'];

/**
 * Resolves `node:NAME` (and `NAME`) to a module of getters that require the real one on the
 * first property read. The getters are made from the running Node's exports at build time.
 */
function lazyBuiltins(names) {
  const filter = new RegExp(`^(node:)?(${names.join('|')})$`);
  return {
    name: 'lazy-builtins',
    setup(b) {
      b.onResolve({ filter }, (args) =>
        args.namespace === 'lazy-builtin'
          ? { path: args.path, external: true }
          : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
      );
      b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
        const keys = Object.keys(await import(`node:${args.path}`)).filter(
          (key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key),
        );
        const getters = keys.map((key) => `  get ${key}() { return load().${key}; },`);
        return {
          contents: `let real;
const load = () => (real ??= require('node:${args.path}'));
module.exports = {
${getters.join('\n')}
};
`,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * yoga-layout initialises its wasm with a top-level await, which a CommonJS bundle cannot
 * hold. Ink only uses Yoga inside functions, so Ink gets a live binding that `initYoga()`
 * fills in; the entry awaits it before the first render.
 */
function yogaShim(stubDir) {
  const shim = new URL('yoga-shim.mjs', stubDir).pathname;
  return {
    name: 'yoga-shim',
    setup(b) {
      b.onResolve({ filter: /^(yoga-layout|faas-prep-yoga-shim)$/ }, (args) =>
        args.importer === shim ? undefined : { path: shim },
      );
      b.onLoad({ filter: /yoga-shim\.mjs$/ }, () => ({
        contents: `import { loadYoga } from 'yoga-layout/load';
export * from 'yoga-layout/load';
let Yoga;
export { Yoga as default };
export async function initYoga() {
  Yoga ??= await loadYoga();
}
`,
        loader: 'js',
        resolveDir: process.cwd(),
      }));
    },
  };
}

/**
 * Ink's reconciler has two top-level awaits, both only taken when DEV=true (React devtools,
 * whose package the bundle stubs out anyway). They are removed; the build fails if Ink's
 * source no longer matches, rather than shipping a half-patched file.
 */
function inkWithoutTopLevelAwait() {
  const patches = [
    [/if \(isDev\(\)\) \{\s*try \{\s*await import\('\.\/devtools\.js'\);[\s\S]*?\n\}\n/, ''],
    [/isDev\(\)\s*\?\s*await loadPackageJson\(\)\s*:\s*/, ''],
  ];
  return {
    name: 'ink-without-top-level-await',
    setup(b) {
      b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
        let source = readFileSync(args.path, 'utf8');
        for (const [pattern, replacement] of patches) {
          if (!pattern.test(source))
            throw new Error(
              `scripts/ui-bundle.mjs: ${args.path} changed; update the patch ${pattern}`,
            );
          source = source.replace(pattern, replacement);
        }
        return { contents: source, loader: 'js' };
      });
    },
  };
}
