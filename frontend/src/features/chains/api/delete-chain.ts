import { useDeleteRecord } from '../../../lib/mutations';

/** Deletes a chain with no firm linked (else 409 chain.in_use). */
export const useDeleteChain = () => useDeleteRecord('/api/chains', 'chains');
