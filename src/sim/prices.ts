// The price table the cost model reads: its type and the zod schema that validates
// content/prices.yaml. Pure: the loader that reads the file lives in src/core/content/prices.ts.
import { z } from 'zod';

const asOf = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD');
const source = z.string().min(1);
const price = z.number().nonnegative();

/** A tier: `upTo` is the cumulative quantity (GB-s or requests a month) where it ends; null = no end. */
const tier = z.strictObject({ upTo: z.number().positive().nullable(), price });
const tiers = z
  .array(tier)
  .min(1)
  .refine((ts) => ts[ts.length - 1]?.upTo === null, 'the last tier must have upTo: null')
  .refine(
    (ts) => ts.every((t, i) => i === 0 || (t.upTo ?? Infinity) > (ts[i - 1]?.upTo ?? 0)),
    'tiers must be in increasing upTo order',
  );

const dated = { asOf, source, note: z.string().optional() };

const provisioned = z.strictObject({
  configuredPerGbSecond: price,
  executedPerGbSecond: price,
  ...dated,
});

const fargate = z.strictObject({ vcpuHour: price, gbHour: price, ...dated });

const ec2Instance = z
  .strictObject({
    hourly: price,
    vcpu: z.number().positive(),
    arch: z.enum(['x86_64', 'arm64']),
    /** Burstable (t3/t4g): the share of each vCPU it sustains without spending credits. */
    baseline: z.number().positive().max(1).optional(),
    /** Burstable in unlimited mode: the price of surplus credits, per vCPU-hour above baseline. */
    surplusPerVcpuHour: price.optional(),
    ...dated,
  })
  .refine(
    (e) => (e.baseline === undefined) === (e.surplusPerVcpuHour === undefined),
    'a burstable type needs both baseline and surplusPerVcpuHour',
  );

export const priceTableSchema = z.strictObject({
  region: z.string().min(1),
  hoursPerMonth: z.number().positive(),
  lambda: z.strictObject({
    requests: z.strictObject({ perMillion: price, ...dated }),
    duration: z.strictObject({
      x86_64: z.strictObject({ perGbSecond: tiers, ...dated }),
      arm64: z.strictObject({ perGbSecond: tiers, ...dated }),
    }),
    freeTier: z.strictObject({
      requests: z.number().nonnegative(),
      gbSeconds: z.number().nonnegative(),
      ...dated,
    }),
    provisioned: z.strictObject({ x86_64: provisioned, arm64: provisioned.optional() }),
    /** Memory that buys one vCPU (used to size tasks to the load). */
    mbPerVcpu: z.strictObject({ value: z.number().positive(), ...dated }),
  }),
  apiGateway: z.strictObject({
    http: z.strictObject({ perMillion: tiers, ...dated }),
    rest: z.strictObject({ perMillion: tiers, ...dated }),
  }),
  fargate: z.strictObject({ x86_64: fargate, arm64: fargate }),
  ec2: z.record(z.string().min(1), ec2Instance),
  /** One public IPv4 address per task or instance, billed per hour. */
  publicIpv4: z.strictObject({ perHour: price, ...dated }),
});

export type PriceTable = z.infer<typeof priceTableSchema>;
export type PriceTier = z.infer<typeof tier>;
export type Arch = 'x86_64' | 'arm64';
