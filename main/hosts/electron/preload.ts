import { contextBridge, ipcRenderer } from 'electron';
import type { RpcRequest } from '../../api/contract';
import { RPC_CHANNEL } from '../../api/ipc';

// The one narrow function the renderer gets: call a named procedure. Nothing else.
contextBridge.exposeInMainWorld('samsyn', {
  call: (request: RpcRequest): Promise<unknown> => ipcRenderer.invoke(RPC_CHANNEL, request),
});
