// Model-based tests: random sequences of what happens to a form in real life (typing, saving,
// the tab reloading, storage failing, another tab writing) against a simple model of what the
// person should be able to get back. Invariants: the last confirmed input is always
// recoverable; a failed save always hands back the latest input; no write is silently lost.
import { expect } from 'chai';
import fc from 'fast-check';
import { childJReview } from '../fixtures/index.js';
import { DraftSaver, type DraftStore } from './drafts.js';
import { MemoryStore } from './memory-store.js';
import { ConflictError, StorageError } from './store.js';

/** A draft store whose saves can be made to fail, like a full or blocked browser store. */
class FlakyDrafts {
  failing = false;
  constructor(private readonly inner: MemoryStore) {}
  readonly store: DraftStore = {
    saveDraft: (key, value, options) => (this.failing ? Promise.reject(new StorageError('quota-exceeded')) : this.inner.saveDraft(key, value, options)),
    loadDraft: (key) => this.inner.loadDraft(key),
    discardDraft: (key) => this.inner.discardDraft(key),
    listDrafts: () => this.inner.listDrafts(),
    purgeDrafts: () => this.inner.purgeDrafts(),
    purgeExpiredDrafts: () => this.inner.purgeExpiredDrafts(),
  };
}

interface DraftModel {
  typed: string;
  confirmed: string | undefined;
}
interface DraftReal {
  flaky: FlakyDrafts;
  saver: DraftSaver<string>;
}

const KEY = 'feedback:answer';
const newSaver = (flaky: FlakyDrafts) => new DraftSaver<string>(flaky.store, KEY, { kind: 'feedback-response', debounceMs: 60_000 });

class Edit implements fc.AsyncCommand<DraftModel, DraftReal> {
  constructor(readonly text: string) {}
  check = () => true;
  run(m: DraftModel, r: DraftReal): Promise<void> {
    r.saver.update(this.text);
    m.typed = this.text;
    return Promise.resolve();
  }
  toString = () => `Edit(${JSON.stringify(this.text)})`;
}

class Flush implements fc.AsyncCommand<DraftModel, DraftReal> {
  check = () => true;
  async run(m: DraftModel, r: DraftReal): Promise<void> {
    const pendingBefore = r.saver.pending;
    try {
      await r.saver.flush();
      expect(r.flaky.failing && pendingBefore, 'a save reported success while storage was failing').to.equal(false);
      if (pendingBefore) m.confirmed = m.typed;
    } catch (error) {
      // Never swallowed, and the latest input comes back as a download.
      expect(error).to.be.instanceOf(StorageError);
      const fallback = (error as StorageError).fallback;
      expect(JSON.parse(fallback!.contents)).to.include({ format: 'slk-draft', key: KEY, value: m.typed });
      expect(r.saver.pending, 'unsaved input must stay pending').to.equal(true);
    }
  }
  toString = () => 'Flush';
}

class Reload implements fc.AsyncCommand<DraftModel, DraftReal> {
  check = () => true;
  async run(m: DraftModel, r: DraftReal): Promise<void> {
    r.saver.dispose();
    r.saver = newSaver(r.flaky);
    const restored = await r.saver.restore();
    expect(restored, 'the last confirmed input must be recoverable').to.equal(m.confirmed);
    m.typed = restored ?? '';
  }
  toString = () => 'Reload';
}

class StorageFails implements fc.AsyncCommand<DraftModel, DraftReal> {
  constructor(readonly failing: boolean) {}
  check = () => true;
  run(_m: DraftModel, r: DraftReal): Promise<void> {
    r.flaky.failing = this.failing;
    return Promise.resolve();
  }
  toString = () => (this.failing ? 'StorageFails' : 'StorageRecovers');
}

describe('drafts under random interruptions (model-based)', () => {
  it('always keep the last confirmed input and never swallow a failed save', async () => {
    const commands = [
      fc.string({ maxLength: 12 }).map((text) => new Edit(text)),
      fc.constant(new Flush()),
      fc.constant(new Reload()),
      fc.boolean().map((failing) => new StorageFails(failing)),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (cmds) => {
        const flaky = new FlakyDrafts(new MemoryStore());
        const real: DraftReal = { flaky, saver: newSaver(flaky) };
        await fc.asyncModelRun(() => ({ model: { typed: '', confirmed: undefined }, real }), cmds);
        real.saver.dispose();
      }),
      { numRuns: 150 },
    );
  });

  it('save on their own after a pause in typing', async () => {
    const store = new MemoryStore();
    const saver = new DraftSaver<string>(store, KEY, { debounceMs: 20 });
    saver.update('first');
    saver.update('second');
    await new Promise((r) => setTimeout(r, 80));
    expect((await store.loadDraft(KEY))?.value).to.equal('second');
    expect(saver.pending).to.equal(false);
  });
});

// Two tabs editing the same action: each holds the revision it last read.
interface TabsModel {
  title: string;
  revision: number;
}
interface TabsReal {
  store: MemoryStore;
  seen: [number, number];
}

class TabWrite implements fc.AsyncCommand<TabsModel, TabsReal> {
  constructor(
    readonly tab: 0 | 1,
    readonly title: string,
  ) {}
  check = () => true;
  async run(m: TabsModel, r: TabsReal): Promise<void> {
    const action = (await r.store.getEntity('child-j', 'actions', 'a-01'))!;
    try {
      const saved = await r.store.putEntity('child-j', 'actions', { ...action.value, title: this.title }, { expectedRevision: r.seen[this.tab] });
      expect(r.seen[this.tab], 'a stale write succeeded').to.equal(m.revision);
      m.title = this.title;
      m.revision = saved.revision;
      r.seen[this.tab] = saved.revision;
    } catch (error) {
      expect(error).to.be.instanceOf(ConflictError);
      expect(r.seen[this.tab], 'a current write was refused').to.not.equal(m.revision);
      // The conflict carries what is stored now, which is the last successful write.
      expect((error as ConflictError<{ title: string }>).current?.value.title).to.equal(m.title);
    }
    const stored = await r.store.getEntity('child-j', 'actions', 'a-01');
    expect(stored?.value.title, 'no write may be lost').to.equal(m.title);
  }
  toString = () => `Tab${this.tab}Write(${JSON.stringify(this.title)})`;
}

class TabReload implements fc.AsyncCommand<TabsModel, TabsReal> {
  constructor(readonly tab: 0 | 1) {}
  check = () => true;
  async run(_m: TabsModel, r: TabsReal): Promise<void> {
    r.seen[this.tab] = (await r.store.getEntity('child-j', 'actions', 'a-01'))!.revision;
  }
  toString = () => `Tab${this.tab}Reload`;
}

describe('two tabs writing the same action (model-based)', () => {
  it('never lets a stale write overwrite a newer one', async () => {
    const tab = fc.constantFrom<0 | 1>(0, 1);
    const commands = [
      fc.tuple(tab, fc.string({ minLength: 1, maxLength: 10 }).filter((t) => t.trim().length > 0)).map(([t, title]) => new TabWrite(t, title.trim())),
      tab.map((t) => new TabReload(t)),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
        const store = new MemoryStore();
        await store.putReview(structuredClone(childJReview), { expectedRevision: null });
        const first = (await store.getEntity('child-j', 'actions', 'a-01'))!;
        await fc.asyncModelRun(() => ({ model: { title: first.value.title, revision: first.revision }, real: { store, seen: [first.revision, first.revision] } }), cmds);
      }),
      { numRuns: 100 },
    );
  });
});
