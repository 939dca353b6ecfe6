import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * What the app's stdin (key-by-key-stdin.ts) tells screens about the keys as they are read.
 * Absent in screens rendered without the app's stdin: holds then do nothing, counts stay 0.
 */
export interface InputControl {
  /**
   * Holds the keyboard: keys wait in stdin until every hold is released. `passes` names keys
   * that act at once anyway (those that leave the screen); keys typed before one are dropped.
   */
  hold(passes?: (key: string) => boolean): () => void;
  /** Keys handed to the app so far; the key being handled is number `keys()`. */
  keys(): number;
  /**
   * The number of the terminal read the key being handled came in (reads count from 1; keys
   * typed together arrive in one read). Between keys: the last key's.
   */
  reads(): number;
}

export const InputControlContext = createContext<InputControl | undefined>(undefined);

export function useInputControl(): InputControl | undefined {
  return useContext(InputControlContext);
}

/** The keys that leave a screen, as the terminal sends them: `q` and a lone Esc. */
export const leavesScreen = (key: string): boolean => key === 'q' || key === '\x1b';

/**
 * While the calling component is mounted (a screen still loading), keys are not handed to the
 * app; they are applied, in order, once what replaces it listens. Without this a Space typed
 * during "Loading the cards…" would be lost. `passes` (read once) lets some keys act at once.
 */
export function useHoldInput(passes?: (key: string) => boolean): void {
  const control = useInputControl();
  const taken = useRef<() => void>(undefined);
  // Taken in the commit that shows the component, before another key can be read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `passes` is read once, on mount
  useLayoutEffect(() => {
    taken.current = control?.hold(passes);
  }, [control]);
  // Released with the passive effects of the commit that removes it, the same flush in which
  // the screen replacing it subscribes its handlers (Ink's useInput subscribes in an effect).
  useEffect(() => {
    const release = control ? taken.current : undefined;
    return () => release?.();
  }, [control]);
}

/**
 * Keys wait from the commit that mounts (or activates) the caller until its input handlers,
 * and its children's, listen. Ink's useInput subscribes in a passive effect: a key handed out
 * before that (the rest of a burst after the Enter that opened a screen, the key after the one
 * that closed `?`) would reach nobody. Call it after the component's own useInput.
 */
export function useHoldUntilListening(isActive = true): void {
  const control = useInputControl();
  const taken = useRef<() => void>(undefined);
  useLayoutEffect(() => {
    if (isActive) taken.current = control?.hold();
  }, [control, isActive]);
  // Passive effects run children first and in the order they are declared: the handlers above
  // (and below) are subscribed by now.
  useEffect(() => {
    if (!isActive || !control) return;
    taken.current?.();
    taken.current = undefined;
  }, [control, isActive]);
}

/**
 * For a key that changes what is shown (opens a screen, goes back, closes `?`): the keys typed
 * with it or just after it are for what it shows, so they wait until that listens. Returns the
 * function that takes such a hold; the holds are released after the next commit that changed
 * `shown` (compared with Object.is; the caller's passive effects run after its children's).
 * Take one only when `shown` will change, or release it early with what the function returns.
 */
export function useHoldUntilShown(shown: unknown): () => () => void {
  const control = useInputControl();
  const held = useRef<Array<() => void>>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: after each commit that changed `shown`
  useEffect(() => {
    for (const release of held.current.splice(0)) release();
  }, [shown]);
  return useCallback(() => {
    const release = control?.hold() ?? (() => {});
    held.current.push(release);
    return release;
  }, [control]);
}
