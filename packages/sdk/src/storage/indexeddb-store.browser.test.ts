import { expect } from '@open-wc/testing';
import { IndexedDbStore, DATABASE_VERSION } from './indexeddb-store.js';
import { describeStoreContract, sample } from './store.contract.js';
import { ConflictError, StoreValidationError, type StoreChange } from './store.js';

let counter = 0;
let current = '';
function freshName(): string {
  current = `slk-test-${Date.now()}-${counter++}`;
  return current;
}

describeStoreContract(
  'IndexedDbStore',
  {
    make: (now) => IndexedDbStore.open({ name: freshName(), clock: now }),
    cleanUp: () => IndexedDbStore.delete(current),
  },
  expect,
);

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('IndexedDbStore in the browser', () => {
  let name: string;
  beforeEach(() => {
    name = freshName();
  });
  afterEach(() => IndexedDbStore.delete(name));

  it('tells another tab about a change, and the other tab cannot overwrite it silently', async () => {
    const tabA = await IndexedDbStore.open({ name });
    const tabB = await IndexedDbStore.open({ name });
    const heard: StoreChange[] = [];
    tabB.subscribe((change) => heard.push(change));
    await tabA.putReview(sample(), { expectedRevision: null });
    const action = (await tabB.getEntity('child-j', 'actions', 'a-01'))!;
    await tabA.putEntity('child-j', 'actions', { ...action.value, title: 'Edited in tab A' }, { expectedRevision: action.revision });
    await waitFor(() => heard.length >= 2);
    expect(heard.map((c) => [c.type, c.entityId ?? null, c.source])).to.deep.equal([
      ['review', null, 'other-tab'],
      ['entity', 'a-01', 'other-tab'],
    ]);
    // Tab B still holds the revision it read: its write is refused, not lost over A's.
    let refused: unknown;
    try {
      await tabB.putEntity('child-j', 'actions', { ...action.value, title: 'Edited in tab B' }, { expectedRevision: action.revision });
    } catch (error) {
      refused = error;
    }
    expect(refused).to.be.instanceOf(ConflictError);
    expect((refused as ConflictError<{ title: string }>).current?.value.title).to.equal('Edited in tab A');
    tabA.close();
    tabB.close();
  });

  it('validates what it reads: a damaged record is reported, not passed on', async () => {
    const store = await IndexedDbStore.open({ name });
    await store.putReview(sample(), { expectedRevision: null });
    store.close();
    // Damage one record behind the store's back, as a broken extension or old bug might.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name, DATABASE_VERSION);
      open.onsuccess = () => {
        const t = open.result.transaction('entities', 'readwrite');
        const entities = t.objectStore('entities');
        const get = entities.get(['child-j', 'actions', 'a-01']);
        get.onsuccess = () => entities.put({ ...get.result, value: { ...get.result.value, status: 'finished' } });
        t.oncomplete = () => {
          open.result.close();
          resolve();
        };
        t.onerror = () => reject(t.error ?? new Error('The test could not damage the record.'));
      };
    });
    const reopened = await IndexedDbStore.open({ name });
    let error: unknown;
    try {
      await reopened.getReview('child-j');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(StoreValidationError);
    expect((error as StoreValidationError).errors[0]?.path).to.equal('actions[0].status');
    reopened.close();
  });

  it('creates its object stores at the current database version', async () => {
    const store = await IndexedDbStore.open({ name });
    store.close();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
    });
    expect(db.version).to.equal(DATABASE_VERSION);
    expect([...db.objectStoreNames].sort()).to.deep.equal(['audit', 'documents', 'drafts', 'entities', 'reviews']);
    db.close();
  });

  it('asks the browser to keep its data', async () => {
    const store = await IndexedDbStore.open({ name });
    expect(await store.requestPersistence()).to.be.a('boolean');
    store.close();
  });
});
