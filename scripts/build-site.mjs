#!/usr/bin/env node
// Builds the docs site that `npm start` serves, into site-dist/:
//   index.html   the demo partnership intranet page (site/home.html inside the site shell)
//   docs/…       every guide in docs/ rendered from Markdown
//   cdn/…        the drop-in bundles, loaded the way an intranet editor would load them
// Run `npm run build` first: the page uses packages/components/cdn/slk.min.js.
// A guide can hold `<!-- generated: <name> -->` markers, replaced here by lists made from the
// repository itself (see GENERATED), so those lists cannot fall out of date.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { Marked } from 'marked';
import { dropInSizes } from './size.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'site-dist');
const CDN = join(ROOT, 'packages/components/cdn');

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The text a reader sees in rendered inline HTML: tags dropped, entities decoded. */
const textContent = (html) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|#39);/gi, (_, e) => {
      const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
      if (named) return named;
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    });

/**
 * Heading ids as GitHub makes them (github-slugger), so `#fragment` links written for GitHub
 * work on the site too: lowercase; everything but letters, marks, numbers, connector punctuation
 * (`_`), hyphens and spaces removed; each space a hyphen; a repeat on the same page gets -1, -2 …
 * Every heading counts towards repeats, as on GitHub, though only h2–h4 carry an id.
 */
const slugs = new Map();
function slug(text) {
  const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
  let id = base;
  while (slugs.has(id)) {
    slugs.set(base, slugs.get(base) + 1);
    id = `${base}-${slugs.get(base)}`;
  }
  slugs.set(id, 0);
  return id;
}

