// The item schema: what content/README.md says an item is, checked with zod at load.
import * as z from 'zod';
import { parseCloze } from './cloze.js';
import { kebabCase, type Material, sectionNames } from './material.js';
import { parsePlaceholders } from './placeholders.js';

export const itemKinds = [
  'flashcard',
  'mcq',
  'numeric',
  'ordering',
  'spot-the-error',
  'free-response',
  'scenario',
] as const;
export type ItemKind = (typeof itemKinds)[number];

const text = z.string().trim().min(1);
const kebab = (what: string) =>
  z.string().regex(kebabCase, `${what} must be kebab-case (a-z, 0-9, single hyphens)`);

export const asOfSchema = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM or YYYY-MM-DD');

const sourceSchema = z
  .strictObject({
    section: text.optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  })
  .refine((s) => s.section !== undefined || s.url !== undefined, 'needs a section or a url');

export type Tolerance = { relative: number } | { absolute: number };

export const toleranceSchema = z
  .strictObject({
    relative: z.number().positive().max(1).optional(),
    absolute: z.number().nonnegative().optional(),
  })
  .refine(
    (t) => (t.relative === undefined) !== (t.absolute === undefined),
    'give exactly one of relative or absolute',
  )
  .transform(
    (t): Tolerance =>
      t.relative !== undefined ? { relative: t.relative } : { absolute: t.absolute ?? 0 },
  );

/** A dotted path into a model's output (or `params.<name>`): `lambda.total`. */
export const outputPathPattern = /^[A-Za-z_][\w-]*(?:\.[\w-]+)*$/;
const outputPath = z.string().regex(outputPathPattern, 'must be a dotted path like lambda.total');

const paramValueSchema = z.union([z.number(), z.string(), z.boolean()]);
export type ParamValue = z.output<typeof paramValueSchema>;
const paramsSchema = z.record(z.string(), paramValueSchema).default({});

const modelRefSchema = z.strictObject({
  name: kebab('a model name'),
  params: paramsSchema,
  output: outputPath,
});
type ModelRef = z.output<typeof modelRefSchema>;

const modelCheckSchema = z.strictObject({
  model: kebab('a model name'),
  params: paramsSchema,
  output: outputPath,
  value: z.number(),
  tolerance: toleranceSchema,
});

const idSchema = kebab('an id');

/**
 * A rubric or key point's links: the items that teach it (1–6 distinct ids). The loader checks
 * they exist and are of a linkable kind (see links.ts).
 */
const pointLinksSchema = z
  .array(idSchema)
  .min(1)
  .max(6)
  .superRefine((ids, ctx) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) addIssue(ctx, [i], 'same id as an earlier link');
    });
  });

const weightedPoint = z.strictObject({
  point: text,
  weight: z.literal([1, 2, 3]),
  links: pointLinksSchema.optional(),
});
export type WeightedPoint = z.output<typeof weightedPoint>;

/** Fields every kind has (after `id` and `kind`). */
const base = {
  topic: kebab('a topic'),
  difficulty: z.literal([1, 2, 3]),
  source: sourceSchema,
  correctsMaterial: z.boolean().default(false),
  materialSays: text.optional(),
  asOf: asOfSchema.optional(),
  tags: z.array(text).optional(),
  checks: z.array(modelCheckSchema).min(1).optional(),
};

/** Fields that hold metadata, not text shown to the learner. */
const nonTextFields = new Set(['id', 'kind', 'topic', 'source', 'asOf', 'tags', 'model', 'checks']);

type Ctx = z.core.$RefinementCtx;

function addIssue(ctx: Ctx, path: PropertyKey[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message, input: undefined });
}

/** Every string the learner sees, with its path in the item. */
export function textFields(
  value: unknown,
  path: PropertyKey[] = [],
): Array<[PropertyKey[], string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => textFields(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      path.length === 0 && nonTextFields.has(k) ? [] : textFields(v, [...path, k]),
    );
  }
  return [];
}

const braceRule =
  '"{{" is only for cloze in a flashcard\'s front and placeholders in a numeric item with a model';

