import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { NodeDetail } from './types';

export const getChainNode = (chainId: number, nodeId: number) =>
  api<NodeDetail>(`/api/chains/${chainId}/nodes/${nodeId}`);

/** A node with its local firms, ranked candidates and projects; asked only while a node is open. */
export const useChainNode = (chainId: number, nodeId: number | undefined) =>
  useQuery({
    queryKey: ['chains', 'one', chainId, 'node', nodeId],
    queryFn: () => getChainNode(chainId, nodeId as number),
    enabled: nodeId !== undefined,
  });
