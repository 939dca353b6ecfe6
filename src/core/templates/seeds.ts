// Instance seeds: a session's seed (a quiz's, a mock round's) and a label fix a draw's numbers.
import { seededRandom } from '../mock/random.js';
import { nextU32 } from '../prng.js';

/**
 * The seed to draw with, from a session seed and a label such as `tpl-lambda-bill:0`: the same
 * session seed always gives the same numbers, and each template its own independent draw.
 */
export function instanceSeed(seed: number, label: string): number {
  return nextU32(seededRandom(seed, label));
}
