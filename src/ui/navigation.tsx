import { createContext, useContext, useLayoutEffect, useRef } from 'react';
import type { Route } from './routes.js';

export type { Route };

export interface KeyHelp {
  keys: string;
  action: string;
}

export interface ScreenChrome {
  title: string;
  keys: KeyHelp[];
  /** Called on Esc instead of going back (a screen with its own dialogs). */
  onEscape?: () => void;
  /** The screen takes typed text: `?` and `q` are characters, not commands. */
  textEntry?: boolean;
  /**
   * What `q` does here instead of quitting (a running session ends to its summary first).
   * Without it, `q` quits the app, keeping everything answered.
   */
  quit?: { help: string; run: () => void };
  /**
   * Called on Ctrl+C instead of quitting, by a screen that asks first (unsaved typing); it
   * ends with `nav.interrupt()`, which a second Ctrl+C must also reach.
   */
  interrupt?: () => void;
}

export interface Navigation {
  push: (route: Route) => void;
  back: () => void;
  /** Leaves the app with this exit status. */
  exit: (code?: number) => void;
  /** Quits as Ctrl+C does: what screens registered is saved first, exit status 130. */
  interrupt: () => void;
  /** Registers what to save if the user quits with Ctrl+C mid-way; returns the unregister function. */
  onInterrupt: (save: () => void) => () => void;
  setChrome: (chrome: ScreenChrome) => void;
  /** False while an overlay (the key help) has the keyboard. */
  active: boolean;
  depth: number;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside the App');
  return nav;
}

/** Declares the screen's title and keys (shown in the footer and by `?`). */
export function useScreen(chrome: ScreenChrome): Navigation {
  const nav = useNavigation();
  const latest = useRef(chrome);
  latest.current = chrome;
  const signature = chromeSignature(chrome);
  // A layout effect, so the shell knows about textEntry before the next key can arrive.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-register only when what is shown changes
  useLayoutEffect(() => {
    nav.setChrome({
      ...latest.current,
      onEscape: latest.current.onEscape ? () => latest.current.onEscape?.() : undefined,
      quit: latest.current.quit
        ? { help: latest.current.quit.help, run: () => latest.current.quit?.run() }
        : undefined,
      interrupt: latest.current.interrupt ? () => latest.current.interrupt?.() : undefined,
    });
  }, [signature]);
  return nav;
}

/** What of a chrome the shell shows or acts on; equal signatures need no re-render. */
export function chromeSignature(chrome: ScreenChrome): string {
  const keys = chrome.keys.map((k) => `${k.keys}:${k.action}`).join(',');
  return `${chrome.title}|${keys}|${Boolean(chrome.onEscape)}|${Boolean(chrome.textEntry)}|${chrome.quit?.help ?? ''}|${Boolean(chrome.interrupt)}`;
}
