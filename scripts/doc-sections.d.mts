export function readSection(text: string, name: string): string | undefined;
export function markedSection(name: string, body: string): string;
export function replaceSection(text: string, name: string, body: string): string;
