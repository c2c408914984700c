import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface UnlinkNodeEnterpriseArgs {
  chainId: number;
  nodeId: number;
  enterpriseId: number;
}

export const unlinkNodeEnterprise = ({ chainId, nodeId, enterpriseId }: UnlinkNodeEnterpriseArgs) =>
  api<void>(`/api/chains/${chainId}/nodes/${nodeId}/enterprises/${enterpriseId}`, { method: 'DELETE' });

export const useUnlinkNodeEnterprise = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlinkNodeEnterprise,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['chains'] }),
  });
};
