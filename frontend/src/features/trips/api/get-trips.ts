import { api, type PageOf } from '../../../lib/api-client';
import { listQuery, useListPage } from '../../../lib/list-query';
import type { TripFilter, TripListItem } from './types';

export const tripsUrl = (f: TripFilter) =>
  `/api/trips${listQuery({ q: f.q, year: f.year, leaderLed: f.leaderLed, page: f.page, size: f.size })}`;

export const getTrips = (filter: TripFilter) => api<PageOf<TripListItem>>(tripsUrl(filter));

export const useTrips = (filter: TripFilter) => useListPage('trips', filter, getTrips);

/** Trips matching a term (blank: the latest), for pickers. */
export const searchTrips = async (q: string) =>
  (await getTrips({ q: q || undefined, page: 0, size: 20 })).items.map((trip) => ({
    value: trip.id,
    label: `${trip.title} (${trip.startDate})`,
  }));
