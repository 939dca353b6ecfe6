// Ink cuts every line it draws into graphemes twice (slice-ansi for clipping, ansi-tokenize for
// its output grid), each through an Intl.Segmenter made when the module loads. The first
// Segmenter of a process loads ICU's break rules: ~10 ms of every start, before any text
// needs them. In a string made only of characters that are one column wide (the string-width
// fast path's class, which has no combining marks, joiners or emoji) and of control
// characters other than CR (CR LF is one grapheme), every code point is a grapheme of its own.
// This segmenter answers such strings itself and hands every other string to a real
// Intl.Segmenter, made on first need.
import { readFileSync } from 'node:fs';

/** Source of the module that replaces the packages' own grapheme segmenters. */
export function graphemesModuleSource(narrowClass) {
  return `const simple = /^[\\0-\\x0c\\x0e-\\x1f${narrowClass}]*$/;
/** Intl.Segmenter's segments of a string whose code points are each a grapheme (none is astral). */
class CodePoints {
  constructor(input) {
    this.input = input;
  }
  *[Symbol.iterator]() {
    const input = this.input;
    for (let index = 0; index < input.length; index++) yield { segment: input[index], index, input };
  }
  containing(index = 0) {
    const input = this.input;
    index = Math.trunc(Number(index)) || 0;
    return index >= 0 && index < input.length ? { segment: input[index], index, input } : undefined;
  }
}
let real;
export const graphemeSegmenter = {
  segment(input) {
    input = String(input);
    if (simple.test(input)) return new CodePoints(input);
    real ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return real.segment(input);
  },
};
`;
}

/** Where each package makes its segmenter, and what takes its place. */
const SITES = [
  {
    file: /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
    from: "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
    to: "import { graphemeSegmenter as GRAPHEME_SEGMENTER } from 'faas-prep-graphemes';",
  },
  {
    file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
    from: 'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
    to: "import { graphemeSegmenter as segmenter } from 'faas-prep-graphemes';",
  },
];

/**
 * The esbuild plugin: the two packages use the shared segmenter above. A package whose source
 * no longer has the expected line fails the build, rather than shipping it unchanged.
 */
export function graphemesFastPath(narrowClassOf) {
  return {
    name: 'graphemes-fast-path',
    setup(b) {
      b.onResolve({ filter: /^faas-prep-graphemes$/ }, () => ({
        path: 'faas-prep-graphemes',
        namespace: 'faas-prep-graphemes',
      }));
      b.onLoad({ filter: /.*/, namespace: 'faas-prep-graphemes' }, async () => ({
        contents: graphemesModuleSource(await narrowClassOf()),
        loader: 'js',
      }));
      for (const site of SITES) {
        b.onLoad({ filter: site.file }, (args) => {
          const source = readFileSync(args.path, 'utf8');
          if (!source.includes(site.from))
            throw new Error(`scripts/graphemes-fast.mjs: ${args.path} changed; update its site`);
          return { contents: source.replace(site.from, site.to), loader: 'js' };
        });
      }
    },
  };
}
