import { api } from '../../../lib/api-client';
import type { LinkRole } from './types';
import { useRefreshingMutation } from '../../../lib/mutations';

export interface LinkNodeEnterpriseArgs {
  chainId: number;
  nodeId: number;
  enterpriseId: number;
  role: LinkRole;
  note?: string | null;
}

/** Links a firm to a node (or changes its role there). */
export const linkNodeEnterprise = ({ chainId, nodeId, ...body }: LinkNodeEnterpriseArgs) =>
  api<unknown>(`/api/chains/${chainId}/nodes/${nodeId}/enterprises`, { method: 'POST', body });

export const useLinkNodeEnterprise = () => useRefreshingMutation(linkNodeEnterprise, ['chains']);
