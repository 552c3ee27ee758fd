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

/**
 * Minifies one static part of a css`` template; an edge next to an expression keeps one
 * space. Besides whitespace and comments, only spellings CSS defines as equal: quotes
 * around an identifier in an attribute selector (`[role='option']`, `[role=option]`), a
 * number's leading zero (`0.5em`, `.5em`), spaces around `*` in `calc()` (only `+` and `-`
 * need them), a space before `!important`, and six-digit colours that have a three-digit
 * form (`#ffffff`, `#fff`).
 */
function minifyCss(text, first, last) {
  let out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+)([~|^$*]?=)(['"])(-?[a-zA-Z_][\w-]*)\3\]/g, '[$1$2$4]')
    .replace(/(^|[\s:,(-])0\.(\d)/g, '$1.$2')
    .replace(/\) \* (?=[\d.])/g, ')*')
    .replace(/ !important/g, '!important')
    .replace(/#([\da-fA-F])\1([\da-fA-F])\2([\da-fA-F])\3(?![\da-fA-F])/g, '#$1$2$3');
  if (first) out = out.trimStart();
  if (last) out = out.trimEnd();
  return out;
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
        const quasis = node.quasi.quasis;
        for (const [index, quasi] of quasis.entries()) {
          const raw = quasi.value.raw;
          const next = tag === 'css' ? minifyCss(raw, index === 0, index === quasis.length - 1) : raw.replace(/\s*\n\s*/g, ' ');
          if (next !== raw) s.overwrite(quasi.start, quasi.end, next);
        }
      });
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
