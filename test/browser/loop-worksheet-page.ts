import '../../packages/components/src/loop-worksheet/define.js';

// A key of the test's own, so the reload test never meets another run's draft.
const key = new URLSearchParams(location.search).get('key');
const worksheet = document.querySelector('slk-loop-worksheet')!;
if (key) worksheet.draftKey = key;
