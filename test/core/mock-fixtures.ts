// Items and rounds for the mock interview tests.
import { loadBank } from '../../src/core/content/load.js';
import type { Bank, Item } from '../../src/core/content/schema.js';
import { planRound } from '../../src/core/mock/plan.js';
import { startRound } from '../../src/core/mock/round.js';
import type { RoundQuestion } from '../../src/core/mock/select.js';
import { realContent } from '../content/fixtures.js';

export const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
export const MIN = 60_000;

export function realBank(): Bank {
  return loadBank(realContent);
}

export const contentDir = realContent;

/** A minimal flashcard (or mcq) in `topic`, for selection tests. */
export function card(id: string, topic: string, kind: 'flashcard' | 'mcq' = 'flashcard'): Item {
  const base = {
    id,
    topic,
    difficulty: 1 as const,
    source: { section: 'x' },
    correctsMaterial: false,
  };
  if (kind === 'mcq') {
    return {
      ...base,
      kind,
      prompt: `${id}?`,
      choices: [
        { text: 'yes', correct: true },
        { text: 'no', correct: false, why: 'because' },
      ],
      explanation: `${id} explained`,
    };
  }
  return { ...base, kind, front: `${id} front`, back: `${id} back` };
}

function first<K extends Item['kind']>(
  bank: Bank,
  kind: K,
  pred: (i: Item) => boolean = () => true,
) {
  const item = bank.items.find((i) => i.kind === kind && pred(i));
  if (!item) throw new Error(`no ${kind} in the bank`);
  return item as Extract<Item, { kind: K }>;
}

/**
 * Five questions of a short round from the real bank: a flashcard and an mcq (rapid-fire), a
 * numeric with a literal answer (estimation), a scenario (design), a free response (wrap-up).
 */
export function shortQuestions(bank: Bank = realBank()) {
  const flashcard = first(
    bank,
    'flashcard',
    (i) => i.kind === 'flashcard' && !i.front.includes('{{'),
  );
  const mcq = first(
    bank,
    'mcq',
    (i) => i.kind === 'mcq' && i.choices.filter((c) => c.correct).length === 1,
  );
  const numeric = first(bank, 'numeric', (i) => i.kind === 'numeric' && i.answer !== undefined);
  const scenario = first(bank, 'scenario');
  const free = first(bank, 'free-response');
  const questions: RoundQuestion[] = [
    { section: 'rapid-fire', item: flashcard },
    { section: 'rapid-fire', item: mcq },
    { section: 'estimation', item: numeric },
    { section: 'design', item: scenario },
    { section: 'wrap-up', item: free },
  ];
  return { flashcard, mcq, numeric, scenario, free, questions };
}

export function shortRound(now = T0) {
  const q = shortQuestions();
  const plan = planRound('short');
  return { ...q, plan, state: startRound(plan, q.questions, 1, now) };
}
