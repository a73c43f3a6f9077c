// Reports style attributes in Lit templates unless they are bound to styleMap().
//
// Why a local rule: a strict Content Security Policy (no 'unsafe-inline' in style-src)
// blocks style attributes parsed from markup or set with setAttribute, and Lit sets a
// bound `style=${...}` attribute with setAttribute. styleMap() instead writes through the
// CSSOM (style.setProperty), which CSP allows. Upstream rules (lit/ban-attributes) can
// only ban the attribute outright, which would also ban styleMap.

const TEMPLATE_TAGS = new Set(['html', 'svg']);
// An attribute named style (or a `.style` / `?style` binding), value unparsed.
const STYLE_ATTRIBUTE = /[\s.?](style)\s*=\s*/gi;
// The whole value is one binding: `style=${...}` or `style="${...}"`.
const SOLE_BINDING = /^(["']?)\uE000(\d+)\uE000\1(?=[\s/>]|$)/;

// True when `index` in the joined template text lies inside a start tag.
function insideTag(text, index) {
  return text.lastIndexOf('<', index) > text.lastIndexOf('>', index);
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow style attributes in Lit templates unless bound with styleMap()' },
    messages: {
      string:
        'A style attribute or string style binding is blocked by a strict Content Security Policy: use styleMap() or classes.',
    },
    schema: [],
  },
  create(context) {
    return {
      TaggedTemplateExpression(node) {
        if (node.tag.type !== 'Identifier' || !TEMPLATE_TAGS.has(node.tag.name)) return;
        const { quasis, expressions } = node.quasi;
        // Join the static parts with numbered markers so attributes spanning bindings parse.
        const text = quasis.map((q, i) => q.value.raw + (i < expressions.length ? `\uE000${i}\uE000` : '')).join('');
        for (const match of text.matchAll(STYLE_ATTRIBUTE)) {
          const at = match.index + 1;
          if (!insideTag(text, at)) continue; // "style =" in text content is just words.
          const prefix = text[match.index];
          const sole = SOLE_BINDING.exec(text.slice(match.index + match[0].length));
          const bound = sole ? expressions[Number(sole[2])] : undefined;
          const isStyleMap =
            prefix !== '.' &&
            prefix !== '?' &&
            bound?.type === 'CallExpression' &&
            bound.callee.type === 'Identifier' &&
            bound.callee.name === 'styleMap';
          if (!isStyleMap) {
            const quasiIndex = text.slice(0, at).split('\uE000').length >> 1;
            context.report({ node: quasis[quasiIndex] ?? node, messageId: 'string' });
          }
        }
      },
    };
  },
};

export default { meta: { name: 'eslint-plugin-slk' }, rules: { 'no-string-style': rule } };
