// The built app keeps a V8 code cache in the user's cache folder; tests give it a temp folder
// instead (shared by the whole run, so most end-to-end starts exercise a cache hit).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'faas-prep-test-cache-'));
  process.env.FAAS_PREP_CACHE = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
