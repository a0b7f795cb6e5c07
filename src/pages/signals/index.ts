// The signal pages of RvdK IKO, Ca IKA and CIKO (contract §9): the inbox, one signal with its actions, SIS requests
// and the Ca IKA's return request. Registered before the placeholders, which they replace.
import type { PageRouter } from '../../web/router.ts';
import { registerInbox } from './inbox.tsx';
import { registerSignal } from './signal.tsx';
import { registerSis } from './sis.tsx';

export function registerSignalPages(r: PageRouter) {
  registerInbox(r);
  registerSis(r);
  registerSignal(r);
}
