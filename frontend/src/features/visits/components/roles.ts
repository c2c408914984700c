/** Officers and unit heads record visits; leaders and statisticians read them. */
export const canRecordVisits = (roles: readonly string[] | undefined) =>
  (roles ?? []).some((role) => role === 'officer' || role === 'unit_head');
