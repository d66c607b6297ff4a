import type { Framework } from '../../schema/framework.js';
import { branding } from './branding.js';
import { economy } from './economy.js';
import { environment } from './environment.js';
import { governance } from './governance.js';
import { living } from './living.js';
import { readiness } from './readiness.js';
import { bands, levels, principles } from './scale.js';
import { society } from './society.js';
import { text } from './build.js';

/**
 * The built-in framework for Gerakan Menuju 100 Smart City: six elements, 18 sub-elements,
 * three readiness aspects, each indicator with a five-level rubric on the SPBE scale.
 */
export const defaultFramework: Framework = {
  id: 'gm100',
  version: '1.0.0',
  title: text(['Penilaian Kematangan Smart City — Gerakan Menuju 100 Smart City', 'Smart City Maturity Assessment — Movement towards 100 Smart Cities']),
  description: text([
    'Kerangka bawaan: enam elemen smart city dan kesiapan daerah, dinilai dengan skala kapabilitas 1–5 (Rintisan–Optimum).',
    'Built-in framework: the six smart city elements and regional readiness, scored on the 1–5 capability scale (Initiating–Optimised).',
  ]),
  levels,
  bands,
  principles,
  elements: [governance, branding, economy, living, society, environment],
  readiness,
};
