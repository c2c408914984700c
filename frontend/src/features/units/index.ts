// units: what other features may use.
export { unitsQueryOptions, useUnits } from './api/get-units';
