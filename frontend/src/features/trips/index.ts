// trips: what other features may use.
export { searchTrips } from './api/get-trips';
export type { LinkedVisit } from './api/types';
export { LinkedProjects } from './components/linked-projects';
export { LinkedVisits } from './components/linked-visits';
