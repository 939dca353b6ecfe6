import { describe, expect, it } from 'vitest';
import { coldStartParams, costParams, type NumberSpec } from '../../src/sim/params.js';
import { next125, stepNumber, stepRule } from '../../src/sim/steps.js';

const spec = (name: string, table = costParams) => table.find((s) => s.name === name) as NumberSpec;

describe('parameter steps', () => {
  it('walks the 1-2-5 sequence both ways, from on or off it', () => {
    expect(next125(100_000_000, 1)).toBe(200_000_000);
    expect(next125(200_000_000, 1)).toBe(500_000_000);
    expect(next125(500_000_000, 1)).toBe(1_000_000_000);
    expect(next125(100_000_000, -1)).toBe(50_000_000);
    expect(next125(300, 1)).toBe(500);
    expect(next125(300, -1)).toBe(200);
    expect(next125(0.3, -1)).toBeCloseTo(0.2, 12);
    expect(next125(0, 1)).toBe(1);
  });

  it('memory moves along Lambda sizes; Fargate along its task sizes', () => {
    const memory = spec('memoryMb');
    expect(stepRule(memory).kind).toBe('list');
    expect(stepNumber(memory, 512, 1)).toBe(1024);
    expect(stepNumber(memory, 512, -1)).toBe(256);
    expect(stepNumber(memory, 600, -1)).toBe(512);
    expect(stepNumber(memory, 128, -1)).toBe(128);
    expect(stepNumber(memory, 10_240, 1)).toBe(10_240);
    expect(stepNumber(spec('fargateVcpu'), 0.25, 1)).toBe(0.5);
  });

  it('wide ranges step on 1-2-5, clamped to the range and whole for integers', () => {
    const invocations = spec('invocations');
    expect(stepNumber(invocations, 100_000_000, 1)).toBe(200_000_000);
    expect(stepNumber(invocations, 1, -1)).toBe(0);
    expect(stepNumber(invocations, 0, 1)).toBe(1);
    expect(stepNumber(invocations, 1e13, 1)).toBe(1e13);
    const maxConcurrency = spec('maxConcurrency', coldStartParams);
    expect(stepNumber(maxConcurrency, 1, -1)).toBe(1);
    expect(stepNumber(maxConcurrency, 1000, 1)).toBe(2000);
  });

  it('a value that may be 0 steps down to it; one that must stay above 0 never does', () => {
    const keepAlive = spec('keepAliveS', coldStartParams);
    expect(stepNumber(keepAlive, 0.1, -1)).toBe(0);
    expect(stepNumber(keepAlive, 0, 1)).toBe(1);
    const rate = spec('rate', coldStartParams);
    expect(stepNumber(rate, 0.001, -1)).toBeGreaterThan(0);
  });

  it('a fraction steps linearly without float noise', () => {
    const u = spec('targetUtilization');
    expect(stepNumber(u, 0.7, 1)).toBe(0.75);
    expect(stepNumber(u, 0.1, -1)).toBe(0.05);
    expect(stepNumber(u, 1, 1)).toBe(1);
  });
});
