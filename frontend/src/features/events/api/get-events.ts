import { api, type PageOf } from '../../../lib/api-client';
import { listQuery, pickerSearch, useListPage } from '../../../lib/list-query';
import type { EventFilter, EventListItem } from './types';

export const eventsUrl = (f: EventFilter) =>
  `/api/events${listQuery({ q: f.q, year: f.year, kind: f.kind, role: f.role, page: f.page, size: f.size })}`;

export const getEvents = (filter: EventFilter) => api<PageOf<EventListItem>>(eventsUrl(filter));

export const useEvents = (filter: EventFilter) => useListPage('events', filter, getEvents);

/** Events matching a term (blank: the latest), for pickers. */
export const searchEvents = pickerSearch(getEvents, (event) => `${event.name} (${event.heldOn})`);
