// reminders: what other features (and the app's user menu) may use.
export { useEmailDigestSwitch } from './api/deliveries';
