import { useDeleteRecord } from '../../../lib/mutations';

export const useDeleteTrip = () => useDeleteRecord('/api/trips', 'trips');
