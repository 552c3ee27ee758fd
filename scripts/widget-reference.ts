// Writes docs/widget-reference.md from the generated custom elements manifest
// (packages/widget/custom-elements.json, made by `npm run build`): every attribute,
// property, event, part and custom property of the elements, from their own doc comments.
import { readFile, writeFile } from 'node:fs/promises';

interface Member { name: string; kind?: string; privacy?: string; static?: boolean; description?: string; attribute?: string; type?: { text: string }; default?: string; readonly?: boolean }
interface Declaration {
  tagName?: string;
  name: string;
  summary?: string;
  description?: string;
  customElement?: boolean;
  attributes?: Array<{ name: string; fieldName?: string; description?: string; type?: { text: string } }>;
  members?: Member[];
  events?: Array<{ name: string; description?: string }>;
  cssParts?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string; description?: string }>;
  slots?: Array<{ name: string; description?: string }>;
}

const root = new URL('..', import.meta.url);

export async function widgetReference(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('packages/widget/custom-elements.json', root), 'utf8')) as { modules: Array<{ declarations?: Declaration[] }> };
  const cell = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
  const out = [
    '# Widget reference',
    '',
    'Generated from `packages/widget/custom-elements.json` by `npm run docs`; do not edit by hand.',
    'Usage, theming and languages: [packages/widget/README.md](../packages/widget/README.md).',
    '',
  ];
  // The base element is generic over its string table; the analyzer keeps its `T`. Name each
  // element's table as the package exports it, so a reader can look the type up.
  const tables: Record<string, string> = {
    'lapor-form': 'StringOverrides',
    'lapor-status': 'StringOverrides',
    'lapor-reports': 'TableOverrides<ReportsStrings>',
    'lapor-stats': 'TableOverrides<StatsStrings>',
  };
  const typeOf = (tag: string, text: string | undefined) => (tables[tag] && text ? text.replace(/\bTableOverrides<T>/, tables[tag]) : text);
  for (const element of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName)) {
    out.push(`## \`<${element.tagName}>\``, '', cell(element.summary ?? element.description), '');
    const attributes = element.attributes ?? [];
    const properties = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));
    out.push('| attribute | property | type | description |', '|---|---|---|---|');
    for (const property of properties) {
      const attribute = attributes.find((a) => a.fieldName === property.name);
      out.push(`| ${attribute ? `\`${attribute.name}\`` : '—'} | \`${property.name}\` | \`${cell(typeOf(element.tagName!, property.type?.text))}\` | ${cell(property.description)} |`);
    }
    out.push('');
    for (const [title, list] of [
      // Documented events only (`@event`): the analyzer also reports the base element's `emit(type, …)` as an event named `type`.
      ['Events', element.events?.filter((event) => event.description)],
      ['Parts', element.cssParts],
      ['Custom properties', element.cssProperties],
      ['Slots', element.slots],
    ] as const) {
      if (!list?.length) continue;
      out.push(`### ${title}`, '', '| name | description |', '|---|---|');
      for (const item of list) out.push(`| \`${item.name || '(default)'}\` | ${cell(item.description)} |`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(new URL('docs/widget-reference.md', root), await widgetReference());
  console.log('wrote docs/widget-reference.md');
}
