// events: what other features may use.
export { searchEvents } from './api/get-events';
