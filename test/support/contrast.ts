/** WCAG 2 contrast of two computed colours (`rgb(…)`/`rgba(…)` as getComputedStyle gives them). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function channels(colour: string): number[] {
  const match = /rgba?\(([^)]+)\)/.exec(colour);
  if (!match) throw new Error(`not an rgb() colour: ${colour}`);
  return match[1]!.split(/[ ,/]+/).slice(0, 3).map(Number);
}

/** The background a user sees behind an element: the first non-transparent one up the flat tree. */
export function backgroundBehind(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  return 'rgb(255, 255, 255)';
}
