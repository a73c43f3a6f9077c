import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { FACTOR_LEVELS, MemoryStore, parseReview, type Review } from '@slk/sdk';
import { childJKey, childJReview, generateReview } from '@slk/sdk/fixtures';
import { factorMapFixtures } from './factor-map.fixtures.js';
import { layoutFishbone, layoutLevels } from './factor-layout.js';
import { SlkFactorMap, type FactorChangeDetail } from './factor-map.js';
import type { SlkReview } from '../review/review.js';
import { settled, until } from '../../../../test/helpers/settle.js';
import { catchDownloads } from '../../../../test/helpers/downloads.js';
import './define.js';
import '../review/define.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const factorNodes = (el: Element) => $$(el, '.map [data-key^="factor:"]');
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

async function map(review: Review = childJReview, view = 'tree'): Promise<SlkFactorMap> {
  const el = await fixture<SlkFactorMap>(html`<slk-factor-map .review=${review} view=${view}></slk-factor-map>`);
  await settled(el);
  return el;
}

async function press(el: Element, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settled(el);
}

describe('<slk-factor-map>', () => {
  it('is registered under its tag and names its region', async () => {
    const el = await fixture<SlkFactorMap>(html`<slk-factor-map label="Why it happened" .review=${childJReview}></slk-factor-map>`);
    expect(el).to.be.instanceOf(SlkFactorMap);
    expect($(el, '[part~="base"]')!.getAttribute('aria-label')).to.equal('Why it happened');
  });

  describe('the tree', () => {
    it('shows every level in order with its factors, counted by influence', async () => {
      const el = await map();
      const levels = $$(el, '[aria-level="1"]');
      expect(levels.map((l) => l.dataset['key'])).to.deep.equal(FACTOR_LEVELS.codes.map((c) => `level:${c}`));
      const family = childJReview.contributoryFactors.filter((f) => f.level === 'family');
      expect($$(el, 'li:has(> [data-key="level:family"]) [aria-level="2"]')).to.have.length(family.length);
      expect(levels[0]!.textContent).to.include(`${family.length} factors`);
      expect($(el, '.counts tfoot')!.textContent).to.include(String(childJReview.contributoryFactors.length));
    });

    it('is one tab stop, moved with the arrow keys; Right opens a factor, Enter shows its details', async () => {
      const el = await map();
      expect($$(el, '[role="treeitem"][tabindex="0"]')).to.have.length(1);
      $<HTMLElement>(el, '[role="treeitem"][tabindex="0"]')!.focus();
      await press(el, 'ArrowDown');
      const first = childJReview.contributoryFactors.find((f) => f.level === 'family')!;
      expect(focused(el)!.dataset['key']).to.equal(`factor:${first.id}`);
      expect(focused(el)!.getAttribute('aria-expanded')).to.equal('false');
      await press(el, 'ArrowRight');
      expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
      await press(el, 'ArrowRight');
      expect(focused(el)!.dataset['key']).to.match(new RegExp(`^factor:${first.id}/`));
      await press(el, 'ArrowLeft');
      expect(focused(el)!.dataset['key']).to.equal(`factor:${first.id}`);
      const selected = oneEvent(el, 'slk-factor-select');
      await press(el, 'Enter');
      expect((await selected).detail.factor!.id).to.equal(first.id);
      await until(() => focused(el)?.getAttribute('part') === 'details', 'focus on the details');
      expect(focused(el)!.textContent).to.include(first.title);
      $<HTMLButtonElement>(el, '[part~="details"] .form-actions .link-button')!.click();
      await until(() => focused(el)?.dataset['key'] === `factor:${first.id}`, 'focus back in the tree');
    });

    it('renders hostile text as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const review = { ...childJReview, contributoryFactors: childJReview.contributoryFactors.map((f, i) => (i === 0 ? { ...f, title: hostile, description: hostile } : f)) };
      const el = await map(review);
      expect($(el, '.tree')!.textContent).to.include('<img src=x');
      for (const view of ['map', 'fishbone'] as const) {
        el.view = view;
        await settled(el);
      }
      expect($$(el, 'img, script')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('the three views', () => {
    it('agree: the map has a node per factor, the fishbone the factors of its episode', async () => {
      const el = await map(childJReview, 'map');
      expect(factorNodes(el)).to.have.length(childJReview.contributoryFactors.length);
      expect($$(el, '.map [data-key^="kpe:"]')).to.have.length(childJReview.keyPracticeEpisodes.length);
      const links = childJReview.contributoryFactors.reduce((n, f) => n + f.kpeIds.length, 0) + childJReview.patterns.reduce((n, p) => n + p.factorIds.length, 0);
      expect($$(el, '.link')).to.have.length(links);
      el.view = 'fishbone';
      el.fishboneFor = 'kpe:kpe-2';
      await settled(el);
      const linked = childJReview.contributoryFactors.filter((f) => f.kpeIds.includes('kpe-2'));
      const shown = new Set($$(el, '.fishbone [data-key]').map((n) => n.dataset['key']!.split('/')[1]));
      expect([...shown].sort()).to.deep.equal(linked.map((f) => `factor:${f.id}`).sort());
    });

    it('says supporting and hindering by shape and words as well as colour', async () => {
      const el = await map(childJReview, 'map');
      const hindering = childJReview.contributoryFactors.find((f) => f.influence === 'makes-poor-practice-more-likely')!;
      const node = $(el, `[data-key="factor:${hindering.id}"]`)!;
      expect(node.querySelector('.marker--hinders path')).to.not.equal(null);
      expect(node.textContent).to.include('Made poor practice more likely');
    });

    it('moves along a level with the arrow keys, follows links with L, and announces where it is', async () => {
      const el = await map(childJReview, 'map');
      expect($$(el, '.map [tabindex="0"]')).to.have.length(1);
      const start = $<SVGGElement>(el, '.map [tabindex="0"]')!;
      start.focus();
      const family = layoutLevels(childJReview, el.getBoundingClientRect().width).rows[0]!;
      expect(start.dataset['key']).to.equal(family[0]!.key);
      await press(el, 'ArrowRight');
      expect(focused(el)!.dataset['key']).to.equal(family[1]!.key);
      await until(() => $(el, '[role="status"][aria-live]')!.textContent.includes('Child and family level'), 'the announcement');
      const factor = childJReview.contributoryFactors.find((f) => `factor:${f.id}` === family[1]!.key)!;
      expect($(el, '[role="status"][aria-live]')!.textContent).to.include(`linked to ${factor.kpeIds.length} episodes`);
      await press(el, 'l');
      expect(focused(el)!.dataset['key']).to.match(/^(kpe|pattern):/);
      await press(el, 'ArrowDown');
      expect(focused(el)!.dataset['key']).to.match(/^(kpe|pattern):/);
      await press(el, 'Enter');
      await until(() => focused(el)?.getAttribute('part') === 'details', 'focus on the details');
    });

    it('steps through one factor’s links with L, and the tree keeps its tab stop after an episode is chosen', async () => {
      const el = await map(childJReview, 'map');
      const factor = childJReview.contributoryFactors.find((f) => f.kpeIds.length >= 2)!;
      $<SVGGElement>(el, `.map [data-key="factor:${factor.id}"]`)!.focus();
      await settled(el);
      const visited: string[] = [];
      const linked = factor.kpeIds.length + childJReview.patterns.filter((p) => p.factorIds.includes(factor.id)).length;
      for (let i = 0; i < linked; i++) {
        await press(el, 'l');
        visited.push(focused(el)!.dataset['key']!);
      }
      expect(new Set(visited).size).to.equal(linked);
      for (const id of factor.kpeIds) expect(visited).to.include(`kpe:${id}`);
      await press(el, 'Enter');
      el.view = 'tree';
      await settled(el);
      expect($$(el, '[role="treeitem"][tabindex="0"]')).to.have.length(1);
    });

    it('shows in the tree the factor chosen on the map, even when its level started closed', async () => {
      const parsed = parseReview(generateReview({ factors: 120 }));
      if (!parsed.ok) throw new Error('generated review is invalid');
      const el = await map(parsed.review, 'map');
      const node = factorNodes(el)[0]!;
      const key = node.dataset['key']!;
      node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settled(el);
      el.view = 'tree';
      await settled(el);
      const row = $(el, `.tree [data-key="${key}"]`);
      expect(row, 'the chosen factor in the tree').to.not.equal(null);
      expect(row!.tabIndex).to.equal(0);
    });

    it('lays out the same data in the same place every time', () => {
      const parsed = parseReview(generateReview({ factors: 120, seed: 3 }));
      if (!parsed.ok) throw new Error('generated review is invalid');
      const first = layoutLevels(parsed.review, 1000);
      const again = layoutLevels(structuredClone(parsed.review), 1000);
      expect(JSON.stringify(again.nodes)).to.equal(JSON.stringify(first.nodes));
      const fishA = layoutFishbone(parsed.review.contributoryFactors, FACTOR_LEVELS.codes, 'scie-level', 900);
      const fishB = layoutFishbone([...parsed.review.contributoryFactors], FACTOR_LEVELS.codes, 'scie-level', 900);
      expect(JSON.stringify(fishB)).to.equal(JSON.stringify(fishA));
      // No two factor nodes overlap.
      const boxes = first.nodes.filter((n) => n.kind === 'factor');
      const overlaps = boxes.filter((a, i) => boxes.some((b, j) => j > i && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height));
      expect(overlaps).to.have.length(0);
    });

    it('is walked by keyboard in the fishbone: bones left and right, factors up and down, Enter for details', async () => {
      const el = await map(childJReview, 'fishbone');
      el.fishboneFor = 'kpe:kpe-2';
      await settled(el);
      const nodes = $$(el, '.fishbone [data-key]');
      expect(nodes.filter((n) => n.tabIndex === 0)).to.have.length(1);
      const bones = [...new Set(nodes.map((n) => n.dataset['key']!.split('/')[0]))];
      expect(bones.length).to.be.greaterThan(1);
      nodes[0]!.focus();
      const onFirstBone = nodes.filter((n) => n.dataset['key']!.startsWith(`${bones[0]}/`));
      if (onFirstBone.length > 1) {
        await press(el, 'ArrowDown');
        expect(focused(el)!.dataset['key']).to.equal(onFirstBone[1]!.dataset['key']);
        await press(el, 'ArrowUp');
      }
      await press(el, 'ArrowRight');
      expect(focused(el)!.dataset['key']!.split('/')[0]).to.equal(bones[1]);
      expect($$(el, '.fishbone [data-key]').filter((n) => n.tabIndex === 0)).to.deep.equal([focused(el)]);
      await press(el, 'ArrowLeft');
      expect(focused(el)!.dataset['key']).to.equal(nodes[0]!.dataset['key']);
      await press(el, 'End');
      expect(focused(el)!.dataset['key']).to.equal(nodes.at(-1)!.dataset['key']);
      const factorId = focused(el)!.dataset['key']!.split('/factor:')[1]!;
      await press(el, 'Enter');
      const factor = childJReview.contributoryFactors.find((f) => f.id === factorId)!;
      await until(() => ($(el, '[part~="details"]')?.textContent ?? '').includes(factor.title), 'the factor’s details');
    });

    it('switches the fishbone between SCIE levels, SEIPS and the Yorkshire framework', async () => {
      const el = await map(childJReview, 'fishbone');
      const labels = () => $$(el, '.bone-label').map((t) => t.textContent);
      expect(labels()).to.include('Child and family');
      const select = $<HTMLSelectElement>(el, 'select[id$="fish-taxonomy"]')!;
      select.value = 'seips';
      select.dispatchEvent(new Event('change'));
      await settled(el);
      expect(labels()).to.include('Persons');
      expect(labels()).to.not.include('Child and family');
    });
  });

  describe('editing', () => {
    async function provided(): Promise<{ provider: SlkReview; maps: SlkFactorMap[]; store: MemoryStore }> {
      const store = new MemoryStore();
      const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}>
        <slk-factor-map editable></slk-factor-map><slk-factor-map view="map"></slk-factor-map>
      </slk-review>`);
      await settled(provider);
      return { provider, maps: [...provider.querySelectorAll('slk-factor-map')], store };
    }

    it('validates a new factor with GOV.UK-style messages and moves focus to them', async () => {
      const { provider, maps } = await provided();
      const [el] = maps as [SlkFactorMap];
      $<HTMLButtonElement>(el, '.toolbar .button:not(.button--secondary)')!.click();
      await settled(provider);
      $<HTMLButtonElement>(el, 'dialog.form-dialog button[type="submit"]')!.click();
      await until(() => focused(el)?.classList.contains('error-summary') ?? false, 'focus on the error summary');
      const links = $$<HTMLAnchorElement>(el, '.error-summary a');
      expect(links.length).to.be.greaterThan(2);
      for (const link of links) expect($(el, link.getAttribute('href')!), link.getAttribute('href')!).to.not.equal(null);
      links.find((a) => a.getAttribute('href')!.endsWith('-f-influence'))!.click();
      expect(focused(el)!.localName).to.equal('fieldset');
    });

    it('adds a factor that every view and every element under the same review shows', async () => {
      const { provider, maps, store } = await provided();
      const [el, other] = maps as [SlkFactorMap, SlkFactorMap];
      const changed = oneEvent(el, 'slk-factor-change');
      $<HTMLButtonElement>(el, '.toolbar .button:not(.button--secondary)')!.click();
      await settled(provider);
      const form = $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
      (form.elements.namedItem('title') as HTMLInputElement).value = 'Thresholds read differently by each agency';
      (form.elements.namedItem('description') as HTMLTextAreaElement).value = 'Each agency applied its own reading of the threshold document.';
      (form.elements.namedItem('level') as HTMLSelectElement).value = 'inter-agency';
      form.querySelector<HTMLInputElement>('input[name="influence"][value="makes-poor-practice-more-likely"]')!.checked = true;
      form.querySelector<HTMLInputElement>('input[name="kpeIds"][value="kpe-3"]')!.checked = true;
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const detail = (await changed).detail as FactorChangeDetail;
      expect(detail).to.include({ action: 'create', collection: 'contributoryFactors', saved: true });
      await settled(provider);
      const id = detail.value!.id;
      expect((await store.getEntity(childJReview.id, 'contributoryFactors', id))!.value.level).to.equal('inter-agency');
      expect($(el, `li:has(> [data-key="level:inter-agency"])`)!.textContent).to.include('Thresholds read differently');
      expect($(other, `.map [data-key="factor:${id}"]`)).to.not.equal(null);
      expect(focused(el)?.getAttribute('part')).to.equal('details');
    });

    it('moves a factor to another level and links it to an episode without dragging', async () => {
      const { provider, maps } = await provided();
      const [el, other] = maps as [SlkFactorMap, SlkFactorMap];
      const factor = childJReview.contributoryFactors.find((f) => f.level === 'family')!;
      $<HTMLElement>(el, `.tree [data-key="factor:${factor.id}"]`)!.click();
      await settled(provider);
      const move = $<HTMLSelectElement>(el, '[part~="details"] select[id$="-move"]')!;
      move.value = 'organisation';
      move.nextElementSibling!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await until(() => Boolean($(el, `li:has(> [data-key="level:organisation"]) [data-key="factor:${factor.id}"]`)), 'the factor in its new level');
      await settled(provider);
      const band = layoutLevels({ ...childJReview, contributoryFactors: childJReview.contributoryFactors.map((f) => (f.id === factor.id ? { ...f, level: 'organisation' as const } : f)) }, 900);
      expect(band.nodes.find((n) => n.id === factor.id)!.band).to.equal(3);
      expect($(other, `.map [data-key="factor:${factor.id}"]`)).to.not.equal(null);
      const link = $<HTMLSelectElement>(el, '[part~="details"] select[id$="-link"]')!;
      const kpe = link.value;
      link.nextElementSibling!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await until(() => ($(el, '[part~="details"]')?.textContent ?? '').includes(childJReview.keyPracticeEpisodes.find((k) => k.id === kpe)!.title), 'the new link');
    });

    it('removes a factor from its patterns when it is removed', async () => {
      const { provider, maps, store } = await provided();
      const [el] = maps as [SlkFactorMap];
      const pattern = childJReview.patterns[0]!;
      const factorId = pattern.factorIds[0]!;
      $<HTMLElement>(el, `.tree [data-key="factor:${factorId}"]`)!.click();
      await settled(provider);
      $$<HTMLButtonElement>(el, '[part~="details"] .form-actions .button').find((b) => b.textContent.includes('Edit factor'))!.click();
      await until(() => Boolean($(el, 'dialog.form-dialog[open]')), 'the form');
      $$<HTMLButtonElement>(el, 'dialog .button--warning')[0]!.click();
      await settled(provider);
      const removed = oneEvent(el, 'slk-factor-change');
      $<HTMLButtonElement>(el, 'dialog .confirm .button--warning')!.click();
      expect((await removed).detail.action).to.equal('delete');
      await settled(provider);
      expect(await store.getEntity(childJReview.id, 'contributoryFactors', factorId)).to.equal(undefined);
      expect((await store.getEntity(childJReview.id, 'patterns', pattern.id))!.value.factorIds).to.not.include(factorId);
      expect($(el, `[data-key="factor:${factorId}"]`)).to.equal(null);
    });
    it('adds a pattern, changes it and removes it, and the factors stay', async () => {
      const { provider, maps, store } = await provided();
      const [el] = maps as [SlkFactorMap];
      const [a, b] = childJReview.contributoryFactors;
      $$<HTMLButtonElement>(el, '.toolbar .button--secondary').find((x) => x.textContent.includes('Add pattern'))!.click();
      await settled(provider);
      let form = $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => focused(el)?.classList.contains('error-summary') ?? false, 'focus on the error summary');
      const problems = $$(el, '.error-summary a').map((x) => x.getAttribute('href')!);
      expect(problems.some((h) => h.endsWith('-f-category'))).to.equal(true);
      expect(problems.some((h) => h.endsWith('-f-factorIds'))).to.equal(true);
      (form.elements.namedItem('title') as HTMLInputElement).value = 'Each agency waits for another to act';
      (form.elements.namedItem('description') as HTMLTextAreaElement).value = 'Concerns were passed on but nobody owned the next step.';
      (form.elements.namedItem('category') as HTMLSelectElement).value = (form.elements.namedItem('category') as HTMLSelectElement).options[1]!.value;
      form.querySelector<HTMLInputElement>(`input[name="factorIds"][value="${a!.id}"]`)!.checked = true;
      form.querySelector<HTMLInputElement>(`input[name="factorIds"][value="${b!.id}"]`)!.checked = true;
      let changed = oneEvent(el, 'slk-factor-change');
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const created = (await changed).detail as FactorChangeDetail;
      expect(created).to.include({ action: 'create', collection: 'patterns', saved: true });
      const id = created.value!.id;
      await settled(provider);
      expect((await store.getEntity(childJReview.id, 'patterns', id))!.value.factorIds).to.have.members([a!.id, b!.id]);
      expect($(el, `.tree [data-key="factor:${a!.id}"]`)!.textContent).to.include('patterns: ' + String(childJReview.patterns.filter((p) => p.factorIds.includes(a!.id)).length + 1));

      el.view = 'map';
      await settled(el);
      $<HTMLElement>(el, `.map [data-key="pattern:${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settled(el);
      $$<HTMLButtonElement>(el, '[part~="details"] .button').find((x) => x.textContent.includes('Edit pattern'))!.click();
      await until(() => Boolean($(el, 'dialog.form-dialog[open]')), 'the form');
      form = $<HTMLFormElement>(el, 'dialog.form-dialog form')!;
      expect((form.elements.namedItem('title') as HTMLInputElement).value).to.equal('Each agency waits for another to act');
      form.querySelector<HTMLInputElement>(`input[name="factorIds"][value="${b!.id}"]`)!.checked = false;
      changed = oneEvent(el, 'slk-factor-change');
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const updated = (await changed).detail as FactorChangeDetail;
      expect(updated.action).to.equal('update');
      expect((updated.previous as { factorIds: string[] }).factorIds).to.include(b!.id);
      await settled(provider);
      expect((await store.getEntity(childJReview.id, 'patterns', id))!.value.factorIds).to.deep.equal([a!.id]);

      $$<HTMLButtonElement>(el, '[part~="details"] .button').find((x) => x.textContent.includes('Edit pattern'))!.click();
      await until(() => Boolean($(el, 'dialog.form-dialog[open]')), 'the form');
      $$<HTMLButtonElement>(el, 'dialog .button--warning')[0]!.click();
      await settled(provider);
      expect($(el, 'dialog .confirm')!.textContent).to.include('Its factors stay');
      changed = oneEvent(el, 'slk-factor-change');
      $<HTMLButtonElement>(el, 'dialog .confirm .button--warning')!.click();
      expect((await changed).detail).to.include({ action: 'delete', collection: 'patterns' });
      await settled(provider);
      expect(await store.getEntity(childJReview.id, 'patterns', id)).to.equal(undefined);
      expect(await store.getEntity(childJReview.id, 'contributoryFactors', a!.id)).to.not.equal(undefined);
      expect($(el, `[data-key="pattern:${id}"]`)).to.equal(null);
    });
  });

  describe('export', () => {
    it('downloads the table as CSV and the diagram as SVG, with the audience in the name', async () => {
      const provider = await fixture<SlkReview>(html`<slk-review audience="panel" .review=${childJReview}><slk-factor-map view="map"></slk-factor-map></slk-review>`);
      await settled(provider);
      const el = provider.querySelector('slk-factor-map')!;
      const caught = catchDownloads();
      try {
        const buttons = $$<HTMLButtonElement>(el, '.toolbar .button--secondary');
        buttons.find((b) => b.textContent.includes('CSV'))!.click();
        buttons.find((b) => b.textContent.includes('SVG'))!.click();
        await until(() => caught.downloads.length === 2, 'two downloads');
        const [csv, drawing] = caught.downloads as [{ name: string; blob: Blob }, { name: string; blob: Blob }];
        expect(csv.name).to.equal('child-j-factors-panel.csv');
        const text = await csv.blob.text();
        expect(text.split('\n').length).to.be.greaterThan(childJReview.contributoryFactors.filter((f) => f.visibility !== 'internal').length);
        const svgText = await drawing.blob.text();
        const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        expect(doc.querySelector('parsererror')).to.equal(null);
        expect(doc.querySelector('style')!.textContent).to.include('.node-box');
        expect(doc.querySelectorAll('[tabindex]')).to.have.length(0);
        expect(doc.querySelectorAll('[data-key^="factor:"]').length).to.equal(factorNodes(el).length);
      } finally {
        caught.restore();
      }
    });

    it('prints every factor as a table, level by level, headed with the review and audience', async () => {
      const el = await map(childJReview, 'map');
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      try {
        await settled(el);
        const table = $(el, '.print-table')!;
        expect(getComputedStyle(table.parentElement!).display).to.equal('block');
        expect($(el, '.map')!.getClientRects()).to.have.length(0);
        const rows = [...table.querySelectorAll('tbody tr')];
        expect(rows).to.have.length(childJReview.contributoryFactors.length);
        const levels = rows.map((r) => r.querySelector('td')!.textContent);
        const order = FACTOR_LEVELS.entries.map((e) => e.label['en-GB']);
        expect(levels.map((l) => order.indexOf(l))).to.deep.equal([...levels.map((l) => order.indexOf(l))].sort((x, y) => x - y));
        expect($(el, '.print-title')!.textContent).to.include(childJReview.title);
        expect($(el, '.print-only')!.textContent).to.include('Prepared for:');
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
      await settled(el);
      expect($(el, '.print-table')).to.equal(null);
    });

    it('asks who and why before an unredacted download, and logs it', async () => {
      const store = new MemoryStore();
      const provider = await fixture<SlkReview>(html`<slk-review .store=${store} .review=${childJReview}><slk-factor-map></slk-factor-map></slk-review>`);
      await settled(provider);
      const el = provider.querySelector('slk-factor-map')!;
      const caught = catchDownloads();
      try {
        $$<HTMLButtonElement>(el, '.toolbar .button--secondary').find((b) => b.textContent.includes('CSV'))!.click();
        await until(() => Boolean($(el, 'dialog.export-dialog[open]')), 'the export dialog');
        $<HTMLButtonElement>(el, 'dialog.export-dialog button[type="submit"]')!.click();
        await until(() => focused(el)?.getAttribute('role') === 'alert', 'focus on the problem');
        expect(caught.downloads).to.have.length(0);
        $<HTMLInputElement>(el, 'dialog.export-dialog [name="role"]')!.value = 'Review lead';
        $<HTMLTextAreaElement>(el, 'dialog.export-dialog [name="reason"]')!.value = 'Panel preparation';
        $<HTMLButtonElement>(el, 'dialog.export-dialog button[type="submit"]')!.click();
        await until(() => caught.downloads.length === 1, 'the download');
        expect((await store.auditLog())[0]).to.include({ role: 'Review lead', reason: 'Panel preparation', action: 'export-without-redaction' });
      } finally {
        caught.restore();
      }
    });
  });

  it('shows only what the public may see when code sets an audience it does not know', async () => {
    const el = await map();
    (el as { audience: unknown }).audience = 'everyone';
    await settled(el);
    const shown = childJReview.contributoryFactors.filter((f) => f.visibility === 'publication').length;
    expect($(el, '.counts tfoot')!.textContent).to.include(String(shown));
  });

  it('keeps real names, shown on screen, out of its downloads', async () => {
    const el = await fixture<SlkFactorMap>(html`<slk-factor-map .review=${childJReview} .key=${childJKey}></slk-factor-map>`);
    await settled(el);
    $$<HTMLButtonElement>(el, '.toolbar .toggle').find((b) => b.textContent.trim() === 'Show real names')!.click();
    await settled(el);
    el.view = 'map';
    await settled(el);
    const caught = catchDownloads();
    try {
      $$<HTMLButtonElement>(el, '.toolbar .button--secondary').find((b) => b.textContent.includes('CSV'))!.click();
      await until(() => Boolean($(el, 'dialog.export-dialog[open]')), 'the export dialog');
      $<HTMLInputElement>(el, 'dialog.export-dialog [name="role"]')!.value = 'Review lead';
      $<HTMLTextAreaElement>(el, 'dialog.export-dialog [name="reason"]')!.value = 'Checking the names';
      $<HTMLButtonElement>(el, 'dialog.export-dialog button[type="submit"]')!.click();
      await until(() => caught.downloads.length === 1, 'the download');
      const text = await caught.downloads[0]!.blob.text();
      expect(text).to.include('Adult M');
      expect(text).to.not.include('Samplefield');
    } finally {
      caught.restore();
    }
  });

  it('shows the public only what publication allows, and offers no editing', async () => {
    const provider = await fixture<SlkReview>(html`<slk-review audience="publication" .review=${childJReview}><slk-factor-map editable view="map"></slk-factor-map></slk-review>`);
    await settled(provider);
    const el = provider.querySelector('slk-factor-map')!;
    expect(factorNodes(el)).to.have.length(childJReview.contributoryFactors.filter((f) => f.visibility === 'publication').length);
    expect($$(el, '.toolbar .button').map((b) => b.textContent)).to.not.include('Add factor');
  });

  for (const example of factorMapFixtures.fixtures) {
    it(`is accessible: ${example.name}`, async () => {
      const el = await fixture(example.render());
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
