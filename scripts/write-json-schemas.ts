// Writes the JSON Schemas of a framework and an assessment into dist/schema/, so editors
// autocomplete a consultant's own framework file (`"$schema": ".../framework.schema.json"`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { frameworkJsonSchema, assessmentJsonSchema } from '../src/index.js';

mkdirSync('dist/schema', { recursive: true });
writeFileSync('dist/schema/framework.schema.json', `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
writeFileSync('dist/schema/assessment.schema.json', `${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`);
console.log('dist/schema/{framework,assessment}.schema.json written');
