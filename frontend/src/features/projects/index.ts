// projects: what other features may use.
export { getProjects } from './api/get-projects';
export { searchInvestors } from './api/search-investors';
export { POOLS } from './api/types';
export { StageTag } from './components/stage-tag';
export { useSponsored } from './api/get-sponsored';
