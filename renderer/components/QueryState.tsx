import type { ReactNode } from 'react';
import type { ApiCallError } from '../api/query';
import { ErrorBanner } from './ErrorBanner';
import { LoadingState } from './LoadingState';

interface QueryLike<T> {
  data: T | undefined;
  error: ApiCallError | null;
  isFetching: boolean;
  refetch: () => unknown;
}

interface Props<T> {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
}

/** Loading, failure with "Försök igen", or the data: every list goes through this. */
export function QueryState<T>({ query, children }: Props<T>) {
  if (query.data !== undefined) {
    return (
      <>
        {query.error ? (
          <ErrorBanner message={query.error.message} onRetry={() => void query.refetch()} />
        ) : null}
        {children(query.data)}
      </>
    );
  }
  if (query.error) {
    return (
      <ErrorBanner
        message={query.error.message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <LoadingState />;
}
