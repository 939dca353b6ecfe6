// Patches to dependencies, applied when the code is bundled (scripts/build.mjs) and when tests
// load it (vitest.config.ts), never by editing node_modules. Each patch is a unified diff in
// patches/, named <package>+<version>.patch, with paths relative to the package. A patch that
// no longer applies (the package changed) fails the build instead of shipping unpatched code.
import { readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Package files we patch, and the patch for each. */
export const PATCHES = [
  {
    pkg: 'ink-select-input',
    version: '6.2.0',
    file: 'build/SelectInput.js',
    patch: 'patches/ink-select-input+6.2.0.patch',
  },
  {
    // Ink turns every frame's cells into text through styledCharsToString: skipping the style
    // diff between cells whose styles are equal takes 3-5 ms off the first frame.
    pkg: '@alcalzone/ansi-tokenize',
    version: '0.2.5',
    file: 'build/styledChars.js',
    patch: 'patches/@alcalzone+ansi-tokenize+0.2.5.patch',
  },
];

/** Applies a unified diff's hunks (each must match exactly once) to `source`. */
export function applyPatch(source, diff, name = 'patch') {
  const hunks = diff.split(/^@@[^\n]*@@[^\n]*\n/m).slice(1);
  let out = source;
  for (const hunk of hunks) {
    const before = [];
    const after = [];
    for (const line of hunk.replace(/\n$/, '').split('\n')) {
      const body = line.slice(1);
      if (line.startsWith('-')) before.push(body);
      else if (line.startsWith('+')) after.push(body);
      else if (line.startsWith(' ') || line === '') {
        before.push(body);
        after.push(body);
      }
    }
    const from = `${before.join('\n')}\n`;
    const at = out.indexOf(from);
    if (at === -1 || out.indexOf(from, at + 1) !== -1) {
      throw new Error(
        `${name} does not apply: a hunk's context ${at === -1 ? 'is missing' : 'is ambiguous'}`,
      );
    }
    out = `${out.slice(0, at)}${after.join('\n')}\n${out.slice(at + from.length)}`;
  }
  return out;
}

/** The patch for a resolved file path, after checking the installed version is the patched one. */
export function patchFor(path) {
  for (const p of PATCHES) {
    const suffix = `${sep}node_modules${sep}${[...p.pkg.split('/'), ...p.file.split('/')].join(sep)}`;
    if (!path.endsWith(suffix)) continue;
    const pkgDir = path.slice(0, -(p.file.length + 1));
    const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    if (version !== p.version) {
      throw new Error(
        `${p.patch} is for ${p.pkg} ${p.version}, but ${version} is installed: update the patch`,
      );
    }
    return { name: p.patch, diff: readFileSync(join(root, p.patch), 'utf8') };
  }
  return undefined;
}

/** The esbuild plugin that applies the patches as files are bundled. */
export function esbuildPatches() {
  return {
    name: 'dependency-patches',
    setup(b) {
      const filter = new RegExp(
        PATCHES.map(
          (p) =>
            `${`${p.pkg}/${p.file}`.replace(/[./]/g, (c) => (c === '/' ? '[\\\\/]' : '\\.'))}$`,
        ).join('|'),
      );
      b.onLoad({ filter }, (args) => {
        const patch = patchFor(args.path);
        const source = readFileSync(args.path, 'utf8');
        return {
          contents: patch ? applyPatch(source, patch.diff, patch.name) : source,
          loader: 'js',
          resolveDir: dirname(args.path),
        };
      });
    },
  };
}

/** The same patches for Vite (vitest): the packages must be inlined for `transform` to see them. */
export function vitePatches() {
  return {
    name: 'dependency-patches',
    enforce: 'pre',
    transform(code, id) {
      const patch = patchFor(id.split('?')[0]);
      return patch ? { code: applyPatch(code, patch.diff, patch.name), map: null } : undefined;
    },
  };
}

/** Packages vitest must inline (transform) rather than load straight from node_modules. */
export const patchedPackages = PATCHES.map((p) => p.pkg);
