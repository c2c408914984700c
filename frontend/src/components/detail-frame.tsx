import { Flex, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { BackLink } from './back-link';
import { QueryError } from './query-error';

export interface DetailFrameProps<T> {
  backTo: string;
  backLabel: string;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/** A record's page: the way back to its list, then a skeleton while loading, the error, or the record. */
export function DetailFrame<T>({ backTo, backLabel, query, children }: DetailFrameProps<T>) {
  return (
    <Flex vertical gap={16}>
      <BackLink to={backTo} label={backLabel} />
      {query.isPending && <Skeleton active />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && children(query.data)}
    </Flex>
  );
}
