import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client';
import type { Person } from './get-leaders';

/** Every user's name as people read it, by login. */
export const getPeople = () => api<Person[]>('/api/users/people');

export const peopleQueryOptions = () =>
  queryOptions({ queryKey: ['users', 'people'], queryFn: getPeople, staleTime: 10 * 60_000 });

/** Who the server names for the application's own work (start-up, migrations, jobs), shown by its name. */
const SYSTEM = 'system';

/** A function from a login to the person's name (the login itself while the list loads or lacks it). */
export function usePersonName(): (login: string | null | undefined) => string {
  const { t } = useTranslation();
  const people = useQuery(peopleQueryOptions());
  return (login) => {
    if (!login) return '';
    if (login === SYSTEM) return t('users.system');
    return people.data?.find((p) => p.username === login)?.displayName ?? login;
  };
}
