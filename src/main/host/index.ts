// The host's one entry: the desktop shell and the HTTP host reach the contract's handlers here.
export { dispatch } from './dispatch';
export { createHandlers, type Handlers } from './handlers';
export type { FilePurpose, HostContext } from './host-context';
