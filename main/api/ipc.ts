/**
 * The one IPC channel of the Electron host, and the call envelope both hosts accept. No schema
 * library here: the browser host answers its static files while the router and its schemas are
 * still loading (main/cli/index.ts, serve).
 */
export const RPC_CHANNEL = 'samsyn:rpc';

export interface RpcRequest {
  name: string;
  input: unknown;
  lang?: string;
}

/** Checks the envelope's shape (the input itself is validated by the router). */
export function parseRpcRequest(value: unknown): RpcRequest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.name !== 'string') return null;
  return {
    name: record.name,
    input: record.input,
    lang: typeof record.lang === 'string' ? record.lang : undefined,
  };
}
