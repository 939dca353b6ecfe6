// The shape of a mock interview round: its sections and their time boxes.
//
// Full (45 min): rapid-fire 5, estimation 10, design 25, wrap-up 5 — a real system-design round.
// Short (15 min): 2 / 3 / 8 / 2 — the same order with the design still the longest part.
// `--minutes` scales a format's sections proportionally (whole seconds; every section keeps at
// least a minute), and the number of questions in the timed sections follows the time.

export const mockFormats = ['full', 'short'] as const;
export type MockFormat = (typeof mockFormats)[number];

export const sectionKinds = ['rapid-fire', 'estimation', 'design', 'wrap-up'] as const;
export type SectionKind = (typeof sectionKinds)[number];

export const sectionTitles: Record<SectionKind, string> = {
  'rapid-fire': 'Rapid-fire',
  estimation: 'Estimation',
  design: 'Design',
  'wrap-up': 'Wrap-up',
};

interface SectionPlan {
  kind: SectionKind;
  /** The section's time box. */
  ms: number;
  /** How many questions it holds (design and wrap-up: one). */
  questions: number;
  /** Design only: how many of the scenario's follow-up probes are asked. */
  probes: number;
}

export interface RoundPlan {
  format: MockFormat;
  minutes: number;
  totalMs: number;
  sections: SectionPlan[];
}

export const MIN_MINUTES = 5;
export const MAX_MINUTES = 180;

const MINUTE = 60_000;

/** Each format's section minutes, in order; they add up to the format's default length. */
const formatMinutes: Record<MockFormat, Record<SectionKind, number>> = {
  full: { 'rapid-fire': 5, estimation: 10, design: 25, 'wrap-up': 5 },
  short: { 'rapid-fire': 2, estimation: 3, design: 8, 'wrap-up': 2 },
};

export function defaultMinutes(format: MockFormat): number {
  return Object.values(formatMinutes[format]).reduce((a, b) => a + b, 0);
}

/** Rapid-fire: about 40 s a question; estimation: about 3 minutes a question. */
const RAPID_MS_PER_QUESTION = 40_000;
const ESTIMATION_MS_PER_QUESTION = 3 * MINUTE;
/** A probe per 8 minutes of design time, one at least. */
const DESIGN_MS_PER_PROBE = 8 * MINUTE;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The round for a format and length (default: the format's own length). Throws on bad minutes. */
export function planRound(format: MockFormat, minutes: number = defaultMinutes(format)): RoundPlan {
  if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
    throw new RangeError(`minutes must be a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}`);
  }
  const base = formatMinutes[format];
  const scale = minutes / defaultMinutes(format);
  const totalMs = minutes * MINUTE;
  // Scale to whole seconds with at least a minute each, then give the rounding remainder to the
  // design section so the boxes add up to the round exactly.
  const boxes = sectionKinds.map((kind) =>
    Math.max(MINUTE, Math.round(base[kind] * scale * 60) * 1000),
  );
  const designIndex = sectionKinds.indexOf('design');
  boxes[designIndex] = (boxes[designIndex] ?? 0) + totalMs - boxes.reduce((a, b) => a + b, 0);
  const sections = sectionKinds.map((kind, i): SectionPlan => {
    const ms = boxes[i] ?? MINUTE;
    const questions =
      kind === 'rapid-fire'
        ? clamp(Math.round(ms / RAPID_MS_PER_QUESTION), 3, 20)
        : kind === 'estimation'
          ? clamp(Math.round(ms / ESTIMATION_MS_PER_QUESTION), 1, 8)
          : 1;
    const probes = kind === 'design' ? clamp(Math.floor(ms / DESIGN_MS_PER_PROBE), 1, 5) : 0;
    return { kind, ms, questions, probes };
  });
  return { format, minutes, totalMs, sections };
}

export function isMockFormat(s: string): s is MockFormat {
  return (mockFormats as readonly string[]).includes(s);
}
