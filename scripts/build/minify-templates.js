// Collapses the whitespace of Lit's css`` and html`` templates in the widget's bundles:
// indentation and newlines cost bytes on every citizen's phone and mean nothing to the
// browser. Only whitespace runs that contain a line break are touched, so inline spacing
// (and any white-space: pre-wrap content, which comes from expressions) is kept.
import MagicString from 'magic-string';

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyTemplates({ include = /packages\/widget\/src\/.*\.js$|packages\/widget\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'lapor-minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html)`/.test(code)) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const tag = node.tag.name;
        if (tag !== 'css' && tag !== 'html') return;
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          const next = tag === 'css' && node.quasi.expressions.length === 0 ? minifyCss(raw) : raw.replace(/\s*\n\s*/g, tag === 'css' ? ' ' : ' ');
          if (next !== raw) s.overwrite(quasi.start, quasi.end, next);
        }
      });
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
