#!/usr/bin/env node
// Builds the docs site that `npm start` serves, into site-dist/:
//   index.html   the demo partnership intranet page (site/home.html inside the site shell)
//   docs/…       every guide in docs/ rendered from Markdown
//   cdn/…        the drop-in bundles, loaded the way an intranet editor would load them
// Run `npm run build` first: the page uses packages/components/cdn/slk.min.js.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { Marked } from 'marked';

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
    .sort()
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

function guidePage(guide, all) {
  const prefix = '../'.repeat(guide.page.split('/').length - 1);
  const body = marked.parse(guide.source + apiSection(guide.file));
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
