// STUB for the SIS hand-off (Regulation (EU) 2018/1862 Art. 32(1)(c)): records the request as handed to the
// competent authority and answers `doorgezet`. It never creates an alert; status changes come from that authority
// (here: set by hand in tests via `decide`).
import type { SisPort, SisStatus } from '../../src/ports/sis.ts';

export interface StubSis extends SisPort {
  requests: Map<string, { status: SisStatus; decisionReference: string }>;
  decide(externalReference: string, status: SisStatus): void;
}

export function createStubSis(): StubSis {
  const stub: StubSis = {
    requests: new Map(),
    async handOver(req) {
      const ref = `sis-${req.requestId}`;
      if (!stub.requests.has(ref)) stub.requests.set(ref, { status: 'doorgezet', decisionReference: req.decisionReference });
      return { status: stub.requests.get(ref)!.status, externalReference: ref };
    },
    async status(ref) {
      return stub.requests.get(ref)?.status ?? 'aangevraagd';
    },
    decide(ref, status) {
      const r = stub.requests.get(ref);
      if (r) r.status = status;
    },
  };
  return stub;
}
