// The demo intranet's "sample review" panel: host-page code, as a partnership's own developer
// would write it against @slk/sdk. It keeps the fictional review in the browser's IndexedDB
// (the kit's embedded store), offers downloads redacted for their audience, and shows a draft
// that survives a reload. Text is set with textContent only: the page runs under a strict CSP
// with Trusted Types.
import {
  ConflictError,
  DraftSaver,
  IndexedDbStore,
  REDACTION_RULE_LABELS,
  StorageError,
  draft,
  exportReview,
  formatIsoDate,
  localise,
  parseReview,
  type Audience,
  type ExportFormat,
  type LocalisedText,
  type Locale,
  type RedactionRule,
  type Review,
  type Stored,
} from '@slk/sdk';
import { both } from './bilingual.js';

// The sample review as the intranet hosts it: a JSON file, validated on the way in.
const SAMPLE_URL = new URL('examples/child-j.review.json', document.baseURI);
const SAMPLE_ID = 'child-j';
const RESPONSES_URL = new URL('examples/child-j.responses.json', document.baseURI);

const TEXT = {
  stored: draft(
    '“{title}” is stored in this browser: {entries} chronology entries and {actions} actions. Revision {revision}, last saved {when}.',
    'Mae “{title}” wedi’i storio yn y porwr hwn: {entries} cofnod cronoleg a {actions} cam gweithredu. Fersiwn {revision}, cadwyd ddiwethaf {when}.',
  ),
  persisted: draft('The browser has agreed to keep it.', 'Mae’r porwr wedi cytuno i’w gadw.'),
  notPersisted: draft(
    'The browser may clear it if space runs low: download a copy to keep one.',
    'Efallai y bydd y porwr yn ei glirio os bydd lle’n brin: lawrlwythwch gopi i gadw un.',
  ),
  otherTab: draft('Changed in another tab: showing the latest.', 'Newidiwyd mewn tab arall: yn dangos y diweddaraf.'),
  failed: draft('{reason} The page still works, but nothing will be saved.', '{reason} Mae’r dudalen yn dal i weithio, ond ni chaiff dim ei gadw.'),
  noSample: draft('The sample review could not be loaded from the intranet. Reload the page to try again.', 'Nid oedd modd llwytho’r adolygiad enghreifftiol o’r fewnrwyd. Ail-lwythwch y dudalen i roi cynnig arall arni.'),
  downloaded: draft('Downloaded {file}.', 'Lawrlwythwyd {file}.'),
  withheld: draft('{count} records withheld from this audience.', '{count} cofnod wedi’u dal yn ôl rhag y gynulleidfa hon.'),
  change: draft('{label}: {count}', '{label}: {count}'),
  reset: draft('The sample review was reset.', 'Ailosodwyd yr adolygiad enghreifftiol.'),
  draftSaved: draft('Draft saved {time}.', 'Cadwyd y drafft {time}.'),
  draftSaving: draft('Saving…', 'Yn cadw…'),
  draftRestored: draft('Your draft was restored.', 'Adferwyd eich drafft.'),
  draftDiscarded: draft('Draft discarded.', 'Taflwyd y drafft.'),
  draftFailed: draft('{reason} Your text is still here.', '{reason} Mae’ch testun yma o hyd.'),
  downloadDraft: draft('Download your note', 'Lawrlwythwch eich nodyn'),
} satisfies Record<string, LocalisedText>;

type Params = Record<string, string | number>;
type Message = ReadonlyArray<{ text: LocalisedText; params?: Params | ((locale: Locale) => Params) }>;

const root = document.documentElement;
const locale = (): Locale => (root.lang === 'cy' ? 'cy' : 'en-GB');

/** A message in both languages, as spans; the page's CSS shows the one <html lang> names. */
function bilingual(message: Message): HTMLSpanElement[] {
  return both((lang) => message.map(({ text, params }) => localise(text, lang, typeof params === 'function' ? params(lang) : params)).join(' '));
}

function show(element: Element, message: Message): void {
  element.replaceChildren(...bilingual(message));
}

const time = (iso: string, lang: Locale) =>
  new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/London' }).format(new Date(iso));

