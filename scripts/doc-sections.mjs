// Generated docs that more than one script writes (docs/performance.md: `npm run bench` and
// `npm run lighthouse`) keep each script's part, and hand-written notes, between markers:
// <!-- NAME:start --> … <!-- NAME:end -->. Whoever rewrites the file carries the others' parts over.

const start = (name) => `<!-- ${name}:start -->`;
const end = (name) => `<!-- ${name}:end -->`;

/** The text between NAME's markers (trimmed), or undefined when the markers are not there. */
export function readSection(text, name) {
  const from = text.indexOf(start(name));
  const to = text.indexOf(end(name));
  if (from < 0 || to < from) return undefined;
  return text.slice(from + start(name).length, to).trim();
}

/** NAME's part with its markers, ready to be written into a file. */
export function markedSection(name, body) {
  return `${start(name)}\n${body.trim()}\n${end(name)}`;
}

/** TEXT with NAME's part replaced by BODY; appended at the end when it is not there yet. */
export function replaceSection(text, name, body) {
  const from = text.indexOf(start(name));
  const to = text.indexOf(end(name));
  if (from < 0 || to < from) return `${text.trimEnd()}\n\n${markedSection(name, body)}\n`;
  return `${text.slice(0, from)}${markedSection(name, body)}${text.slice(to + end(name).length)}`;
}
