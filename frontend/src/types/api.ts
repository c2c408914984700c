/**
 * The API's types, generated from the server's OpenAPI document (`npm run api:types`, ADR 0024). A feature names the
 * schemas it reads in its `api/types.ts`, e.g. `export type Project = Schemas['ProjectView'];`.
 */
import type { components } from './generated/api';

export type Schemas = components['schemas'];

/**
 * A request as this client always sends it: the properties `K` present and not null. The schema of a request makes
 * every property the server does not require optional and nullable, which is what the server accepts; code that
 * reads back what it built needs to know what it put in.
 */
export type Sent<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