/** Hands a file to the browser's downloads. */
function save(filename: string, mimeType: string, contents: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const panel = document.querySelector('#sample')?.closest('section');
if (panel) await start(panel);

async function start(section: Element): Promise<void> {
  const status = section.querySelector('#store-status')!;
  const report = section.querySelector('#export-report')!;
  const note = section.querySelector<HTMLTextAreaElement>('#draft-note')!;
  const draftStatus = section.querySelector('#draft-status')!;
  const buttons = [...section.querySelectorAll<HTMLButtonElement>('button')];

  let store: IndexedDbStore;
  try {
    store = await IndexedDbStore.open({ name: 'slk-demo' });
  } catch (error) {
    const reason = error instanceof StorageError ? error.text : draft('This browser’s storage is not available.', 'Nid yw storfa’r porwr hwn ar gael.');
    show(status, [{ text: TEXT.failed, params: (lang) => ({ reason: reason[lang] }) }]);
    return;
  }
  const persisted = await store.requestPersistence();

  let current: Stored<Review> | undefined;
  const describe = (extra: Message = []) => {
    if (!current) return;
    const stored = current;
    show(status, [
      ...extra,
      {
        text: TEXT.stored,
        params: (lang) => ({
          title: stored.value.title,
          entries: stored.value.chronology.length,
          actions: stored.value.actions.length,
          revision: stored.revision,
          when: `${formatIsoDate(stored.updatedAt.slice(0, 10), lang)} ${time(stored.updatedAt, lang)}`,
        }),
      },
      { text: persisted ? TEXT.persisted : TEXT.notPersisted },
    ]);
  };
  const sample = async (): Promise<Review> => {
    const response = await fetch(SAMPLE_URL);
    const parsed = parseReview(response.ok ? await response.json() : undefined);
    if (!parsed.ok) throw new Error('The sample review is not valid.');
    return parsed.review;
  };
  // The learning event's feedback: 19 fictional responses, so the feedback summary has figures.
  // Any sample response missing is added; on reset, responses sent from the form go too.
  const seedResponses = async (replace: boolean) => {
    let stored = (await store.listDocuments('feedback-response')).filter((d) => (d.value as { reviewId?: string }).reviewId === SAMPLE_ID);
    if (replace) {
      for (const d of stored) await store.deleteDocument('feedback-response', (d.value as { id: string }).id, { expectedRevision: d.revision });
      stored = [];
    }
    const have = new Set(stored.map((d) => (d.value as { id: string }).id));
    const response = await fetch(RESPONSES_URL);
    const responses = response.ok ? ((await response.json()) as Array<{ id: string }>) : [];
    for (const r of responses) if (!have.has(r.id)) await store.putDocument('feedback-response', r, { expectedRevision: null });
  };
  const load = async () => {
    try {
      current = (await store.getReview(SAMPLE_ID)) ?? (await store.putReview(await sample(), { expectedRevision: null }));
    } catch (error) {
      // <slk-review> on the same page stored the sample first, between the read and the write.
      if (!(error instanceof ConflictError)) throw error;
      current = await store.getReview(SAMPLE_ID);
    }
    await seedResponses(false);
  };

  try {
    await load();
  } catch (error) {
    show(status, error instanceof StorageError ? [{ text: TEXT.failed, params: (lang) => ({ reason: error.text[lang] }) }] : [{ text: TEXT.noSample }]);
    return;
  }
  describe();
  store.subscribe((change) => {
    if (change.source !== 'other-tab' || change.reviewId !== SAMPLE_ID) return;
    void load().then(() => describe([{ text: TEXT.otherTab }]));
  });

  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      const [audience, format] = button.dataset['export']!.split(' ') as [Audience, ExportFormat];
      void download(audience, format);
    });
  }
  async function download(audience: Audience, format: ExportFormat) {
    if (!current) return;
    const result = await exportReview(current.value, { audience, format, locale: locale() });
    save(result.filename, result.mimeType, result.contents);
    const withheld = Object.values(result.report.withheld).reduce((a, b) => a + b, 0);
    const changes = (Object.entries(result.report.counts) as Array<[RedactionRule, number]>).filter(([rule]) => rule !== 'withheld');
    // What redaction did, rule by rule: the counts, never the words it removed.
    const summary = document.createElement('p');
    summary.append(...bilingual([{ text: TEXT.downloaded, params: { file: result.filename } }, ...(withheld ? [{ text: TEXT.withheld, params: { count: withheld } }] : [])]));
    const list = document.createElement('ul');
    for (const [rule, count] of changes) {
      const item = document.createElement('li');
      item.append(...bilingual([{ text: TEXT.change, params: (lang: Locale) => ({ label: REDACTION_RULE_LABELS[rule][lang], count }) }]));
      list.append(item);
    }
    report.replaceChildren(summary, ...(changes.length ? [list] : []));
  }

  section.querySelector('[data-reset]')!.addEventListener('click', () => {
    void (async () => {
      const fresh = await sample();
      if (current) await store.deleteReview(SAMPLE_ID, { expectedRevision: current.revision });
      current = await store.putReview(fresh, { expectedRevision: null });
      await seedResponses(true);
      report.replaceChildren();
      describe([{ text: TEXT.reset }]);
    })();
  });

  // The draft: saved as it is typed, restored after a reload, discarded on request.
  const saver = new DraftSaver<string>(store, 'demo:note', {
    kind: 'note',
    debounceMs: 300,
    onSaved: (record) => show(draftStatus, [{ text: TEXT.draftSaved, params: (lang) => ({ time: time(record.savedAt, lang) }) }]),
    onError: (error) => {
      show(draftStatus, [{ text: TEXT.draftFailed, params: (lang) => ({ reason: error.text[lang] }) }]);
      // The failed save carries the note as a file: offer it, so the words are never only here.
      const fallback = error.fallback;
      if (!fallback) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--secondary';
      button.append(...bilingual([{ text: TEXT.downloadDraft }]));
      button.addEventListener('click', () => save(fallback.filename, fallback.mimeType, fallback.contents));
      draftStatus.append(' ', button);
    },
  });
  const restored = await saver.restore();
  if (restored) {
    note.value = restored;
    show(draftStatus, [{ text: TEXT.draftRestored }]);
  }
  note.addEventListener('input', () => {
    show(draftStatus, [{ text: TEXT.draftSaving }]);
    saver.update(note.value);
  });
  // Leaving the page saves what is pending rather than waiting for the debounce.
  addEventListener('pagehide', () => void saver.flush());
  section.querySelector('[data-discard]')!.addEventListener('click', () => {
    void saver.discard().then(() => {
      note.value = '';
      show(draftStatus, [{ text: TEXT.draftDiscarded }]);
      note.focus();
    });
  });

  for (const button of buttons) button.disabled = false;
  note.disabled = false;
  section.setAttribute('data-ready', '');
}
