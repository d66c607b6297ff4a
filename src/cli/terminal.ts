/**
 * Text from files (region names, notes, ids) must not drive the terminal: an ESC starts a
 * control sequence (clear the screen, rewrite a line), BEL rings, a lone CR or a bidi
 * override makes a line read as something else. Each such character is shown escaped
 * (`\x1b`, `\u202e`) instead; tabs and line ends (LF, CRLF) stay as they are.
 */
export function forTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
