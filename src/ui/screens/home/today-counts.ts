// Today's counts for the home menu, Anki-style (new · learning · due), from the one core
// "today" (core/memory/today.ts) that stats, Study and Quiz use, so the numbers agree.
// Loaded after the first frame: the bank and the log replay are not in the startup path.
import { loadStudyBankOf } from '../../../core/content/compiled-study-bank.js';
import { type ModeCounts, todayCountsFromLog } from '../../../core/memory/today.js';
import type { Services } from '../../services.js';

export interface HomeCounts {
  study: string;
  quiz: string;
}

function text(c: ModeCounts): string {
  return `${c.new} new · ${c.learning} learning · ${c.due} due`;
}

export async function homeCounts(services: Services): Promise<HomeCounts> {
  const store = services.store();
  // The build's compiled bank when it is current: no YAML parser or zod.
  const bank = await loadStudyBankOf(services.content);
  const counts = todayCountsFromLog(bank, store.events(), services.now(), store.settings());
  return { study: text(counts.flashcards), quiz: text(counts.quiz) };
}
