import type { Assessment } from '../../src/internal.js';
import { downloadText, slug } from '../internal/download.js';

/** Offers the draft as a JSON file, named after the region, period and (team mode) the OPD. Loaded on the first click of "export". */
export function exportDraft(draft: Assessment, opd: string): void {
  const part = opd ? `-${slug(opd)}` : '';
  const name = `draf-${slug(draft.region.name)}-${slug(draft.period || 'periode')}${part}.json`;
  downloadText(name, `${JSON.stringify(draft, null, 2)}\n`, 'application/json');
}
