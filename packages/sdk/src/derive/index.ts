/** Derived views: RAG, overdue, plan summary, transitions, traceability, feedback figures. Pure functions. */
export * from './actions.js';
export * from './plan.js';
export * from './feedback.js';
