/**
 * The contract every storage adapter must pass: MemoryStore and FileStore run it in Node,
 * IndexedDbStore in Chromium. An HTTP adapter added later runs it too.
 *
 * `expect` is passed in because Node and the browser tests use different builds of chai.
 */
import { childJReview } from '../fixtures/index.js';
import type { Review } from '../model/schemas.js';
import type { DraftStore } from './drafts.js';
import { ConflictError, StoreValidationError, type ReviewStore, type StoreChange } from './store.js';

type Expect = (actual: unknown, message?: string) => Chai.Assertion;

export interface ContractOptions {
  /** Makes an empty store whose clock reads `now()`. */
  readonly make: (now: () => string) => Promise<ReviewStore & DraftStore>;
  /** Removes whatever `make` created (databases, files). */
  readonly cleanUp?: () => Promise<void>;
}

export function sample(): Review {
  return structuredClone(childJReview);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to be rejected, but it resolved.');
}

export function describeStoreContract(name: string, options: ContractOptions, expect: Expect): void {
  describe(`${name} (store contract)`, function () {
    this.timeout(20000);
    let time = Date.parse('2026-11-21T09:00:00Z');
    const now = () => new Date(time).toISOString();
    let store: ReviewStore & DraftStore;

    beforeEach(async () => {
      time = Date.parse('2026-11-21T09:00:00Z');
      store = await options.make(now);
    });

    afterEach(async () => {
      store.close();
      await options.cleanUp?.();
    });

    it('starts empty', async () => {
      expect(await store.listReviews()).to.deep.equal([]);
      expect(await store.getReview('child-j')).to.equal(undefined);
    });

    it('creates a review at revision 1 and reads it back the same', async () => {
      const saved = await store.putReview(sample(), { expectedRevision: null });
      expect(saved.revision).to.equal(1);
      expect(await store.listReviews()).to.deep.equal([{ id: 'child-j', title: sample().title, revision: 1, updatedAt: now() }]);
      const read = await store.getReview('child-j');
      expect(read?.value).to.deep.equal(sample());
      expect(read?.revision).to.equal(1);
    });

    it('refuses to create a review that exists, reporting the stored version', async () => {
      await store.putReview(sample(), { expectedRevision: null });
      const error = await rejection(store.putReview(sample(), { expectedRevision: null }));
      expect(error).to.be.instanceOf(ConflictError);
      const conflict = error as ConflictError<Review>;
      expect(conflict.current?.revision).to.equal(1);
      expect(conflict.current?.value.id).to.equal('child-j');
      expect(conflict.attempted).to.deep.equal(sample());
    });

    it('replaces a review only from its current revision', async () => {
      await store.putReview(sample(), { expectedRevision: null });
      const changed = { ...sample(), title: 'A renamed fictional review' };
      expect(await rejection(store.putReview(changed, { expectedRevision: 7 }))).to.be.instanceOf(ConflictError);
      const saved = await store.putReview(changed, { expectedRevision: 1 });
      expect(saved.revision).to.equal(2);
      expect((await store.getReview('child-j'))?.value.title).to.equal('A renamed fictional review');
    });

    it('saves one action without touching any other record', async () => {
      await store.putReview(sample(), { expectedRevision: null });
      const before = await store.getEntity('child-j', 'actions', 'a-02');
      const action = (await store.getEntity('child-j', 'actions', 'a-01'))!;
      time += 60_000;
      const saved = await store.putEntity('child-j', 'actions', { ...action.value, title: 'A changed title' }, { expectedRevision: action.revision });
      expect(saved.revision).to.equal(action.revision + 1);
      expect((await store.getEntity('child-j', 'actions', 'a-02'))?.revision).to.equal(before?.revision);
      const review = await store.getReview('child-j');
      expect(review?.revision).to.equal(2);
      expect(review?.updatedAt).to.equal(now());
      expect(review?.value.actions.find((a) => a.id === 'a-01')?.title).to.equal('A changed title');
      // Order is kept.
      expect(review?.value.actions.map((a) => a.id)).to.deep.equal(sample().actions.map((a) => a.id));
    });

    it('refuses a stale write to an entity, carrying both versions', async () => {
      await store.putReview(sample(), { expectedRevision: null });
      const action = (await store.getEntity('child-j', 'actions', 'a-01'))!;
      await store.putEntity('child-j', 'actions', { ...action.value, title: 'First edit' }, { expectedRevision: action.revision });
      const error = await rejection(store.putEntity('child-j', 'actions', { ...action.value, title: 'Second edit' }, { expectedRevision: action.revision }));
      expect(error).to.be.instanceOf(ConflictError);
      const conflict = error as ConflictError<{ title: string }>;
      expect(conflict.current?.value.title).to.equal('First edit');
      expect(conflict.attempted?.title).to.equal('Second edit');
      expect((await store.getEntity('child-j', 'actions', 'a-01'))?.value.title).to.equal('First edit');
    });

    it('adds a new entity at the end of its collection', async () => {
      await store.putReview(sample(), { expectedRevision: null });
      const entry = { id: 'e-new', date: '2024-03~', agencyId: 'csc', source: 'Case record', event: 'A new fictional entry.' };
      const saved = await store.putEntity('child-j', 'chronology', entry as Review['chronology'][number], { expectedRevision: null });
      expect(saved.revision).to.equal(1);
      expect(saved.value).to.include({ significance: 'medium', visibility: 'panel' }); // defaults filled in
      const review = (await store.getReview('child-j'))!.value;
      expect(review.chronology.at(-1)?.id).to.equal('e-new');
    });

    it('refuses an invalid entity, or one whose references do not exist, and changes nothing', async () => {
      await store.putReview(sample(), { expectedRevision: null });
      const action = (await store.getEntity('child-j', 'actions', 'a-01'))!;
      const invalid = await rejection(store.putEntity('child-j', 'actions', { ...action.value, title: '' }, { expectedRevision: action.revision }));
      expect(invalid).to.be.instanceOf(StoreValidationError);
      expect((invalid as StoreValidationError).errors.map((e) => [e.path, e.message])).to.deep.equal([['title', 'Enter the action']]);
      const broken = await rejection(store.putEntity('child-j', 'actions', { ...action.value, recommendationId: 'rec-99' }, { expectedRevision: action.revision }));
      expect(broken).to.be.instanceOf(StoreValidationError);
      expect((broken as StoreValidationError).errors[0]?.path).to.equal('recommendationId');
      expect((await store.getReview('child-j'))?.revision).to.equal(1);
    });

    it('refuses to delete a record others refer to, and deletes one nobody refers to', async () => {
      await store.putReview(sample(), { expectedRevision: null });
      const agency = (await store.getEntity('child-j', 'agencies', 'csc'))!;
      expect(await rejection(store.deleteEntity('child-j', 'agencies', 'csc', { expectedRevision: agency.revision }))).to.be.instanceOf(StoreValidationError);
      const point = (await store.getEntity('child-j', 'learningEvents', 'learning-event-1'))!;
      await store.deleteEntity('child-j', 'learningEvents', 'learning-event-1', { expectedRevision: point.revision });
      expect((await store.getReview('child-j'))?.value.learningEvents).to.deep.equal([]);
    });

    it('deletes a review from its current revision only', async () => {
      await store.putReview(sample(), { expectedRevision: null });
      expect(await rejection(store.deleteReview('child-j', { expectedRevision: 3 }))).to.be.instanceOf(ConflictError);
      await store.deleteReview('child-j', { expectedRevision: 1 });
      expect(await store.getReview('child-j')).to.equal(undefined);
    });

    it('tells subscribers about each change until they stop listening', async () => {
      const changes: StoreChange[] = [];
      const stop = store.subscribe((change) => changes.push(change));
      await store.putReview(sample(), { expectedRevision: null });
      const action = (await store.getEntity('child-j', 'actions', 'a-01'))!;
      await store.putEntity('child-j', 'actions', action.value, { expectedRevision: action.revision });
      stop();
      await store.deleteReview('child-j', { expectedRevision: 2 });
      expect(changes.map((c) => [c.type, c.reviewId, c.entityId, c.revision, c.source])).to.deep.equal([
        ['review', 'child-j', undefined, 1, 'local'],
        ['entity', 'child-j', 'a-01', 2, 'local'],
      ]);
    });

    it('hands out copies: changing a value read does not change the store', async () => {
      await store.putReview(sample(), { expectedRevision: null });
      const read = (await store.getReview('child-j'))!;
      read.value.actions[0]!.title = 'Changed by mistake';
      expect((await store.getReview('child-j'))?.value.actions[0]?.title).to.equal(sample().actions[0]?.title);
    });

    it('keeps forms, responses and worksheets with revisions', async () => {
      const form = { schemaVersion: 1, kind: 'feedback-form', id: 'f', version: 1, title: { 'en-GB': 'Form' }, purpose: 'other', timepoint: 'immediate', sections: [{ id: 's', title: { 'en-GB': 'S' }, questions: [{ id: 'q', type: 'yes-no', label: { 'en-GB': 'Useful?' } }] }] };
      const saved = await store.putDocument('feedback-form', form, { expectedRevision: null });
      expect(saved.revision).to.equal(1);
      expect(await rejection(store.putDocument('feedback-form', form, { expectedRevision: null }))).to.be.instanceOf(ConflictError);
      expect((await store.listDocuments('feedback-form')).map((d) => (d.value as { id: string }).id)).to.deep.equal(['f']);
      const empty = { ...form, sections: [] };
      expect(await rejection(store.putDocument('feedback-form', empty, { expectedRevision: 1 }))).to.be.instanceOf(StoreValidationError);
      await store.deleteDocument('feedback-form', 'f', { expectedRevision: 1 });
      expect(await store.getDocument('feedback-form', 'f')).to.equal(undefined);
    });

    it('keeps drafts until discarded, expired or purged', async () => {
      await store.saveDraft('response:f', { q: 'yes' }, { kind: 'feedback-response' });
      expect((await store.loadDraft('response:f'))?.value).to.deep.equal({ q: 'yes' });
      await store.saveDraft('worksheet:w', { text: 'draft' }, { kind: 'loop-worksheet', ttlDays: 1 });
      expect((await store.listDrafts()).map((d) => d.key).sort()).to.deep.equal(['response:f', 'worksheet:w']);
      time += 2 * 86_400_000; // two days later the worksheet draft has expired
      expect(await store.loadDraft('worksheet:w')).to.equal(undefined);
      expect(await store.purgeExpiredDrafts()).to.be.at.most(1);
      await store.discardDraft('response:f');
      expect(await store.loadDraft('response:f')).to.equal(undefined);
      await store.saveDraft('a', 1);
      await store.saveDraft('b', 2);
      await store.purgeDrafts();
      expect(await store.listDrafts()).to.deep.equal([]);
    });

    it('keeps an audit log beside the reviews', async () => {
      const entry = { at: now(), action: 'export-without-redaction' as const, reviewId: 'child-j', audience: 'internal', role: 'Business manager', reason: 'Sent to the review panel chair for checking.' };
      await store.audit(entry);
      expect(await store.auditLog()).to.deep.equal([entry]);
    });
  });
}
