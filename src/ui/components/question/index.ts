// Keyboard-driven question components, shared by the quiz and the mock interview.
export { Feedback, type FeedbackProps, feedbackLines } from './feedback.js';
export { type Line, Lines, styled } from './lines.js';
export { isMultiAnswer, McqInput, type McqInputProps } from './mcq-input.js';
export { NumericInput, type NumericInputProps } from './numeric-input.js';
export { OrderingInput, type OrderingInputProps } from './ordering-input.js';
export { QuestionView, type QuestionViewProps, questionText, takesText } from './question-view.js';
export { ScrollLines, type ScrollLinesProps } from './scroll-lines.js';
export { SpotInput, type SpotInputProps } from './spot-input.js';
export { clipLines, fitText, wrapText } from './wrap.js';
