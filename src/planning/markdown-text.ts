/**
 * Text from a framework or an assessment, made inert in Markdown: HTML tags, entities and
 * Markdown's own marks show as the characters they are, in any renderer.
 */
export function mdText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .replace(/^(\s*)([-=])/gm, '$1\\$2')
    // Any line break (a lone CR too) would end a heading or a list item.
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ');
}
