import type { RpcRequest } from '../../main/api/ipc';

/** What the Electron preload exposes: one narrow function, nothing else. */
export interface SamsynBridge {
  call(request: RpcRequest): Promise<unknown>;
}

declare global {
  interface Window {
    samsyn?: SamsynBridge;
  }
}

export function electronBridge(): SamsynBridge | undefined {
  return typeof window.samsyn?.call === 'function' ? window.samsyn : undefined;
}
