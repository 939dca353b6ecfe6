// Ink measures every piece of text with string-width, whose general path (Intl.Segmenter and
// a Unicode-property emoji regex compiled on first use) costs ~20 ms at startup and stays slow
// on every frame with a box-drawing or arrow character. Most of what a terminal UI prints is
// made of characters that are one column each and never join with their neighbours. This
// finds those characters by asking the real string-width itself, so a string made only of
// them can be measured by its length, and everything else still goes to the real function.

// Only these blocks are considered: Latin, Greek, Cyrillic (no scripts whose clusters merge)
// and the punctuation, arrows, maths, box-drawing, shapes and dingbats blocks.
const CANDIDATES = [
  [0x20, 0x7e],
  [0xa0, 0x52f],
  [0x2000, 0x2bff],
];

/** A regex character class (without brackets) of the code points `width` says are exactly 1 column. */
export function narrowClass(width) {
  const ranges = [];
  for (const [from, to] of CANDIDATES) {
    for (let cp = from; cp <= to; cp++) {
      if (width(String.fromCodePoint(cp)) !== 1) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === cp - 1) last[1] = cp;
      else ranges.push([cp, cp]);
    }
  }
  const hex = (cp) => `\\u${cp.toString(16).padStart(4, '0')}`;
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
}

/**
 * Source of a module that measures narrow-only strings by length and defers the rest to
 * `realPath`. The real module is `require`d on first use: esbuild then bundles it inside a
 * lazy initialiser, so its Intl.Segmenter and Unicode-property regexes (about 10 ms to
 * build) are only made when some text actually needs them.
 */
export function fastModuleSource(realPath, width) {
  return `const narrowOnly = /^[${narrowClass(width)}]*$/;
let real;
export default function stringWidth(string, options) {
  if (typeof string === 'string' && !options?.countAnsiEscapeCodes && narrowOnly.test(string)) return string.length;
  real ??= require(${JSON.stringify(realPath)}).default;
  return real(string, options);
}
`;
}
