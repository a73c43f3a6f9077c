import { DraftSaver } from '../../packages/sdk/src/storage/drafts.js';
import { IndexedDbStore } from '../../packages/sdk/src/storage/indexeddb-store.js';

const name = new URLSearchParams(location.search).get('db') ?? 'slk-draft-page';
const field = document.querySelector('textarea')!;
const status = document.querySelector('#status')!;
const store = await IndexedDbStore.open({ name });
const saver = new DraftSaver<string>(store, 'feedback:answer', {
  kind: 'feedback-response',
  debounceMs: 200,
  onSaved: () => (status.textContent = 'Draft saved'),
  onError: (error) => (status.textContent = error.text['en-GB']),
});
field.value = (await saver.restore()) ?? '';
field.addEventListener('input', () => {
  status.textContent = 'Saving…';
  saver.update(field.value);
});
document.body.dataset['ready'] = 'true';