/** Markdown → HTML, with links between guides pointing at their built pages. */
const marked = new Marked({
  gfm: true,
  hooks: {
    // Ids are unique per page: each guide starts counting afresh.
    preprocess(markdown) {
      slugs.clear();
      return markdown;
    },
  },
  walkTokens(token) {
    if (token.type === 'link' && /^(?!https?:)[^#]*\.md(#.*)?$/.test(token.href)) {
      checkLink(token.href);
      token.href = token.href.replace(/\.md(#.*)?$/, '.html$1');
    }
  },
  renderer: {
    // h2–h4 get ids, so a table of contents or a `[Theming](#theming)` link can jump to them.
    heading({ tokens, depth }) {
      const html = this.parser.parseInline(tokens);
      const id = slug(textContent(html).trim());
      return depth >= 2 && depth <= 4 ? `<h${depth} id="${escapeHtml(id)}">${html}</h${depth}>\n` : `<h${depth}>${html}</h${depth}>\n`;
    },
    // Code blocks can scroll sideways: make them reachable by keyboard (WCAG 2.1.1).
    code({ text, lang }) {
      const language = lang ? ` class="language-${escapeHtml(lang)}"` : '';
      return `<pre tabindex="0"><code${language}>${escapeHtml(text)}</code></pre>\n`;
    },
    // GFM task lists render disabled, unlabelled checkboxes; a checklist in a guide is read,
    // not filled in, so say its state in words instead.
    checkbox({ checked }) {
      return checked ? '<span class="task task--done">Done: </span>' : '<span class="task task--todo">To do: </span>';
    },
  },
});

/** Every Markdown guide under docs/, with its title and where its page goes. */
function guides() {
  return readdirSync(join(ROOT, 'docs'), { recursive: true })
    // The framework examples are npm workspaces: their installed and built files are not guides.
    .filter((file) => file.endsWith('.md') && !/(^|\/)(node_modules|dist)\//.test(file))
    // A folder's README (its introduction, such as the decision log) comes first in its section.
    .sort((a, b) => (readmeFirst(a) < readmeFirst(b) ? -1 : readmeFirst(a) > readmeFirst(b) ? 1 : 0))
    .map((file) => {
      const source = readFileSync(join(ROOT, 'docs', file), 'utf8');
      const title = (/^# (.+)$/m.exec(source)?.[1] ?? file).replace(/`/g, '');
      const section = file.startsWith('decisions/')
        ? 'Decisions'
        : file.startsWith('components/')
          ? 'Components'
          : file.startsWith('sdk/')
            ? 'SDK'
            : 'Guides';
      return { file, source, title, section, page: `docs/${file.replace(/\.md$/, '.html')}` };
    });
}

/** `<script>` for the everything drop-in, with its integrity hash as a host would paste it. */
function kitScript(prefix) {
  const integrity = JSON.parse(readFileSync(join(CDN, 'integrity.json'), 'utf8'))['slk.min.js'];
  return `<script type="module" src="${prefix}cdn/slk.min.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
}

/** Text in both languages; CSS shows the one <html lang> names (see site.css, `.t`). */
function both(en, cy, tag = 'span') {
  return `<${tag} class="t" lang="en-GB">${en}</${tag}><${tag} class="t" lang="cy">${cy}</${tag}>`;
}

/**
 * The intranet shell every page shares. `prefix` leads back to the site root. The home page is
 * bilingual (`bilingual: true`); guides are in English, with a note in Welsh saying so.
 */
function shell({ title, titleCy, prefix, main, current, bilingual = false, scripts = [] }) {
  const nav = [
    ['index.html', 'Home', 'Hafan'],
    ['publication.html', 'Published review', 'Adolygiad cyhoeddedig'],
    ['docs/getting-started.html', 'Getting started', 'Dechrau arni'],
    ['docs/components/index.html', 'Components', 'Cydrannau'],
    ['docs/index.html', 'All guides', 'Pob canllaw'],
  ]
    .map(([href, en, cy]) => {
      const here = href === current ? ' aria-current="page"' : '';
      const label = bilingual ? both(escapeHtml(en), escapeHtml(cy)) : escapeHtml(en);
      return `<li><a href="${prefix}${href}"${here}>${label}</a></li>`;
    })
    .join('');
  const text = (en, cy, tag) => (bilingual ? both(en, cy, tag) : tag ? `<${tag}>${en}</${tag}>` : en);
  const partnership = 'Westmoor Vale Safeguarding Children Partnership';
  const attributes = bilingual
    ? ` data-bilingual data-title-en="${escapeHtml(title)} – ${partnership}" data-title-cy="${escapeHtml(titleCy ?? title)} – Partneriaeth Diogelu Plant Westmoor Vale"`
    : '';
  const englishOnly = bilingual
    ? ''
    : `\n      <p class="english-only" lang="cy">Mae’r canllaw hwn ar gael yn Saesneg yn unig. Mae testun y pecyn ei hun yn Gymraeg.</p>`;
  return `<!doctype html>
<html lang="en-GB"${attributes}>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} – ${partnership}</title>
    <link rel="stylesheet" href="${prefix}site.css">
    <link rel="icon" href="${prefix}favicon.svg" type="image/svg+xml">
    ${kitScript(prefix)}${scripts.map((src) => `\n    <script type="module" src="${prefix}${src}"></script>`).join('')}
  </head>
  <body>
    <a class="skip-link" href="#main">${text('Skip to main content', 'Neidio i’r prif gynnwys')}</a>
    <header class="masthead">
      <div class="masthead__inner">
        <a class="brand" href="${prefix}index.html">
          <span class="brand__name">${text(partnership, 'Partneriaeth Diogelu Plant Westmoor Vale')}</span>
          <span class="brand__note">${text('Fictional partnership: a demonstration of the Safeguarding Learning Kit', 'Partneriaeth ffuglennol: arddangosiad o’r Pecyn Dysgu Diogelu')}</span>
        </a>
        <slk-language-switch${bilingual ? ' update-document' : ''}></slk-language-switch>
        <script src="${prefix}site.js"></script>
      </div>
      <nav class="site-nav" aria-labelledby="site-nav-label">
        <span id="site-nav-label" class="visually-hidden">${text('Site', 'Gwefan')}</span>
        <ul>${nav}</ul>
      </nav>
    </header>
    <main id="main" class="page" tabindex="-1">${englishOnly}
${main}
    </main>
    <footer class="site-footer">
      ${text('Every person, place, agency and case on this site is fictional. Built with the Safeguarding Learning Kit.', 'Mae pob person, lle, asiantaeth ac achos ar y wefan hon yn ffuglennol. Wedi’i adeiladu gyda’r Pecyn Dysgu Diogelu.', 'p')}
    </footer>
  </body>
</html>
`;
}

/** Markdown table cell text: pipes escaped, line breaks flattened. */
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * The component's API, generated from custom-elements.json and appended to its docs page,
 * so the page can never disagree with the code about names, types and defaults.
 */
function apiSection(file) {
  const name = /^components\/(.+)\.md$/.exec(file)?.[1];
  if (!name) return '';
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/components/custom-elements.json'), 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === `slk-${name}`);
  if (!element) return '';
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && m.description);
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && m.description);
  const events = (element.events ?? []).filter((e) => e.name);
  const table = (head, rows) => (rows.length ? `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n\n` : '');
  return [
    `\n\n## API reference (generated from \`custom-elements.json\`)\n\n`,
    table(['Property', 'Attribute', 'Type', 'Default', 'Description'], fields.map((f) => [`\`${f.name}\``, f.attribute ? `\`${f.attribute}\`` : '–', f.type?.text ? `\`${f.type.text}\`` : '', f.default ? `\`${f.default}\`` : '', f.description])),
    table(['Method', 'Description'], methods.map((m) => [`\`${m.name}()\``, m.description])),
    table(['Event', 'Type', 'Description'], events.map((e) => [`\`${e.name}\``, e.type?.text ? `\`${e.type.text}\`` : '', e.description])),
    table(['Part', 'Description'], (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])),
    table(['Custom property', 'Description'], (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description])),
  ].join('');
}

/** Sorts a folder's README.md before its other files; every other order stays as it was. */
const readmeFirst = (file) => file.replace(/(^|\/)README\.md$/, '$1\u0000');

/** Links from a guide to a guide that does not exist, reported once the site is built. */
const brokenLinks = [];
/** The guide being rendered, so `checkLink` knows where a relative link starts. */
let linkingFrom;
function checkLink(href) {
  if (!linkingFrom) return;
  const path = decodeURI(href.replace(/#.*$/, ''));
  if (!existsSync(join(ROOT, 'docs', dirname(linkingFrom), path))) brokenLinks.push({ from: linkingFrom, href });
}

/** Replaces each `<!-- generated: <name> -->` marker in a guide with what GENERATED makes for it. */
function expandGenerated(guide, all) {
  return guide.source.replace(/<!-- generated: ([a-z-]+) -->/g, (_, name) => {
    if (!GENERATED[name]) throw new Error(`docs/${guide.file} asks for "${name}", which build-site.mjs does not generate (it knows ${Object.keys(GENERATED).join(', ')}).`);
    return GENERATED[name](all);
  });
}

const GENERATED = {
  'drop-in-files': dropInFiles,
  'drop-in-attributes': dropInAttributes,
  'welsh-draft-strings': welshDraftStrings,
  'decision-log': decisionLog,
};

/** A Markdown table; cells are Markdown, so callers escape what is not. */
const markdownTable = (head, rows) => `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n`;

/** The registered elements of the manifest, `<slk-review>` first, then by tag. */
function manifestElements() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/components/custom-elements.json'), 'utf8'));
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => (a.tagName === 'slk-review' ? -1 : b.tagName === 'slk-review' ? 1 : a.tagName.localeCompare(b.tagName)));
}

/** The tags an entry module registers: its own define module's, and those of the define modules it imports. */
function registeredBy(entry, tags = new Set()) {
  const own = /\/([a-z-]+)\/define\.ts$/.exec(entry)?.[1];
  if (own) tags.add(`slk-${own}`);
  for (const [, imported] of readFileSync(entry, 'utf8').matchAll(/^import '(\.{1,2}\/[a-z-]+\/define)\.js';$/gm)) {
    registeredBy(join(dirname(entry), `${imported}.ts`), tags);
  }
  return tags;
}

/** The drop-in files as built: what each registers, and its size as a server would usually send it. */
function dropInFiles() {
  // Measured as `npm run size` and `npm run bench` measure them, so the guide's figures match.
  const gzip = new Map(dropInSizes().map((d) => [d.name, d.gzip]));
  const src = join(ROOT, 'packages/components/src');
  const rows = [...gzip.keys()]
    .sort((a, b) => (a === 'slk.min.js' ? -1 : b === 'slk.min.js' ? 1 : a.localeCompare(b)))
    .map((file) => {
      const name = /^slk-(.+)\.min\.js$/.exec(file)?.[1];
      const tags = [...registeredBy(name ? join(src, name, 'define.ts') : join(src, 'index.ts'))];
      const registers = name
        ? [`slk-${name}`, ...tags.filter((t) => t !== `slk-${name}`).sort()].map((t) => `\`<${t}>\``).join(' and ')
        : `every kit element (${tags.length})`;
      const review = tags.includes('slk-review') ? 'yes' : 'no';
      return [`\`${file}\``, registers, review, `${(gzip.get(file) / 1024).toFixed(1)} kB`];
    });
  return markdownTable(['File', 'Registers', 'Holds `<slk-review>`', 'Size (gzip)'], rows);
}

/** Every attribute an editor can type, from custom-elements.json: a table, and the list a CMS's HTML filter needs. */
function dropInAttributes() {
  const elements = manifestElements();
  const rows = elements.map((d) => {
    const name = d.tagName.replace(/^slk-/, '');
    const tag = `\`<${d.tagName}>\``;
    const page = existsSync(join(ROOT, 'docs/components', `${name}.md`)) ? `[${tag}](components/${name}.md)` : tag;
    return [page, (d.attributes ?? []).map((a) => `\`${a.name}\``).join(', ') || 'none'];
  });
  const filter = elements.map((d) => `<${[d.tagName, ...(d.attributes ?? []).map((a) => a.name)].join(' ')}>`).join(' ');
  return `${markdownTable(['Element', 'Attributes'], rows)}\nThe same, as the list an HTML filter takes (Drupal's "Allowed HTML tags", for example):\n\n\`\`\`text\n${filter}\n\`\`\`\n`;
}

/** The decisions, one line each, from the files' own titles and status lines. */
function decisionLog(all) {
  const rows = all
    .filter((g) => /^decisions\/\d{4}-.+\.md$/.test(g.file))
    .map((g) => {
      // The number is the file's; headings write it several ways ("0001.", "0010:", "15.").
      const number = /^decisions\/(\d{4})/.exec(g.file)[1];
      const title = (/^# (.+)$/m.exec(g.source)?.[1] ?? g.title).replace(/^\d+\s*[.:·]\s*/, '');
      const head = g.source.split('\n').slice(1, 6).join(' ');
      const status = /Status:\s*([a-z][a-z ,]*[a-z])/i.exec(head)?.[1] ?? '–';
      const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(head)?.[1] ?? '–';
      return [number, `[${title}](${g.file.slice('decisions/'.length)})`, status, date];
    });
  return markdownTable(['No.', 'What was decided', 'Status', 'Date'], rows);
}

/** Text from the Welsh catalogue as HTML: escaped, each `<x>` placeholder shown as `{name}`. */
function xliffHtml(text) {
  return text
    .split(/(<x\b[^>]*\/>)/)
    .map((part) => {
      if (!part.startsWith('<x')) return escapeHtml(textContent(part).replace(/\s+/g, ' '));
      const expression = textContent(/equiv-text="([^"]*)"/.exec(part)?.[1] ?? '').replace(/^\$\{\s*|\s*\}$/g, '').replace(/\bthis\./g, '');
      const readable = expression.length <= 40 && /^[\w.]+(\([\w., ]*\))?$/.test(expression);
      return `<code>{${escapeHtml(readable ? expression : /\bid="([^"]*)"/.exec(part)?.[1] ?? '')}}</code>`;
    })
    .join('');
}

/** The expression behind each placeholder put back, as the string appears in the component's source. */
const xliffSourceCode = (text) => textContent(text.replace(/<x\b[^>]*equiv-text="([^"]*)"[^>]*\/>/g, (_, e) => e));

/** SDK text as HTML: escaped, `{name}` placeholders marked as code. */
const sdkHtml = (text) => escapeHtml(text.replace(/\s+/g, ' ')).replace(/\{(\w+)\}/g, '<code>{$1}</code>');

/** One table of strings, as raw HTML (no blank lines, so Markdown passes it through untouched). */
function stringsTable(caption, rows) {
  const body = rows.map(({ en, cy, state }) => `<tr><td lang="en-GB">${en}</td><td lang="cy">${cy}</td><td>${escapeHtml(state)}</td></tr>`).join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr><th scope="col">English</th><th scope="col">Welsh draft</th><th scope="col">State</th></tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n`;
}

const SDK_DIST = join(ROOT, 'packages/sdk/dist/index.js');

/**
 * Every Welsh string still to be reviewed: the components' catalogue (packages/components/xliff/cy.xlf),
 * grouped by the element whose source uses it, then the SDK's text (LocalisedText values reachable
 * from its exports, grouped by export, and `draft(en, cy)` calls with literal text elsewhere in its source).
 */
async function welshDraftData() {
  const xlf = readFileSync(join(ROOT, 'packages/components/xliff/cy.xlf'), 'utf8');
  const units = [...xlf.matchAll(/<trans-unit\b[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, body]) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target\b([^>]*)>([\s\S]*?)<\/target>/.exec(body);
    return { source, target: target?.[2] ?? '', state: /state="([^"]*)"/.exec(target?.[1] ?? '')?.[1] ?? 'no state' };
  });
  const src = join(ROOT, 'packages/components/src');
  const folders = readdirSync(src).filter((name) => existsSync(join(src, name, 'define.ts')) || name === 'internal');
  const code = Object.fromEntries(
    folders.map((name) => [
      name,
      readdirSync(join(src, name))
        .filter((f) => f.endsWith('.ts') && !/\.(test|fixtures|stories)\.ts$/.test(f))
        .map((f) => readFileSync(join(src, name, f), 'utf8'))
        .join('\n'),
    ]),
  );
  const components = new Map();
  for (const unit of units) {
    const text = xliffSourceCode(unit.source);
    const users = folders.filter((name) => code[name].includes(text) || code[name].includes(text.replace(/'/g, "\\'")));
    const group = users.length === 1 && users[0] !== 'internal' ? `<slk-${users[0]}>` : users.length ? 'shared' : 'unplaced';
    if (!components.has(group)) components.set(group, []);
    components.get(group).push({ en: xliffHtml(unit.source), cy: xliffHtml(unit.target), state: unit.state });
  }

  if (!existsSync(SDK_DIST)) throw new Error('packages/sdk/dist is missing: run `npm run build` first (npm start does).');
  const sdk = await import(pathToFileURL(SDK_DIST).href);
  const seenObjects = new Set();
  const seenText = new Set();
  const exported = new Map();
  const add = (groups, group, en, cy, state) => {
    const key = `${en}\u0000${cy}`;
    if (seenText.has(key)) return;
    seenText.add(key);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push({ en: sdkHtml(en), cy: sdkHtml(cy), state });
  };
  const walk = (value, group, depth) => {
    if (!value || typeof value !== 'object' || seenObjects.has(value) || depth > 12) return;
    seenObjects.add(value);
    if (typeof value['en-GB'] === 'string' && typeof value.cy === 'string') {
      add(exported, group, value['en-GB'], value.cy, value.welsh ?? 'draft (not marked on the string)');
      return;
    }
    for (const key of Object.keys(value)) walk(value[key], group, depth + 1);
  };
  // Language names are written in their own language, never translated.
  for (const [name, value] of Object.entries(sdk)) if (name !== 'LOCALE_ENDONYMS') walk(value, name, 0);
  const literal = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\$]|\\.)*\x60`;
  const draftCall = new RegExp(String.raw`\bdraft\(\s*(${literal})\s*,\s*(${literal})\s*,?\s*\)`, 'g');
  const unquote = (quoted) => quoted.slice(1, -1).replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c);
  const inCode = new Map();
  let calls = 0;
  const sdkSrc = join(ROOT, 'packages/sdk/src');
  for (const file of readdirSync(sdkSrc, { recursive: true }).filter((f) => f.endsWith('.ts') && !/\.test\.ts$|(^|\/)fixtures\//.test(f)).sort()) {
    const text = readFileSync(join(sdkSrc, file), 'utf8');
    calls += [...text.matchAll(/\bdraft\(/g)].length - [...text.matchAll(/function draft\(/g)].length;
    for (const [, en, cy] of text.matchAll(draftCall)) add(inCode, file, unquote(en), unquote(cy), 'draft');
  }
  return { components, exported, inCode, calls };
}
const welshData = await welshDraftData();

function welshDraftStrings() {
  const { components, exported, inCode, calls } = welshData;
  const count = (groups) => [...groups.values()].reduce((n, rows) => n + rows.length, 0);
  const order = [...components.keys()].filter((g) => g.startsWith('<')).sort();
  const parts = [
    `The components' catalogue holds **${count(components)}** strings; the SDK **${count(exported) + count(inCode)}** more (${count(exported)} reachable from its exports, ${count(inCode)} written as \`draft(en, cy)\` calls elsewhere in its source; it has ${calls} \`draft(\` calls in all, some of which make text from values).\n\n`,
    `### Strings in the components (${count(components)})\n\nFrom \`packages/components/xliff/cy.xlf\`, grouped by the element whose source uses each string. \`{name}\` marks a placeholder: the kit puts a number, a date or a title there.\n\n`,
  ];
  for (const group of [...order, 'shared', 'unplaced'].filter((g) => components.has(g))) {
    const rows = components.get(group);
    const name = group === 'shared' ? 'Shared by several elements' : group === 'unplaced' ? 'Not found in one element’s source' : `\`${group}\``;
    parts.push(`#### ${name} (${rows.length})\n\n`, stringsTable(`${group === 'shared' || group === 'unplaced' ? name : group}: ${rows.length} strings`, rows), '\n');
  }
  parts.push(`### Strings in the SDK (${count(exported) + count(inCode)})\n\nCode lists, headings, prompts, messages and labels from \`@slk/sdk\`. \`{name}\` marks a placeholder.\n\n`);
  for (const [group, rows] of exported) parts.push(`#### \`${group}\` (${rows.length})\n\n`, stringsTable(`${group}: ${rows.length} strings`, rows), '\n');
  for (const [file, rows] of inCode) parts.push(`#### Made in \`packages/sdk/src/${file}\` (${rows.length})\n\n`, stringsTable(`packages/sdk/src/${file}: ${rows.length} strings`, rows), '\n');
  return parts.join('');
}

function guidePage(guide, all) {
  const prefix = '../'.repeat(guide.page.split('/').length - 1);
  linkingFrom = guide.file;
  const body = marked.parse(expandGenerated(guide, all) + apiSection(guide.file));
  linkingFrom = undefined;
  const related = all
    .filter((g) => g.section === guide.section)
    .map((g) => {
      const href = relative(dirname(guide.page), g.page);
      const here = g.page === guide.page ? ' aria-current="page"' : '';
      return `<li><a href="${href}"${here}>${escapeHtml(g.title)}</a></li>`;
    })
    .join('');
  const main = `      <div class="guide">
        <nav class="guide__nav" aria-label="${escapeHtml(guide.section)}">
          <h2 class="guide__nav-title">${escapeHtml(guide.section)}</h2>
          <ul>${related}</ul>
        </nav>
        <article class="prose">
${body}
        </article>
      </div>`;
  return shell({ title: guide.title, prefix, main, current: guide.page });
}

/** A generated index of every guide, grouped by section. */
function indexPage(all, section) {
  const sections = section ? [section] : ['Guides', 'Components', 'SDK', 'Decisions'];
  const page = section === 'Components' ? 'docs/components/index.html' : 'docs/index.html';
  const prefix = '../'.repeat(page.split('/').length - 1);
  const lists = sections
    .map((s) => {
      const items = all
        .filter((g) => g.section === s)
        .map((g) => `<li><a href="${relative(dirname(page), g.page)}">${escapeHtml(g.title)}</a></li>`)
        .join('');
      return `<h2>${escapeHtml(s)}</h2><ul>${items}</ul>`;
    })
    .join('\n');
  const title = section ?? 'All guides';
  return shell({ title, prefix, current: page, main: `<article class="prose"><h1>${escapeHtml(title)}</h1>\n${lists}</article>` });
}

/** The parts of the kit, each marked available once it has landed, in both languages. */
function partsTable() {
  const parts = JSON.parse(readFileSync(join(ROOT, 'site/parts.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/components/custom-elements.json'), 'utf8'));
  const tags = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)));
  const rows = parts
    .map((part) => {
      const available = part.tag ? tags.has(part.tag) : part.status === 'available';
      const status = available
        ? `<strong class="status status--available">${both('Available', 'Ar gael')}</strong>`
        : `<span class="status status--planned">${both('In development', 'Wrthi’n cael ei ddatblygu')}</span>`;
      const code = part.tag ? ` <code>&lt;${escapeHtml(part.tag)}&gt;</code>` : '';
      const name = both(escapeHtml(part.name), escapeHtml(part.nameCy ?? part.name));
      return `<tr><th scope="row">${name}${code}</th><td>${both(escapeHtml(part.summary), escapeHtml(part.summaryCy ?? part.summary))}</td><td>${status}</td></tr>`;
    })
    .join('\n');
  return `<table class="parts">
  <caption class="visually-hidden">${both('Parts of the Safeguarding Learning Kit and whether each is available yet', 'Rhannau’r Pecyn Dysgu Diogelu ac a yw pob un ar gael eto')}</caption>
  <thead><tr><th scope="col">${both('Part', 'Rhan')}</th><th scope="col">${both('What it does', 'Beth mae’n ei wneud')}</th><th scope="col">${both('Status', 'Statws')}</th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>`;
}

