/**
 * Reads a Content-Security-Policy header as a browser would and lists what makes it weaker
 * than the strict policy government portals send: an empty list means the policy is strict.
 * The rules are written out here, not taken from the server's constant, so a weakened
 * constant fails the test.
 */
export function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // A repeated directive is ignored by browsers: the first one counts.
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** Sources that let injected script or style run, or that allow any origin. */
const UNSAFE = new Set(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:']);

export function cspWeaknesses(header: string | null): string[] {
  if (header === null) return ['no Content-Security-Policy header'];
  const policy = parseCsp(header);
  const problems: string[] = [];
  const exactly = (name: string, allowed: string[]) => {
    const sources = policy.get(name);
    if (!sources) problems.push(`${name} is missing`);
    else if (sources.length === 0 || sources.some((s) => !allowed.includes(s))) problems.push(`${name} is "${sources.join(' ')}", expected only ${allowed.join(' or ')}`);
  };
  exactly('default-src', ["'self'", "'none'"]);
  // Script and style are named explicitly, so a later loosening of default-src cannot open them.
  exactly('script-src', ["'self'"]);
  exactly('style-src', ["'self'"]);
  exactly('object-src', ["'none'"]);
  exactly('base-uri', ["'self'", "'none'"]);
  exactly('form-action', ["'self'", "'none'"]);
  exactly('frame-ancestors', ["'self'", "'none'"]);
  for (const [name, sources] of policy) {
    for (const source of sources) if (UNSAFE.has(source.toLowerCase()) && !(name === 'img-src' && source === 'data:')) problems.push(`${name} allows ${source}`);
  }
  return problems;
}
