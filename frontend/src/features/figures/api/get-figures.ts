import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Schemas } from '../../../types/api';

/** What a figure is measured in (io.attract.figures.Figure.Unit). */
export type FigureUnit = Schemas['FigureUnit'];

/** One figure of the catalogue: its id, its one name and what it counts, in Chinese and English. */
export type Figure = Schemas['Figure'];

export const getFigures = () => api<Figure[]>('/api/figures');

/** The catalogue changes only with a release: read once a session. */
export const figuresQueryOptions = () =>
  queryOptions({ queryKey: ['figures'], queryFn: getFigures, staleTime: Infinity, gcTime: Infinity });

export const useFigures = () => useQuery(figuresQueryOptions());
