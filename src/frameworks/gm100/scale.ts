import type { Band, Level, Principle } from '../../schema/framework.js';
import { text } from './build.js';

/** The SPBE capability scale Diskominfo staff know (PermenPANRB 59/2020). */
export const levels: Level[] = [
  { rank: 1, name: text(['Rintisan', 'Initiating']) },
  { rank: 2, name: text(['Terkelola', 'Managed']) },
  { rank: 3, name: text(['Terdefinisi', 'Defined']) },
  { rank: 4, name: text(['Terpadu dan Terukur', 'Integrated and Measured']) },
  { rank: 5, name: text(['Optimum', 'Optimised']) },
];

/** SPBE predicate bands: < 1.8 Kurang … ≥ 4.2 Memuaskan. */
export const bands: Band[] = [
  { from: 1, to: 1.8, predicate: text(['Kurang', 'Poor']) },
  { from: 1.8, to: 2.6, predicate: text(['Cukup', 'Fair']) },
  { from: 2.6, to: 3.5, predicate: text(['Baik', 'Good']) },
  { from: 3.5, to: 4.2, predicate: text(['Sangat Baik', 'Very good']) },
  { from: 4.2, to: 5, predicate: text(['Memuaskan', 'Excellent']) },
];

/** The three commitments officials ask of every programme. */
export const principles: Principle[] = [
  {
    id: 'integration',
    name: text(['Integrasi', 'Integration']),
    description: text(['Sistem, data, dan layanan tersambung lintas OPD.', 'Systems, data and services joined across agencies.']),
  },
  {
    id: 'collaboration',
    name: text(['Kolaborasi', 'Collaboration']),
    description: text(['Melibatkan mitra pentaheliks dan warga.', 'Pentahelix partners and citizens take part.']),
  },
  {
    id: 'sustainability',
    name: text(['Berkelanjutan', 'Sustainability']),
    description: text(['Dijamin anggaran, regulasi, pemeliharaan, dan dampak lingkungannya.', 'Secured by budget, regulation, maintenance and environmental care.']),
  },
];
