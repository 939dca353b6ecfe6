import { createContext, useContext, useLayoutEffect } from 'react';

/** Holds the keyboard: keys wait in stdin until every hold is released. */
export type HoldInput = () => () => void;

export const HoldInputContext = createContext<HoldInput | undefined>(undefined);

/**
 * While the calling component is mounted (a screen still loading), keys are not handed to the
 * app; they are applied, in order, once it is ready. Without this a Space typed during
 * "Loading the cards…" would be lost.
 */
export function useHoldInput(): void {
  const hold = useContext(HoldInputContext);
  useLayoutEffect(() => hold?.(), [hold]);
}
