// auth: what other features may use.
export { getMe, type Me, useMe } from './api/get-me';
export { useCanWrite } from './hooks/use-can-write';
