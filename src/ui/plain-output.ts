// TERM=dumb: a terminal that cannot move the cursor. Ink's debug mode writes every frame whole
// instead of erasing the last one; this stdout ends each frame with a newline, leaves out a
// frame equal to the one before (the clock re-renders often) and strips escape sequences.

/** Whether the terminal can move the cursor (TERM=dumb cannot). */
export function dumbTerminal(env: NodeJS.ProcessEnv): boolean {
  return env.TERM === 'dumb';
}

// CSI and OSC sequences, and any other two-byte escape.
const ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/g;

/** `stdout` for Ink under TERM=dumb: plain lines, one whole frame after another. */
export function plainFrames(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
  let last = '';
  const write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    const frame = String(chunk).replace(ESCAPES, '').replace(/\s+$/, '');
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (!frame || frame === last) {
      done?.();
      return true;
    }
    last = frame;
    return stdout.write(`${frame}\n`, done);
  };
  return new Proxy(stdout, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
