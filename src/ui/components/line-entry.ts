// A one-line value being typed (a date, a number): the text so far and why it was refused.
// Pure; shared by the screens that edit a value in place (progress, settings).

export interface LineEntry {
  text: string;
  error?: string;
}

export type LineEntryAction =
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'refuse'; error: string };

/** The entry after a key; typing or erasing clears the refusal, the text stays under `max`. */
export function editLineEntry(entry: LineEntry, action: LineEntryAction, max: number): LineEntry {
  switch (action.type) {
    case 'type':
      return { text: (entry.text + action.text).slice(0, max) };
    case 'erase':
      return { text: entry.text.slice(0, -1) };
    case 'refuse':
      return { ...entry, error: action.error };
  }
}

/** An entry opened or closed: `q` and `?` turn into text or back (useLatestReducer's `settle`). */
export const entryToggled = (before: { entry?: LineEntry }, after: { entry?: LineEntry }) =>
  (before.entry === undefined) !== (after.entry === undefined);
