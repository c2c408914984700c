import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ConfirmationSetting } from './types';

export interface SaveConfirmationSettingArgs {
  required: boolean;
  /** The version the switch was read at. */
  version: number;
}

export const saveConfirmationSetting = ({ required, version }: SaveConfirmationSettingArgs) =>
  api<ConfirmationSetting>('/api/settings/confirmation', { method: 'PUT', body: { required }, version });

export const useSaveConfirmationSetting = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveConfirmationSetting,
    onSuccess: (saved) => queryClient.setQueryData(['settings', 'confirmation'], saved),
    // A stale version: read the setting as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: ['settings', 'confirmation'] }),
  });
};
