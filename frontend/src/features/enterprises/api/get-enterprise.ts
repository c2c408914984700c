import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Enterprise } from './types';

export const getEnterprise = (id: number) => api<Enterprise>(`/api/enterprises/${id}`);

export const useEnterprise = (id: number) =>
  useQuery({ queryKey: ['enterprises', id], queryFn: () => getEnterprise(id) });
