// industries: what other features may use.
export { industriesQueryOptions, useIndustries } from './api/get-industries';
export { IndustryCodeName } from './components/industry-code-name';
