/** GET /api/cockpit, as io.attract.cockpit.CockpitView sends it (ADR 0024). Money is in 10k CNY or 10k USD. */
import type { Schemas } from '../../../types/api';

export type Stage = Schemas['ProjectStage'];
/** New negotiating / signed / landed: each project once, at the furthest of those stages first reached. */
export type NewProjects = Schemas['NewProjects'];
export type ProjectCounts = Schemas['Projects'];
/** This month, year to date, and the same period last year. */
export type Money = Schemas['Money'];
export type FunnelStage = Schemas['FunnelStage'];
export type Breakdown = Schemas['Breakdown'];
export type MonthFigures = Schemas['Month'];
/** What the cockpit reads of a stalled project (the server sends the whole list item). */
export type StalledProject = Pick<
  Schemas['ProjectListItem'],
  'id' | 'code' | 'name' | 'stage' | 'unitId' | 'unitName' | 'stalled'
>;
export type KeyProject = Schemas['KeyProject'];
export type PendingChanges = Schemas['Pending'];
export type Cockpit = Omit<Schemas['CockpitView'], 'stalled'> & { stalled: StalledProject[] };

export interface CockpitQuery {
  /** YYYY-MM-DD; absent: today (Beijing), as the server decides. */
  asOf?: string;
  /** Absent: the whole district. */
  unitId?: number;
}

/** An open coordination request escalated to the leaders, with its project (ProjectWorklog.OpenRequest). */
export type OpenCoordination = Omit<Schemas['OpenRequest'], 'entry'> & { entry: CoordinationEntry };
/** What the cockpit reads of a work-log entry (the server sends the whole entry). */
export type CoordinationEntry = Pick<Schemas['WorklogView'], 'id' | 'loggedOn' | 'content' | 'recordedBy'>;
