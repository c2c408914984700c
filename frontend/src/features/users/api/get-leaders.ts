import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** A user as a picker offers them. */
export interface Person {
  username: string;
  displayName: string;
}

/** The users with the leader role: who may be a project's sponsor leader. */
export const getLeaders = () => api<Person[]>('/api/users/leaders');

export const useLeaders = () =>
  useQuery({ queryKey: ['users', 'leaders'], queryFn: getLeaders, staleTime: 5 * 60_000 });
