import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AppUser } from './get-users';

export interface AssignUserArgs {
  username: string;
  displayName: string | null;
  unitId: number | null;
}

export const assignUser = ({ username, ...body }: AssignUserArgs) =>
  api<AppUser>(`/api/users/${encodeURIComponent(username)}`, { method: 'PUT', body });

export const useAssignUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignUser,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
};
