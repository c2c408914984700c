// trips: what other features may use.
export { searchTrips } from './api/get-trips';
export { LinkedProjects } from './components/linked-projects';
export { LinkedVisits } from './components/linked-visits';
