/** Derived views: RAG, overdue, plan summary, transitions, traceability, feedback figures, worksheets, the practice briefing. Pure functions. */
export * from './actions.js';
export * from './plan.js';
export * from './feedback.js';
export * from './worksheets.js';
export * from './briefing.js';
