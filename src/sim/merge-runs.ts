// The last step of an external sort: ascending runs of times merged into one ascending stream.
// Each run is pulled a piece at a time, so memory is one piece per run, not the whole input.
import type { TimeChunks } from './models/arrivals.js';
import { IndexedMinHeap } from './models/heap.js';

/** Times handed out per piece. */
const PIECE = 8192;

export function mergeRuns(runs: readonly TimeChunks[], pieceLength = PIECE): TimeChunks {
  const pieces: Float64Array[] = [];
  const at: number[] = [];
  // Keyed by each run's next time; a run leaves the heap once it has no more pieces.
  const heap = new IndexedMinHeap(Math.max(1, runs.length));
  const pull = (r: number): boolean => {
    for (let piece = runs[r]!.next(); piece !== undefined; piece = runs[r]!.next()) {
      if (piece.length === 0) continue;
      pieces[r] = piece;
      at[r] = 0;
      return true;
    }
    return false;
  };
  for (let r = 0; r < runs.length; r++) if (pull(r)) heap.push(r, pieces[r]![0]!);
  const out = new Float64Array(pieceLength);
  return {
    next: () => {
      let n = 0;
      while (n < out.length && heap.size > 0) {
        const r = heap.pop();
        // Take from this run while it stays at or below every other run's next time.
        const limit = heap.topKey();
        let piece = pieces[r]!;
        let i = at[r]!;
        let more = true;
        for (;;) {
          out[n++] = piece[i++]!;
          if (i === piece.length) {
            more = pull(r);
            if (!more) break;
            piece = pieces[r]!;
            i = 0;
          }
          if (n === out.length || piece[i]! > limit) break;
        }
        if (more) {
          at[r] = i;
          heap.push(r, piece[i]!);
        }
      }
      return n > 0 ? out.subarray(0, n) : undefined;
    },
  };
}
