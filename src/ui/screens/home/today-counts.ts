// Today's counts for the home menu, Anki-style (new · learning · due), from the one core
// "today" (core/memory/today.ts) that stats, Study and Quiz use, so the numbers agree.
// Loaded after the first frame: the bank and the log replay are not in the startup path.
import { loadStudyBank } from '../../../core/memory/study-bank.js';
import { type ModeCounts, todayCountsFromLog } from '../../../core/memory/today.js';
import { contentDir } from '../../../core/paths.js';
import type { Services } from '../../services.js';

export interface HomeCounts {
  study: string;
  quiz: string;
}

function text(c: ModeCounts): string {
  return `${c.new} new · ${c.learning} learning · ${c.due} due`;
}

export function homeCounts(services: Services): HomeCounts {
  const store = services.store();
  const bank = loadStudyBank(contentDir(services.env));
  const counts = todayCountsFromLog(bank, store.events(), services.now(), store.settings());
  return { study: text(counts.flashcards), quiz: text(counts.quiz) };
}
