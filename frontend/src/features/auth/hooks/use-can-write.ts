import { useMe } from '../api/get-me';

const WRITERS = ['officer', 'unit_head'];

/** Officers and unit heads record engagement; leaders, stats and admins only read it. */
export function useCanWrite(): { canWrite: boolean; unitId: number | null } {
  const me = useMe().data;
  return {
    canWrite: !!me && me.roles.some((role) => WRITERS.includes(role)),
    unitId: me?.unit?.id ?? null,
  };
}
