// `--topic` is checked against the bank the run uses: $FAAS_PREP_CONTENT when set (authors and
// tests editing their own content), else the package's.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCommand, type ParsedCommand } from '../../src/cli/commands.js';

const cmd = (values: ParsedCommand['values']): ParsedCommand => ({ positionals: [], values });
const fixture = { FAAS_PREP_CONTENT: resolve('test/fixtures/content-good') };

describe('topics of the content in use', () => {
  it('study and quiz accept a topic only the $FAAS_PREP_CONTENT bank has', async () => {
    for (const name of ['study', 'quiz']) {
      const spec = findCommand(name)!;
      const route = await spec.screen?.(cmd({ topic: 'basics' }), fixture);
      expect(route).toMatchObject({ screen: name, args: { topic: 'basics' } });
      await expect(spec.screen?.(cmd({ topic: 'basics' }), {})).rejects.toThrow(/basics/);
    }
  });
});
