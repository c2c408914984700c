import type { Schemas } from '../../../types/api';

/** The figures of one month's report, for the district, a unit or an industry. */
export type ReportFigures = Schemas['Figures'];
export type ReportGroup = Schemas['Group'];
/** A change recorded after the month was closed that touches the month's figures. */
export type ReportAdjustment = Schemas['Adjustment'];
export type AdjustmentKind = ReportAdjustment['kind'];
export type Publication = Schemas['Publication'];
export type MonthlyReport = Schemas['MonthlyReport'];
/** Whose projects a unit head's copy lists: their unit; both null when they have none (and no projects are listed). */
export type LedgerScope = Schemas['LedgerScope'];
export type ReportTargets = Schemas['Targets'];
