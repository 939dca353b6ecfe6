// The mock report shows a missed generated question as it was asked, with its worked solution.
import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/core/content/prices.js';
import { gradeNumeric } from '../../src/core/grading/grade.js';
import { planRound } from '../../src/core/mock/plan.js';
import { answer, endRound, flashcardGrade, startRound } from '../../src/core/mock/round.js';
import { scoreRound } from '../../src/core/mock/score.js';
import { studyPlan } from '../../src/core/mock/study-plan.js';
import { drawInstance, loadTemplates } from '../../src/core/templates/index.js';
import { reportLines } from '../../src/ui/screens/mock/report-lines.js';
import { contentDir, realBank, shortQuestions, T0 } from '../core/mock-fixtures.js';

describe('mock report with a generated question', () => {
  it('lists it under Missed with the drawn prompt, the answer and the worked solution', () => {
    const bank = realBank();
    const t = loadTemplates(contentDir).find((x) => x.id === 'tpl-littles-law');
    if (!t) throw new Error('tpl-littles-law missing');
    const q = drawInstance(t, 4321, loadPrices(contentDir));
    const questions = shortQuestions(bank).questions.map((x) =>
      x.section === 'estimation' ? { section: x.section, item: q } : x,
    );
    let state = startRound(planRound('short'), questions, 1, T0);
    state = answer(state, T0 + 5_000, flashcardGrade(3), {});
    state = answer(state, T0 + 9_000, { correct: true, score: 1, rating: 3, summary: 'Right' }, {});
    state = answer(state, T0 + 60_000, gradeNumeric(q, q.answer * 4), {});
    state = endRound(state, T0 + 70_000, 'ended-early');
    const report = scoreRound(state);
    const plan = studyPlan(report, bank.items, state.seed);
    const text = reportLines(
      report,
      plan,
      bank,
      200,
      state.questions.map((x) => x.item),
    )
      .map((l) => l.text)
      .join('\n');
    const missed = text.slice(text.indexOf('Missed ('));
    expect(missed).toContain(q.prompt.replace(/\s+/g, ' ').slice(0, 60));
    expect(missed).toContain(`Worked: ${q.solution.replace(/\s+/g, ' ').slice(0, 60)}`);
  });
});
