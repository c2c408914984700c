// Moved to src/lib/list-query; kept for the api/ modules until they are regenerated from OpenAPI (docs/adr/0023).
export { listQuery } from '../../../lib/list-query';
