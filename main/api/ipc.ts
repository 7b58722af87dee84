/** The one IPC channel of the Electron host. */
export const RPC_CHANNEL = 'samsyn:rpc';
