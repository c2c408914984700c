import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, type Problem } from './api-client';

export const JOB_STATES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type JobState = (typeof JOB_STATES)[number];
export type JobPhase = 'PARSING' | 'VALIDATING' | 'WRITING';

/** Long work on the server (an import): `POST` answers 202 with it, `GET /api/jobs/{id}` tells how far it is. */
export interface Job<R = unknown> {
  id: string;
  kind: string;
  state: JobState;
  phase?: JobPhase;
  done: number;
  total: number;
  /** The work's answer; an import's report, also when the sheet was rejected row by row. */
  result?: R;
  /** Why it FAILED (problem+json). */
  problem?: Problem;
  createdAt: string;
  finishedAt?: string;
}

export const isJob = (value: unknown): value is Job =>
  typeof value === 'object' && value !== null && 'kind' in value && 'state' in value && 'id' in value;

export const isFinished = (job?: Job) => job?.state === 'SUCCEEDED' || job?.state === 'FAILED';

/** The problem of a FAILED job as an error the app's message catalogue translates. */
export const jobError = (job: Job) => new ApiError(job.problem ?? { status: 500, code: 'internal.error' });

export const getJob = <R>(id: string) => api<Job<R>>(`/api/jobs/${encodeURIComponent(id)}`);

/** Polls until the job is finished. */
export const jobQueryOptions = <R>(id: string, intervalMs = 1000) =>
  queryOptions({
    queryKey: ['jobs', id],
    queryFn: () => getJob<R>(id),
    refetchInterval: (query) => (isFinished(query.state.data) ? false : intervalMs),
  });

export const useJob = <R>(id: string | undefined) =>
  useQuery({ ...jobQueryOptions<R>(id ?? ''), enabled: Boolean(id) });
