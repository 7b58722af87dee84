import { contextBridge, ipcRenderer } from 'electron';
import { RPC_CHANNEL, type RpcRequest } from '../../api/ipc';

// The one narrow function the renderer gets: call a named procedure. Nothing else.
contextBridge.exposeInMainWorld('samsyn', {
  call: (request: RpcRequest): Promise<unknown> => ipcRenderer.invoke(RPC_CHANNEL, request),
});
