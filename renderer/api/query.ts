import { type UseQueryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input, Output, ProcedureName } from '../../main/api/contract';
import type { ApiError } from '../../main/api/errors';
import { call } from './call';

/** The Error TanStack Query sees; it carries the API error value unchanged. */
export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiCallError';
  }
}

export function apiErrorOf(error: unknown): ApiError | null {
  return error instanceof ApiCallError ? error.apiError : null;
}

export async function callOrThrow<N extends ProcedureName>(name: N, input: Input<N>): Promise<Output<N>> {
  const result = await call(name, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

export function queryKeyOf<N extends ProcedureName>(name: N, input?: Input<N>): readonly unknown[] {
  return input === undefined ? [name] : [name, input];
}

type ApiQueryOptions<N extends ProcedureName> = Omit<
  UseQueryOptions<Output<N>, ApiCallError, Output<N>, readonly unknown[]>,
  'queryKey' | 'queryFn'
>;

/** Server state for one procedure, keyed by name and input. */
export function useApiQuery<N extends ProcedureName>(name: N, input: Input<N>, options?: ApiQueryOptions<N>) {
  return useQuery<Output<N>, ApiCallError, Output<N>, readonly unknown[]>({
    ...options,
    queryKey: queryKeyOf(name, input),
    queryFn: () => callOrThrow(name, input),
  });
}

/** Re-reads app.status (after login, logout, lock, unlock, language and password changes). */
export function useRefreshStatus(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: queryKeyOf('app.status') }), [client]);
}

/** After an admin change: everything on screen may be affected (lists, log, own session). */
export function useRefreshAll(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries(), [client]);
}
