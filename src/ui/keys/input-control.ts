import { createContext, useContext, useLayoutEffect } from 'react';

/**
 * What the app's stdin (key-by-key-stdin.ts) tells screens about the keys as they are read.
 * Absent in screens rendered without the app's stdin: holds then do nothing, counts stay 0.
 */
export interface InputControl {
  /** Holds the keyboard: keys wait in stdin until every hold is released. */
  hold(): () => void;
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

/**
 * While the calling component is mounted (a screen still loading), keys are not handed to the
 * app; they are applied, in order, once it is ready. Without this a Space typed during
 * "Loading the cards…" would be lost.
 */
export function useHoldInput(): void {
  const control = useInputControl();
  useLayoutEffect(() => control?.hold(), [control]);
}
