// Today's counts for the home menu, Anki-style (new · learning · due), from the one core
// "today" (core/memory/today.ts) that stats, Study and Quiz use, so the numbers agree.
// Loaded after the first frame: the bank and the log replay are not in the startup path.
import { loadStudyBankOf } from '../../../core/content/compiled-study-bank.js';
import { setAsideAt } from '../../../core/memory/card-marks.js';
import { replayLogFile } from '../../../core/memory/replay-snapshot.js';
import { type ModeCounts, todayCounts } from '../../../core/memory/today.js';
import type { Services } from '../../services.js';

export interface HomeCounts {
  study: string;
  quiz: string;
  total: string;
}

function text(c: ModeCounts): string {
  return `${c.new} new · ${c.learning} learning · ${c.due} due`;
}

export async function homeCounts(services: Services): Promise<HomeCounts> {
  const store = services.store();
  // The build's compiled bank when it is current: no YAML parser or zod.
  const bank = await loadStudyBankOf(services.content);
  const now = services.now();
  const { desiredRetention, newPerDay } = store.settings();
  // From the replay snapshot, as Study does (the same file): years of reviews replay only
  // what is new since, where store.events() parsed and replayed the whole log every start.
  const { state } = replayLogFile(
    store.logFile,
    now,
    { desiredRetention },
    services.cacheDir,
    store.unsaved(),
  );
  const counts = todayCounts(bank, state.memory, now, newPerDay, setAsideAt(state.marks, now));
  return { study: text(counts.flashcards), quiz: text(counts.quiz), total: text(counts.total) };
}
