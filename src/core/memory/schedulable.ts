// What the memory model schedules: the bank's items and the question templates. A template is one
// schedulable item (its reviews are logged under its id; see reviewItemId in core/templates),
// though each draw of it shows different numbers. Mastery, due counts, the forecast and the
// interview projection all count both; a review of an id that is neither is kept in the totals
// but has no topic and is never due.
import type { Bank, ItemKind } from '../content/schema.js';

/** One thing with a memory state: an item of the bank, or a template. */
export interface Schedulable {
  id: string;
  topic: string;
  /** A template schedules as a numeric item (the quiz asks it). */
  kind: ItemKind;
  difficulty: number;
}

/** A bank plus the templates scheduled with it (a plain Bank has none). */
export interface StudyBank extends Bank {
  templates?: ReadonlyMap<string, Schedulable>;
}

/** `bank` with `templates` scheduled alongside its items. */
export function withTemplates(
  bank: Bank,
  templates: Iterable<{ id: string; topic: string; difficulty: number }>,
): StudyBank {
  const map = new Map<string, Schedulable>();
  for (const t of templates) {
    if (bank.byId.has(t.id)) continue;
    map.set(t.id, { id: t.id, topic: t.topic, kind: 'numeric', difficulty: t.difficulty });
  }
  return { ...bank, templates: map };
}

/** Every schedulable id with its topic and kind: the bank's items, then the templates. */
export function schedulableItems(bank: StudyBank): Schedulable[] {
  return [...bank.items, ...(bank.templates?.values() ?? [])];
}

/** The item or template with this id; undefined for ids no longer in content/. */
export function schedulableOf(bank: StudyBank, id: string): Schedulable | undefined {
  return bank.byId.get(id) ?? bank.templates?.get(id);
}