/** Rules every kind shares: materialSays with correctsMaterial, and where `{{...}}` may appear. */
function commonRules(
  item: {
    kind: string;
    correctsMaterial: boolean;
    materialSays?: string | undefined;
    model?: unknown;
  },
  ctx: Ctx,
): void {
  if (item.correctsMaterial && item.materialSays === undefined) {
    addIssue(ctx, ['materialSays'], 'required when correctsMaterial is true: the claim, briefly');
  }
  if (!item.correctsMaterial && item.materialSays !== undefined) {
    addIssue(ctx, ['materialSays'], 'only allowed with correctsMaterial: true');
  }
  const linked = item.kind === 'numeric' && item.model !== undefined;
  for (const [path, value] of textFields(item)) {
    const field = path[0];
    if (item.kind === 'flashcard' && field === 'front' && path.length === 1) {
      const cloze = parseCloze(value);
      if (!cloze.ok) addIssue(ctx, path, cloze.error);
    } else if (
      linked &&
      path.length === 1 &&
      (field === 'prompt' || field === 'solution' || field === 'explanation')
    ) {
      const ph = parsePlaceholders(value);
      if (!ph.ok) addIssue(ctx, path, ph.error);
    } else if (value.includes('{{') || value.includes('}}')) {
      addIssue(ctx, path, braceRule);
    }
  }
}

const flashcardSchema = z
  .strictObject({
    id: idSchema,
    kind: z.literal('flashcard'),
    ...base,
    front: text,
    back: text,
    explanation: text.optional(),
  })
  .superRefine(commonRules);

const choiceSchema = z.strictObject({ text, correct: z.boolean(), why: text.optional() });
export type Choice = z.output<typeof choiceSchema>;

const mcqSchema = z
  .strictObject({
    id: idSchema,
    kind: z.literal('mcq'),
    ...base,
    prompt: text,
    choices: z.array(choiceSchema).min(2).max(6),
    explanation: text,
  })
  .superRefine((item, ctx) => {
    commonRules(item, ctx);
    if (!item.choices.some((c) => c.correct)) addIssue(ctx, ['choices'], 'no choice is correct');
    if (item.choices.every((c) => c.correct)) addIssue(ctx, ['choices'], 'every choice is correct');
    const seen = new Set<string>();
    item.choices.forEach((c, i) => {
      if (!c.correct && c.why === undefined) {
        addIssue(ctx, ['choices', i, 'why'], 'required on a wrong choice');
      }
      if (seen.has(c.text)) addIssue(ctx, ['choices', i, 'text'], 'same text as an earlier choice');
      seen.add(c.text);
    });
  });

const numericSchema = z
  .strictObject({
    id: idSchema,
    kind: z.literal('numeric'),
    ...base,
    prompt: text,
    unit: text,
    tolerance: toleranceSchema,
    solution: text,
    answer: z.number().optional(),
    model: modelRefSchema.optional(),
    explanation: text,
  })
  .superRefine((item, ctx) => {
    commonRules(item, ctx);
    if ((item.answer === undefined) === (item.model === undefined)) {
      addIssue(
        ctx,
        [item.answer === undefined ? 'answer' : 'model'],
        'give exactly one of answer (a number) or model (a computed answer)',
      );
    }
  });

export const orderingSchema = z
  .strictObject({
    id: idSchema,
    kind: z.literal('ordering'),
    ...base,
    prompt: text,
    steps: z.array(text).min(2).max(8),
    /**
     * Groups of steps that may go in any order among themselves: each a run of consecutive
     * step indices (0-based), e.g. [[1, 2]] when steps 1 and 2 can swap. Grading accepts any
     * order within a group.
     */
    anyOrder: z.array(z.array(z.number().int().min(0)).min(2)).optional(),
    explanation: text,
  })
  .superRefine((item, ctx) => {
    commonRules(item, ctx);
    item.steps.forEach((s, i) => {
      if (item.steps.indexOf(s) !== i) addIssue(ctx, ['steps', i], 'same text as an earlier step');
    });
    const grouped = new Set<number>();
    item.anyOrder?.forEach((group, g) => {
      const sorted = [...group].sort((a, b) => a - b);
      if (sorted.some((v) => v >= item.steps.length)) {
        addIssue(ctx, ['anyOrder', g], `names a step beyond the ${item.steps.length} steps`);
      } else if (sorted.some((v, i) => i > 0 && v !== (sorted[i - 1] ?? 0) + 1)) {
        addIssue(ctx, ['anyOrder', g], 'must be consecutive steps (e.g. [1, 2, 3])');
      } else if (sorted.length === item.steps.length) {
        addIssue(ctx, ['anyOrder', g], 'holds every step: then order does not matter at all');
      } else if (sorted.some((v) => grouped.has(v))) {
        addIssue(ctx, ['anyOrder', g], 'shares a step with an earlier group');
      }
      for (const v of sorted) grouped.add(v);
    });
  });

