// users: what other features may use.
export { useLeaders } from './api/get-leaders';
export { usePersonName } from './api/get-people';
export { PersonName } from './components/person-name';
