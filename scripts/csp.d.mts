export const STRICT_CSP: string;
export function strictCsp(ctx: unknown, next: () => Promise<void>): Promise<void>;
