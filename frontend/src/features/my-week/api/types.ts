import type { LeadListItem } from '../../leads/api/types';
import type { Visit } from '../../visits/api/types';

/** What my week shows of a lead: the lead list item. */
export type WeekLead = LeadListItem;

export type WeekScope = 'mine' | 'unit';

export interface MyWeek {
  from: string;
  to: string;
  scope: WeekScope;
  followUps: Visit[];
  overdueLeads: WeekLead[];
  dueLeads: WeekLead[];
  visits: Visit[];
}

/** CONFIRMATIONS_PENDING: id 0, for a unit head; CHANGE_RETURNED: id is the project's, the title names the reason. */
export type ReminderKind = 'FOLLOW_UP' | 'LEAD_OVERDUE' | 'CONFIRMATIONS_PENDING' | 'CHANGE_RETURNED';

export interface Reminder {
  kind: ReminderKind;
  id: number;
  title: string;
  /** Absent on the confirmation kinds. */
  dueOn?: string | null;
}

export interface Reminders {
  count: number;
  items: Reminder[];
}