const spotTheErrorSchema = z
  .strictObject({
    id: idSchema,
    kind: z.literal('spot-the-error'),
    ...base,
    statement: text,
    isTrue: z.boolean(),
    correction: text,
    explanation: text,
  })
  .superRefine(commonRules);

const freeResponseSchema = z
  .strictObject({
    id: idSchema,
    kind: z.literal('free-response'),
    ...base,
    prompt: text,
    keyPoints: z.array(weightedPoint).min(1),
    redFlags: z.array(text).min(1),
    modelAnswer: text,
    explanation: text,
  })
  .superRefine(commonRules);

export const rubricDimensions = [
  'requirements',
  'architecture',
  'scaling',
  'failure',
  'cost',
  'observability',
] as const;
export type RubricDimension = (typeof rubricDimensions)[number];

const rubricPoints = z.array(weightedPoint).min(1);

const scenarioSchema = z
  .strictObject({
    id: idSchema,
    kind: z.literal('scenario'),
    ...base,
    prompt: text,
    constraints: z.array(text).min(1),
    timeboxMinutes: z.number().int().min(5).max(120),
    rubric: z.strictObject({
      requirements: rubricPoints,
      architecture: rubricPoints,
      scaling: rubricPoints,
      failure: rubricPoints,
      cost: rubricPoints,
      observability: rubricPoints,
    }),
    probes: z.array(z.strictObject({ question: text, lookFor: text })).min(1),
    modelAnswer: text,
    explanation: text,
  })
  .superRefine(commonRules);

export const itemSchema = z.discriminatedUnion('kind', [
  flashcardSchema,
  mcqSchema,
  numericSchema,
  orderingSchema,
  spotTheErrorSchema,
  freeResponseSchema,
  scenarioSchema,
]);

export type FlashcardItem = z.output<typeof flashcardSchema>;
export type McqItem = z.output<typeof mcqSchema>;
export type NumericItem = z.output<typeof numericSchema>;
export type OrderingItem = z.output<typeof orderingSchema>;
export type SpotTheErrorItem = z.output<typeof spotTheErrorSchema>;
export type FreeResponseItem = z.output<typeof freeResponseSchema>;
export type ScenarioItem = z.output<typeof scenarioSchema>;
export type Item = z.output<typeof itemSchema>;
/** A numeric item whose answer a simulator model computes. */
export type ModelNumericItem = NumericItem & { model: ModelRef };

export function isModelNumeric(item: Item): item is ModelNumericItem {
  return item.kind === 'numeric' && item.model !== undefined;
}

/** An item file: `topic` (the default for its items) and `items`. */
export const itemFileSchema = z.strictObject({
  topic: kebab('a topic'),
  items: z.array(z.unknown()),
});

export interface Bank {
  /** The content directory, absolute. */
  dir: string;
  material: Material;
  /** Every item, files in name order and items in file order. */
  items: readonly Item[];
  byId: ReadonlyMap<string, Item>;
  /** Item id → the file it came from, as shown in messages (`content/cost.yaml`). */
  fileOf: ReadonlyMap<string, string>;
}

function normalized(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What material.yaml constrains: the topic and the source section. */
export function materialIssues(
  item: Item,
  material: Material,
): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  if (!Object.hasOwn(material.topics, item.topic)) {
    out.push({ field: 'topic', message: `"${item.topic}" is not a topic in material.yaml` });
  }
  const section = item.source.section;
  if (section !== undefined) {
    const names = sectionNames(material);
    if (!names.includes(section)) {
      const near = names.find((n) => normalized(n) === normalized(section));
      out.push({
        field: 'source.section',
        message: near
          ? `not verbatim: the material says "${near}"`
          : `"${section}" is not a heading or FAQ question of the material (see material.yaml)`,
      });
    }
  }
  return out;
}
