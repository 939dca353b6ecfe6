// What `quiz --kind` may ask for: one kind of bank item, or `estimate` (generated questions only,
// drawn fresh from the templates in content/templates.yaml).
import { type GradableKind, gradableKinds } from '../grading/types.js';

export type QuizKind = GradableKind | 'estimate';
export const quizKinds: readonly QuizKind[] = [...gradableKinds, 'estimate'];

export function isQuizKind(s: string): s is QuizKind {
  return (quizKinds as readonly string[]).includes(s);
}
