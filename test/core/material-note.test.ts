import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/content/load.js';
import { materialNote } from '../../src/core/content/material-note.js';
import { cardLines } from '../../src/ui/components/card-view.js';
import { feedbackLines } from '../../src/ui/components/question/feedback.js';

describe('where the study guide differs', () => {
  it('items that correct the material say what it claims; others say nothing', () => {
    const bank = loadBank();
    const correcting = bank.items.filter((i) => i.correctsMaterial);
    expect(correcting.length).toBeGreaterThanOrEqual(10);
    for (const item of correcting)
      expect(materialNote(item)).toMatch(/^The study guide differs: it says “.+”/);
    const plain = bank.items.find((i) => !i.correctsMaterial);
    expect(plain && materialNote(plain)).toBeUndefined();
  });

  it('is shown on the back of a correcting flashcard and in the feedback of a correcting question', () => {
    const bank = loadBank();
    const card = bank.items.find((i) => i.kind === 'flashcard' && i.correctsMaterial);
    const spot = bank.items.find((i) => i.kind === 'spot-the-error' && i.correctsMaterial);
    if (card?.kind !== 'flashcard' || spot?.kind !== 'spot-the-error') throw new Error('fixture');
    const text = (lines: { text: string }[][] | { text: string }[]) =>
      lines.map((l) => (Array.isArray(l) ? l.map((s) => s.text).join('') : l.text)).join(' ');
    expect(text(cardLines(card, false, 200))).not.toContain('study guide differs');
    expect(text(cardLines(card, true, 200))).toContain('The study guide differs');
    const grade = { correct: true, score: 1, rating: 3 as const, summary: 'Right' };
    expect(
      text(feedbackLines(spot, { kind: 'spot-the-error', saysTrue: spot.isTrue }, grade, 200)),
    ).toContain('The study guide differs');
  });
});
