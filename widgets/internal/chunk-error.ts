/**
 * The file a failed `import()` could not fetch, as a page author would look for it: relative
 * to the folder of the widgets' script (`chunks/gm100-….js` beside `widgets.js`) when it
 * lies there, else its path on the server. Browsers name the URL in the error's message
 * (Chromium: "Failed to fetch dynamically imported module: <url>"); when one does not, the
 * folder is all there is to say.
 */
export function missingFile(error: unknown, scriptUrl: string): string {
  const text = error instanceof Error ? error.message : String(error);
  const url = /\b(?:https?|file):\/\/\S+/.exec(text)?.[0];
  if (!url) return 'chunks/';
  const folder = new URL('.', scriptUrl).href;
  return url.startsWith(folder) ? url.slice(folder.length) : new URL(url).pathname;
}
