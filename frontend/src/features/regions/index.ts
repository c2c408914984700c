// regions: what other features may use.
export { RegionCascader } from './components/region-cascader';
export { RegionName } from './components/region-name';
