// visits: what other features may use.
export { useFollowUpDone } from './api/follow-up-done';
export { type Visit } from './api/types';
export { EnterpriseTimeline } from './components/enterprise-timeline';
export { visitErrorMessage } from './components/visit-error';
export { followUpOverdue, FollowUpTag, KindTag } from './components/visit-tags';
export { canRecordVisits } from './components/roles';
export { VisitQueueBadge } from './queue/visit-queue-badge';
export { VisitQueuePanel } from './queue/visit-queue-panel';
