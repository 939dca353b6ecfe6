// React and Ink are most of what the home screen compiles before its first frame. Node 20
// keeps no compile cache for ES modules, but it does for a classic script run through
// vm.Script (`cachedData`). So the build puts them in dist/ui-vendor.cjs, a CommonJS bundle
// the entry runs with a V8 code cache (src/cli/code-cache.ts), and the app's own ES modules
// import them through small shims that read the loaded bundle's exports.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/** Packages the UI imports that live in the vendor bundle (one copy of React for everyone). */
export const VENDOR_PACKAGES = ['react', 'react/jsx-runtime', 'ink'];

/** Where the loaded bundle's exports are kept; src/cli/ui-vendor.ts uses the same key. */
const GLOBAL_KEY = 'faas-prep.ui-vendor';

/**
 * Builds the vendor bundle and returns its content hash (the code cache is keyed by it).
 * `options` are the main build's shared settings (alias, define, plugins).
 */
export async function buildUiVendor({ outfile, stubDir, alias, define, plugins }) {
  const entry = `${VENDOR_PACKAGES.map((p, i) => `import * as p${i} from '${p}';`).join('\n')}
import { initYoga } from 'faas-prep-yoga-shim';
export const packages = { ${VENDOR_PACKAGES.map((p, i) => `'${p}': p${i}`).join(', ')} };
export { initYoga };
`;
  await build({
    stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: 'ui-vendor-entry.js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile,
    alias,
    // yoga's Emscripten loader reads its own URL only to find a .wasm file it does not need.
    define: { ...define, 'import.meta.url': 'undefined' },
    plugins: [yogaShim(stubDir), inkWithoutTopLevelAwait(), ...plugins],
    logLevel: 'warning',
    legalComments: 'none',
  });
  return createHash('sha256').update(readFileSync(outfile)).digest('hex').slice(0, 16);
}

/** Resolves the vendor packages, in the main ES module build, to shims over the loaded bundle. */
export function vendorShims() {
  return {
    name: 'ui-vendor-shims',
    setup(b) {
      const filter = new RegExp(
        `^(${VENDOR_PACKAGES.map((p) => p.replace('/', '\\/')).join('|')})$`,
      );
      b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'ui-vendor' }));
      b.onLoad({ filter: /.*/, namespace: 'ui-vendor' }, async (args) => {
        // A CommonJS package's names are its module.exports' keys; an ES module's, its exports.
        const ns = await import(args.path);
        const names = [...new Set([...Object.keys(ns), ...Object.keys(ns.default ?? {})])].filter(
          (n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n),
        );
        const pkg = JSON.stringify(args.path);
        return {
          contents: `const vendor = globalThis[Symbol.for(${JSON.stringify(GLOBAL_KEY)})];
if (!vendor) throw new Error(${JSON.stringify(`faas-prep: ${args.path} was imported before the UI bundle was loaded`)});
const m = vendor.packages[${pkg}];
export default m.default;
export const { ${names.join(', ')} } = m;
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
              `scripts/ui-vendor.mjs: ${args.path} changed; update the patch ${pattern}`,
            );
          source = source.replace(pattern, replacement);
        }
        return { contents: source, loader: 'js' };
      });
    },
  };
}
