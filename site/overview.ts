// The demo intranet's overview panel: host-page code, as a partnership's own developer would
// write it against @slk/sdk. It shows the review's statutory clocks and where the action plan
// stands, from the same browser store the kit's elements save to, and follows every edit
// (`slk-review-ready` fires whenever the review changes, here or in another tab).
// Text is set with textContent only: the page runs under a strict CSP with Trusted Types.
import {
  IndexedDbStore,
  NATION_LIST,
  RAG_LABELS,
  RAG_RATINGS,
  REVIEW_STATUSES,
  REVIEW_TYPES,
  computeClocks,
  draft,
  formatIsoDate,
  formatPartialDate,
  labelOf,
  localise,
  summarisePlan,
  type ClockStatus,
  type Locale,
  type LocalisedText,
  type Review,
} from '@slk/sdk';
import { both, type Say } from './bilingual.js';

// The demo's fixed "today", the same date every kit element on the page is given, so the
// clocks, RAG ratings and briefing agree however long after the sample date the page is read.
const TODAY = '2026-11-21';

const TEXT = {
  type: draft('Type', 'Math'),
  nation: draft('Nation', 'Gwlad'),
  status: draft('Stage', 'Cam'),
  incident: draft('Serious incident', 'Digwyddiad difrifol'),
  published: draft('Report published', 'Cyhoeddwyd yr adroddiad'),
  notPublished: draft('Not yet', 'Ddim eto'),
  asAt: draft('As at {date}.', 'Ar {date}.'),
  notStarted: draft('Not started: the milestone that starts it has no date yet', 'Heb ddechrau: nid oes dyddiad eto ar gyfer y garreg filltir sy’n ei ddechrau'),
  metOnTime: draft('Met on time', 'Wedi’i fodloni mewn pryd'),
  metLate: draft('Met late', 'Wedi’i fodloni’n hwyr'),
  overdue: draft('Overdue by {count} working days', 'Yn hwyr o {count} diwrnod gwaith'),
  overdueOne: draft('Overdue by 1 working day', 'Yn hwyr o 1 diwrnod gwaith'),
  dueToday: draft('Due today', 'Yn ddyledus heddiw'),
  dueSoon: draft('Due soon: {count} working days left', 'Yn ddyledus cyn bo hir: {count} diwrnod gwaith ar ôl'),
  running: draft('Running: {count} working days left', 'Yn rhedeg: {count} diwrnod gwaith ar ôl'),
  plan: draft('{total} actions, {active} active, {overdue} overdue.', '{total} cam gweithredu, {active} yn weithredol, {overdue} yn hwyr.'),
  rag: draft('{label}: {count}', '{label}: {count}'),
  unavailable: draft(
    'The overview could not read the review from this browser’s storage. The panels below still work.',
    'Nid oedd y trosolwg yn gallu darllen yr adolygiad o storfa’r porwr hwn. Mae’r paneli isod yn dal i weithio.',
  ),
  dash: draft('–', '–'),
} satisfies Record<string, LocalisedText>;

type Params = Record<string, string | number>;
const text =
  (t: LocalisedText, params?: Params | ((lang: Locale) => Params)): Say =>
  (lang) =>
    localise(t, lang, typeof params === 'function' ? params(lang) : params);

function cell(tag: 'th' | 'td', say: Say, className?: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  if (tag === 'th') element.scope = 'row';
  if (className) element.className = className;
  element.append(...both(say));
  return element;
}

/** The clock's state in words; the badge's colour only repeats them. */
function state(clock: ClockStatus): { say: Say; tone: string } {
  const days = Math.abs(clock.workingDaysRemaining ?? 0);
  switch (clock.state) {
    case 'met':
      return clock.metLate ? { say: text(TEXT.metLate), tone: 'amber' } : { say: text(TEXT.metOnTime), tone: 'green' };
    case 'overdue':
      return { say: days === 1 ? text(TEXT.overdueOne) : text(TEXT.overdue, { count: days }), tone: 'red' };
    case 'due-today':
      return { say: text(TEXT.dueToday), tone: 'red' };
    case 'due-soon':
      return { say: text(TEXT.dueSoon, { count: days }), tone: 'amber' };
    case 'running':
      return { say: text(TEXT.running, { count: days }), tone: 'neutral' };
    default:
      return { say: text(TEXT.notStarted), tone: 'neutral' };
  }
}

