export { formatScore, type Lang } from './scoring/format.js';
