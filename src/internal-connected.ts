/** What only the questionnaire's connected mode (a chunk loaded on demand) needs from the core. */
export { AnswerSchema, RespondentSchema } from './schema/assessment.js';