const date = (iso: string | undefined): Say => (lang) => (iso ? formatIsoDate(iso, lang) : localise(TEXT.dash, lang));

function render(section: Element, review: Review): void {
  const facts = section.querySelector('#overview-facts')!;
  const rows: Array<[LocalisedText, Say]> = [
    [TEXT.type, (lang) => labelOf(REVIEW_TYPES, review.type, lang)],
    [TEXT.nation, (lang) => labelOf(NATION_LIST, review.nation, lang)],
    [TEXT.status, (lang) => labelOf(REVIEW_STATUSES, review.status, lang)],
    // The incident's date may be partial or uncertain ("2024-02", "2024-02-10~").
    [TEXT.incident, (lang) => (review.incident ? formatPartialDate(review.incident.date, lang) : localise(TEXT.dash, lang))],
    [TEXT.published, review.publication?.publishedOn ? date(review.publication.publishedOn) : text(TEXT.notPublished)],
  ];
  facts.replaceChildren(
    ...rows.flatMap(([term, value]) => {
      const dt = document.createElement('dt');
      dt.append(...both(text(term)));
      const dd = document.createElement('dd');
      dd.append(...both(value));
      return [dt, dd];
    }),
  );

  const clocks = computeClocks(review, { today: TODAY });
  section.querySelector('#overview-clocks tbody')!.replaceChildren(
    ...clocks.map((clock) => {
      const row = document.createElement('tr');
      const { say, tone } = state(clock);
      const status = cell('td', say);
      status.firstElementChild?.classList.add('clock-state', `clock-state--${tone}`);
      status.lastElementChild?.classList.add('clock-state', `clock-state--${tone}`);
      row.append(
        cell('th', (lang) => localise(clock.label, lang)),
        cell('td', date(clock.startedOn)),
        cell('td', date(clock.deadline)),
        cell('td', date(clock.metOn)),
        status,
      );
      return row;
    }),
  );

  const plan = summarisePlan(review, { today: TODAY });
  const planLine = section.querySelector('#overview-plan')!;
  planLine.replaceChildren(...both(text(TEXT.plan, { total: plan.total, active: plan.active, overdue: plan.overdue })));
  section.querySelector('#overview-rag')!.replaceChildren(
    ...RAG_RATINGS.filter((rag) => plan.byRag[rag] > 0).map((rag) => {
      const item = document.createElement('li');
      item.className = `rag rag--${rag}`;
      item.append(...both(text(TEXT.rag, (lang) => ({ label: localise(RAG_LABELS[rag], lang), count: plan.byRag[rag] }))));
      return item;
    }),
  );
  section.querySelector('#overview-as-at')!.replaceChildren(...both((lang) => localise(TEXT.asAt, lang, { date: formatIsoDate(TODAY, lang) })));
}

async function start(section: Element): Promise<void> {
  const container = section.closest('slk-review');
  const reviewId = container?.getAttribute('review-id') ?? 'child-j';
  let store: IndexedDbStore;
  try {
    store = await IndexedDbStore.open({ name: container?.getAttribute('database') ?? 'slk' });
  } catch {
    section.querySelector('#overview-plan')!.replaceChildren(...both(text(TEXT.unavailable)));
    return;
  }
  const refresh = async () => {
    const stored = await store.getReview(reviewId);
    if (stored) render(section, stored.value);
  };
  // The element seeds the store from its `src` on a first visit, then says it is ready; every
  // later save (here or in another tab) says so again.
  container?.addEventListener('slk-review-ready', () => void refresh());
  await refresh();
}

const panel = document.querySelector('#overview')?.closest('section');
if (panel) await start(panel);
