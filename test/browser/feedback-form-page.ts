import '../../packages/components/src/feedback-form/define.js';

// A key of the test's own, so the reload test never meets another run's draft.
const key = new URLSearchParams(location.search).get('key');
if (key) document.querySelector('slk-feedback-form')!.draftKey = key;
