// Grading of objective items and rubrics; used by the quiz and the mock interview.
export { answerText, formatWithUnit, rightAnswerText } from './answer-text.js';
export {
  grade,
  gradeMcq,
  gradeNumeric,
  gradeOrdering,
  gradeSpot,
  longestIncreasingRun,
} from './grade.js';
export {
  isPercentUnit,
  type NumberParse,
  numberExamples,
  parseNumberInput,
} from './parse-number.js';
export {
  RUBRIC_PASS,
  ratingForErrorRatio,
  ratingForRelativeError,
  ratingForRubricScore,
  ratingForScore,
} from './ratings.js';
export { gradeRubric } from './rubric.js';
export {
  type Answer,
  type GradableItem,
  type GradableKind,
  type Grade,
  gradableKinds,
  isGradable,
  type Rating,
} from './types.js';
