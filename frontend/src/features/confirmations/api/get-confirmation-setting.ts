import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ConfirmationSetting } from './types';

export const getConfirmationSetting = () => api<ConfirmationSetting>('/api/settings/confirmation');

export const useConfirmationSetting = () =>
  useQuery({ queryKey: ['settings', 'confirmation'], queryFn: getConfirmationSetting });
