// leads: what other features may use.
export { searchLeads } from './api/get-leads';
export { LinkedLeads } from './components/linked-leads';
