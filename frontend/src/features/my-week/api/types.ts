import type { Schemas } from '../../../types/api';

export type MyWeek = Schemas['MyWeek'];
/** What my week shows of a lead: the lead list item. */
export type WeekLead = MyWeek['dueLeads'][number];
export type WeekScope = MyWeek['scope'];

/** CONFIRMATIONS_PENDING: id 0, for a unit head; CHANGE_RETURNED: id is the project's, the title names the reason. */
export type Reminder = Schemas['Reminder'];
export type ReminderKind = Reminder['kind'];
export type Reminders = Schemas['Reminders'];
