// Reports every style attribute in Lit templates, styleMap() included.
//
// Why: a strict Content Security Policy (no 'unsafe-inline' in style-src) blocks style
// attributes parsed from markup or set with setAttribute, and Lit sets a bound
// `style=${...}` attribute with setAttribute. styleMap() writes through the CSSOM on
// updates, but its first render writes the attribute as a string, which CSP blocks (found
// by the demo page's CSP check; see docs/decisions/0006). Set `element.style` properties
// in code (CSSOM, which CSP allows) or use classes. Why a local rule: the template's
// static text, `.style` and `?style` bindings and SVG templates all need catching, and
// "style =" in text content must not be.

const TEMPLATE_TAGS = new Set(['html', 'svg']);
// An attribute named style (or a `.style` / `?style` binding), value unparsed.
const STYLE_ATTRIBUTE = /[\s.?](style)\s*=\s*/gi;
// The whole value is one binding: `style=${...}` or `style="${...}"`.

// True when `index` in the joined template text lies inside a start tag.
function insideTag(text, index) {
  return text.lastIndexOf('<', index) > text.lastIndexOf('>', index);
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow style attributes in Lit templates, styleMap() included' },
    messages: {
      string:
        'A style attribute is blocked by a strict Content Security Policy (styleMap() too: its first render writes the attribute). Use classes, or set element.style properties in code.',
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
          const quasiIndex = text.slice(0, at).split('\uE000').length >> 1;
          context.report({ node: quasis[quasiIndex] ?? node, messageId: 'string' });
        }
      },
    };
  },
};

export default { meta: { name: 'eslint-plugin-slk' }, rules: { 'no-string-style': rule } };
