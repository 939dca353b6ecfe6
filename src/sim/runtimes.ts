// Runtime presets for the cold-start simulator (content/runtimes.yaml): measured init times,
// which runtimes allow SnapStart, and the restore time that replaces init under SnapStart.
import { z } from 'zod';

const asOf = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const runtimeTableSchema = z.strictObject({
  asOf,
  source: z.string().min(1),
  runtimes: z
    .array(
      z
        .strictObject({
          name: z
            .string()
            .regex(/^[a-z0-9.-]+$/, 'expected lower-case letters, digits, dots, dashes'),
          initMs: z.number().nonnegative(),
          package: z.enum(['zip', 'image']),
          snapstart: z.boolean(),
          /** Where and when initMs was measured; `note` says when it is reused from another runtime. */
          asOf,
          source: z.string().min(1),
          note: z.string().optional(),
          /** SnapStart's restore time for this runtime, and where it comes from. */
          restoreMs: z.number().nonnegative().optional(),
          restoreNote: z.string().optional(),
        })
        .refine(
          (r) => r.snapstart === (r.restoreMs !== undefined),
          'a runtime with snapstart: true needs restoreMs (and only then)',
        ),
    )
    .min(1)
    .refine(
      (rs) => new Set(rs.map((r) => r.name)).size === rs.length,
      'runtime names must be unique',
    ),
  snapstart: z.strictObject({
    restoreMs: z.number().nonnegative(),
    asOf,
    source: z.string().min(1),
  }),
});

export type RuntimeTable = z.infer<typeof runtimeTableSchema>;
type RuntimePreset = RuntimeTable['runtimes'][number];

/** The init time a run uses, or an error sentence (for an unknown runtime, or SnapStart where it is not offered). */
export function resolveInitMs(
  table: RuntimeTable,
  opts: { runtime?: string; snapstart: boolean; initMs?: number },
):
  | { initMs: number; source: string }
  | { error: string; param: 'runtime' | 'snapstart' | 'initMs' } {
  let preset: RuntimePreset | undefined;
  if (opts.runtime !== undefined) {
    preset = table.runtimes.find((r) => r.name === opts.runtime);
    if (!preset) {
      const names = table.runtimes.map((r) => r.name).join(', ');
      return { param: 'runtime', error: `must be one of ${names} (got "${opts.runtime}")` };
    }
    if (opts.initMs !== undefined) {
      return {
        param: 'initMs',
        error: 'cannot be combined with --runtime, which sets the init time',
      };
    }
  }
  if (opts.snapstart && opts.initMs !== undefined) {
    return {
      param: 'initMs',
      error: 'cannot be combined with --snapstart, which replaces init with a snapshot restore',
    };
  }
  if (opts.snapstart) {
    if (preset && !preset.snapstart) {
      const ok = table.runtimes.filter((r) => r.snapstart).map((r) => r.name);
      return {
        param: 'snapstart',
        error: `is not available for ${preset.name} (SnapStart supports Java 11+, Python 3.12+ and .NET 8+ zip functions; presets: ${ok.join(', ')})`,
      };
    }
    if (preset?.restoreMs !== undefined) {
      return { initMs: preset.restoreMs, source: `SnapStart restore, ${preset.name}` };
    }
    return { initMs: table.snapstart.restoreMs, source: 'SnapStart restore' };
  }
  if (preset) return { initMs: preset.initMs, source: `${preset.name} preset` };
  return { initMs: opts.initMs ?? Number.NaN, source: 'init-ms' };
}