function build() {
  if (!existsSync(join(CDN, 'integrity.json'))) {
    throw new Error('The drop-in bundles are missing: run `npm run build` first (npm start does).');
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'docs/components'), { recursive: true });
  cpSync(CDN, join(OUT, 'cdn'), { recursive: true });
  for (const file of ['site.css', 'site.js', 'favicon.svg']) cpSync(join(ROOT, 'site', file), join(OUT, file));
  // The sample review, hosted as an intranet would host a review file.
  mkdirSync(join(OUT, 'examples'));
  cpSync(join(ROOT, 'packages/sdk/examples/child-j.review.json'), join(OUT, 'examples/child-j.review.json'));
  cpSync(join(ROOT, 'packages/sdk/examples/child-j.responses.json'), join(OUT, 'examples/child-j.responses.json'));

  const all = guides();
  // The bilingual pages of the demo intranet: site/<name>.html inside the shell, each with the
  // host-page scripts it names (site/<script>.ts, bundled below).
  const pages = [
    { file: 'home.html', out: 'index.html', title: 'Learning from practice reviews', titleCy: 'Dysgu o adolygiadau ymarfer', scripts: ['overview.js', 'storage-demo.js'] },
    { file: 'publication.html', out: 'publication.html', title: 'Child J: the published review', titleCy: 'Plentyn J: yr adolygiad cyhoeddedig', scripts: [] },
    { file: 'csp.html', out: 'csp.html', title: 'Strict Content Security Policy proof', titleCy: 'Prawf Polisi Diogelwch Cynnwys llym', scripts: ['csp-proof.js'] },
  ];
  for (const page of pages) {
    const main = readFileSync(join(ROOT, 'site', page.file), 'utf8').replace('{{PARTS}}', () => partsTable());
    writeFileSync(join(OUT, page.out), shell({ ...page, prefix: '', main, current: page.out, bilingual: true }));
  }
  // Host-page code using @slk/sdk (the overview, the sample review panel, the CSP proof's
  // recorder), bundled as an intranet's own developer would bundle it.
  const scripts = [...new Set(pages.flatMap((page) => page.scripts))];
  buildSync({
    entryPoints: scripts.map((script) => join(ROOT, 'site', script.replace(/\.js$/, '.ts'))),
    outdir: OUT,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    conditions: ['source'],
    logLevel: 'warning',
  });
  for (const guide of all) {
    mkdirSync(dirname(join(OUT, guide.page)), { recursive: true });
    writeFileSync(join(OUT, guide.page), guidePage(guide, all));
  }
  writeFileSync(join(OUT, 'docs/index.html'), indexPage(all));
  if (!all.some((g) => g.page === 'docs/components/index.html')) {
    writeFileSync(join(OUT, 'docs/components/index.html'), indexPage(all, 'Components'));
  }
  return all.length + pages.length + 2; // the demo pages and the two generated indexes
}

const pages = build();
console.log(`Built the docs site: ${pages} pages in ${relative(process.cwd(), OUT) || OUT}/`);
for (const { from, href } of brokenLinks) console.warn(`  warning: docs/${from} links to ${href}, which is not a guide in docs/`);
