// docs/elements.md's reference section, generated from custom-elements.json (which the
// build generates from the components' JSDoc), so the reference cannot drift from the code.
import { existsSync, readFileSync } from 'node:fs';

interface Item { name: string; description?: string; type?: { text?: string }; default?: string; fieldName?: string; kind?: string; privacy?: string; static?: boolean; attribute?: string }
interface Declaration { tagName?: string; name: string; summary?: string; description?: string; attributes?: Item[]; members?: Item[]; events?: Item[]; cssParts?: Item[]; cssProperties?: Item[] }

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

export function elementsReference(): string {
  if (!existsSync('custom-elements.json')) throw new Error('custom-elements.json is missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).sort((a, b) => (a.tagName ?? '').localeCompare(b.tagName ?? ''));
  const out: string[] = [];
  for (const el of elements) {
    out.push(`## \`<${el.tagName}>\``, '', cell(el.summary), '', cell(el.description), '');
    const attributes = new Map((el.attributes ?? []).map((a) => [a.fieldName ?? a.name, a.name]));
    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static);
    out.push('### Attributes and properties', '', '| property | attribute | type | default | description |', '|---|---|---|---|---|');
    for (const f of fields) out.push(`| \`${f.name}\` | ${attributes.get(f.name) ? `\`${attributes.get(f.name)}\`` : '–'} | \`${cell(f.type?.text ?? '')}\` | ${f.default ? `\`${cell(f.default)}\`` : '–'} | ${cell(f.description)} |`);
    const methods = (el.members ?? []).filter((m) => m.kind === 'method');
    if (methods.length) {
      out.push('', '### Methods', '', '| method | description |', '|---|---|');
      for (const m of methods) out.push(`| \`${m.name}()\` | ${cell(m.description)} |`);
    }
    out.push('', '### Events', '', '| event | detail |', '|---|---|');
    for (const e of el.events ?? []) out.push(`| \`${e.name}\` | ${cell(e.description)} |`);
    out.push('', '### CSS parts', '', '| part | description |', '|---|---|');
    for (const p of el.cssParts ?? []) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    out.push('', '### CSS custom properties', '', '| property | description |', '|---|---|');
    for (const p of el.cssProperties ?? []) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    out.push('');
  }
  return out.join('\n').trimEnd();
}
