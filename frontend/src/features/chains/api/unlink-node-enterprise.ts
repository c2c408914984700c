import { api } from '../../../lib/api-client';
import { useRefreshingMutation } from '../../../lib/mutations';

export interface UnlinkNodeEnterpriseArgs {
  chainId: number;
  nodeId: number;
  enterpriseId: number;
}

export const unlinkNodeEnterprise = ({ chainId, nodeId, enterpriseId }: UnlinkNodeEnterpriseArgs) =>
  api<void>(`/api/chains/${chainId}/nodes/${nodeId}/enterprises/${enterpriseId}`, { method: 'DELETE' });

export const useUnlinkNodeEnterprise = () => useRefreshingMutation(unlinkNodeEnterprise, ['chains']);
