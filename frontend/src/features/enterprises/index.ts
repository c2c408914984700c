// enterprises: what other features may use.
export { getEnterprise } from './api/get-enterprise';
export { type Contact } from './api/types';
export { EnterpriseDetailPage } from './components/enterprise-detail-page';
export { TagList } from './components/tag-list';
