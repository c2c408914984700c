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

export interface Reminder {
  kind: 'FOLLOW_UP' | 'LEAD_OVERDUE';
  id: number;
  title: string;
  dueOn: string;
}

export interface Reminders {
  count: number;
  items: Reminder[];
}
