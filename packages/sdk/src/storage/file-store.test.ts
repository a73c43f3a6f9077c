import { expect } from 'chai';
import { FileFormatError, FileStore } from './file-store.js';
import { describeStoreContract, sample } from './store.contract.js';
import { ConflictError } from './store.js';

describeStoreContract('FileStore', { make: (now) => Promise.resolve(new FileStore({ clock: now })) }, expect);

describe('saving to a file and resuming from it', () => {
  it('brings back every review, document, draft and revision', async () => {
    const store = new FileStore({ clock: () => '2026-11-21T10:00:00.000Z' });
    await store.putReview(sample(), { expectedRevision: null });
    const action = (await store.getEntity('child-j', 'actions', 'a-01'))!;
    await store.putEntity('child-j', 'actions', { ...action.value, title: 'Edited before saving' }, { expectedRevision: action.revision });
    await store.saveDraft('worksheet:w', { text: 'half-written' }, { kind: 'loop-worksheet' });
    const file = await store.toFile({ role: 'Business manager' });
    expect(file.filename).to.equal('safeguarding-learning-kit-2026-11-21.json');

    const resumed = await FileStore.fromFile(file.contents, { clock: () => '2026-11-22T09:00:00.000Z' });
    const review = await resumed.getReview('child-j');
    expect(review?.revision).to.equal(2);
    expect(review?.value.actions[0]?.title).to.equal('Edited before saving');
    expect((await resumed.loadDraft('worksheet:w'))?.value).to.deep.equal({ text: 'half-written' });
    // Revisions carried over, the review's and each record's: writes based on what was
    // read before the edit are still refused.
    for (const stale of [
      () => resumed.putReview(sample(), { expectedRevision: 1 }),
      () => resumed.putEntity('child-j', 'actions', action.value, { expectedRevision: action.revision }),
    ]) {
      let conflict: unknown;
      try {
        await stale();
      } catch (error) {
        conflict = error;
      }
      expect(conflict).to.be.instanceOf(ConflictError);
    }
    expect((await resumed.getEntity('child-j', 'actions', 'a-01'))?.revision).to.equal(action.revision + 1);
  });

  it('records each save of the working copy in the audit log', async () => {
    const store = new FileStore({ clock: () => '2026-11-21T10:00:00.000Z' });
    await store.putReview(sample(), { expectedRevision: null });
    await store.toFile({ role: 'Business manager' });
    expect(await store.auditLog()).to.deep.equal([
      { at: '2026-11-21T10:00:00.000Z', action: 'save-working-copy', reviewId: 'child-j', audience: 'internal', role: 'Business manager', reason: 'Working copy saved to a file to resume later.' },
    ]);
  });

  it('explains a file it cannot resume from', async () => {
    for (const [text, message] of [
      ['{not json', /not valid JSON/],
      ['{"format":"something-else"}', /not a Safeguarding Learning Kit save file/],
      ['{"format":"slk-file","formatVersion":99}', /newer version of the kit/],
    ] as const) {
      let error: unknown;
      try {
        await FileStore.fromFile(text);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(FileFormatError);
      expect((error as Error).message).to.match(message);
    }
  });
});
