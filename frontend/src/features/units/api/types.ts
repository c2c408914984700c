import type { Schemas } from '../../../types/api';

export type UnitKind = Schemas['UnitKind'];
export const UNIT_KINDS: UnitKind[] = ['STREET', 'DEPARTMENT', 'PARK'];

export type Unit = Schemas['UnitView'];
export type UnitInput = Schemas['UnitRequest'];
