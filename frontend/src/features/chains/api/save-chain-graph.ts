import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Chain, GraphInput } from './types';

export interface SaveChainGraphArgs {
  chainId: number;
  version: number;
  graph: GraphInput;
}

/** Replaces the chain's nodes and edges in one request; answers the chain as GET does. */
export const saveChainGraph = ({ chainId, version, graph }: SaveChainGraphArgs) =>
  api<Chain>(`/api/chains/${chainId}/graph`, { method: 'PUT', body: graph, version });

export const useSaveChainGraph = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveChainGraph,
    onSuccess: (chain) => queryClient.setQueryData(['chains', 'one', chain.id], chain),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['chains'] }),
  });
};
