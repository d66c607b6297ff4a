export const chromeFlags: string[];
export function findChrome(): string | undefined;
