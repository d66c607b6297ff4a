export const WIDGETS_BUDGET_GZIP: number;
export function staticClosure(entry: string): string[];
