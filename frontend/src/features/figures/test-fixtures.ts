import type { Figure } from './api/get-figures';
import figures from './test-fixtures.json';

/** A few figures of the catalogue as GET /api/figures sends them (the server's own Chinese texts, kept as data). */
export const FIGURES: Figure[] = figures as Figure[];
