// The memory model: per-item FSRS state derived from the review log, the study queue, and the
// statistics built on it. Study, quiz and mock all read from here.
export * from './bring-forward.js';
export * from './day.js';
export * from './events.js';
export * from './interview.js';
export * from './mastery.js';
export * from './preview.js';
export * from './queue.js';
export * from './replay.js';
export * from './schedulable.js';
export * from './scheduler.js';
export * from './session.js';
export * from './stats.js';
export * from './study-bank.js';
