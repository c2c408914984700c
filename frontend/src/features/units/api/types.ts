export type UnitKind = 'STREET' | 'DEPARTMENT' | 'PARK';
export const UNIT_KINDS: UnitKind[] = ['STREET', 'DEPARTMENT', 'PARK'];

export interface Unit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  version: number;
}

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
}
