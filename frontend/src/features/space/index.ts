// space: what other features may use.
export { useParks, useZones } from './api/get-space';
