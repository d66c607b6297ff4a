import type { Message } from '../schema/messages.js';

/** The messages of the targets' checks (id, en), added to `message` by `safeParseTargets`. */
export const targetsMessages = {
  targets_not_object: {
    id: () => 'Target harus berupa objek: ID elemen, subelemen, aspek atau indikator → level.',
    en: () => 'Targets must be an object: element, sub-element, aspect or indicator id → level.',
  },
  unknown_target_id: {
    id: (p) => `"${p.id}" bukan elemen, subelemen, aspek atau indikator kerangka ini.`,
    en: (p) => `"${p.id}" is not an element, sub-element, aspect or indicator of this framework.`,
  },
} satisfies Record<string, Message>;
