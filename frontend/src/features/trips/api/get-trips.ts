import { api, type PageOf } from '../../../lib/api-client';
import { listQuery, pickerSearch, useListPage } from '../../../lib/list-query';
import type { TripFilter, TripListItem } from './types';

export const tripsUrl = (f: TripFilter) =>
  `/api/trips${listQuery({ q: f.q, year: f.year, leaderLed: f.leaderLed, page: f.page, size: f.size })}`;

export const getTrips = (filter: TripFilter) => api<PageOf<TripListItem>>(tripsUrl(filter));

export const useTrips = (filter: TripFilter) => useListPage('trips', filter, getTrips);

/** Trips matching a term (blank: the latest), for pickers. */
export const searchTrips = pickerSearch(getTrips, (trip) => `${trip.title} (${trip.startDate})`);
