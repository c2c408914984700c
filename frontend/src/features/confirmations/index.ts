// confirmations: what other features may use.
export { useConfirmations } from './api/get-confirmations';
export { useReturnedChanges } from './api/get-returned';
export { changeKey } from './api/types';
export { PendingChangeItem, ReturnedChangeItem } from './components/change-list-items';
