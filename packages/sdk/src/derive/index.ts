/** Derived views: RAG, overdue, plan summary, transitions, traceability. Pure functions. */
export * from './actions.js';
export * from './plan.js';
