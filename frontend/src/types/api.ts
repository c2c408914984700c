/**
 * The API's types, generated from the server's OpenAPI document (`npm run api:types`, ADR 0024). A feature names the
 * schemas it reads in its `api/types.ts`, e.g. `export type Project = Schemas['ProjectView'];`.
 */
import type { components, paths } from './generated/api';

export type Schemas = components['schemas'];

type GetQuery<T> = T extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

/** The query parameters a path's GET takes, as the server's OpenAPI document lists them. */
export type QueryOf<P extends keyof paths> = GetQuery<paths[P]>;

/**
 * A list's filter as a page keeps it: the parameters `K` of the path's query that the page offers, and the page
 * (0-based) and its size, which it always asks for.
 */
export type ListFilter<P extends keyof paths, K extends keyof QueryOf<P>> = Pick<QueryOf<P>, K> & {
  page: number;
  size: number;
};

/**
 * A request as this client always sends it: the properties `K` present and not null. The schema of a request makes
 * every property the server does not require optional and nullable, which is what the server accepts; code that
 * reads back what it built needs to know what it put in.
 */
export type Sent<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
