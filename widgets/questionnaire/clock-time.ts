/**
 * The clock time of the "saved at" label. The first `toLocaleTimeString` of a page sets up
 * ICU's date formatting (about 17 ms), which used to land on the user's first click: one
 * formatter per language is made once, ahead of time when the browser is idle.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: string): Intl.DateTimeFormat {
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', second: '2-digit' });
    formats.set(locale, format);
  }
  return format;
}

/** `14.05.09` (id) or `14:05:09` (en) of an ISO timestamp. */
export function clockTime(iso: string, lang: string): string {
  return formatFor(lang).format(new Date(iso));
}

/** Makes the formatter when the browser is idle, before the first save needs it. */
export function prepareClockTime(lang: string): void {
  const prepare = () => formatFor(lang).format(0);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 2000 });
  else setTimeout(prepare, 500);
}
