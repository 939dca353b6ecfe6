// Runs a CommonJS file with a V8 code cache, the way Node 22's module.enableCompileCache()
// does for every module (Node 20 has no such switch). A cache the running V8 rejects (another
// Node version, a damaged file) is ignored and written anew; every cache error is ignored:
// the cache only saves time, it never decides whether the app starts.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';

interface CachedRun {
  exports: unknown;
  /** Whether V8 took the cache (false: none yet, or rejected). */
  cacheUsed: boolean;
  /**
   * Writes the cache if it was missing or rejected; call it once the code that matters has
   * run, since the cache holds every function compiled by then.
   */
  saveCache: () => void;
}

/**
 * Where caches go: $FAAS_PREP_CACHE when set ("off" turns caching off), else the user's cache
 * folder (XDG on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function codeCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string | undefined {
  const override = env.FAAS_PREP_CACHE;
  if (override === 'off') return undefined;
  if (override) return resolve(override);
  if (platform === 'win32')
    return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'faas-prep', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'faas-prep');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'faas-prep');
}

/**
 * Runs `file` (CommonJS) as Node would, keeping its compiled code in `cacheDir` under a name
 * made of the file's name and `key` (say, the build's hash). `globals` are extra names the
 * code sees as if they were module-scope variables.
 */
export function runWithCodeCache(
  file: string,
  cacheDir: string | undefined,
  key: string,
  globals: Record<string, unknown> = {},
): CachedRun {
  const stem = `${basename(file)}.`;
  const cacheFile = cacheDir
    ? join(cacheDir, `${stem}${key}-${process.version}-${process.arch}.v8cache`)
    : undefined;
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // none yet
    }
  }
  const names = [
    'exports',
    'require',
    'module',
    '__filename',
    '__dirname',
    ...Object.keys(globals),
  ];
  // Same shape as Node's CommonJS wrapper, on one line, so stack positions stay as in the file.
  const script = new Script(`(function (${names.join(', ')}) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  script.runInThisContext()(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
    ...Object.values(globals),
  );
  let saved = cacheUsed || !cacheFile;
  return {
    exports: module.exports,
    cacheUsed,
    saveCache: () => {
      if (saved || !cacheFile) return;
      saved = true;
      writeCache(cacheFile, stem, script.createCachedData());
    },
  };
}

/** Writes atomically (two instances may race), and drops the caches of other builds. */
function writeCache(cacheFile: string, stem: string, data: Buffer): void {
  try {
    const dir = dirname(cacheFile);
    mkdirSync(dir, { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, cacheFile);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(stem) && name.endsWith('.v8cache') && join(dir, name) !== cacheFile)
        rmSync(join(dir, name), { force: true });
    }
  } catch {
    // a read-only or full disk: start without the cache next time
  }
}
