// STUB for the SIS hand-off (Regulation (EU) 2018/1862 Art. 32(1)(c)): records each request as handed to the
// competent authority, which answers `in-behandeling`. It never creates an alert; the authority's decisions are
// set by hand (tests, demo) with `decide`, and a withdrawal is acknowledged.
import type { AuthorityStatus, SisPort } from '../../src/ports/sis.ts';

export interface StubSis extends SisPort {
  requests: Map<string, { status: AuthorityStatus | 'ingetrokken'; decisionReference: string }>;
  decide(externalReference: string, status: AuthorityStatus): void;
}

export function createStubSis(): StubSis {
  const stub: StubSis = {
    requests: new Map(),
    async handOver(req) {
      const ref = `sis-${req.requestId}`;
      if (!stub.requests.has(ref))
        stub.requests.set(ref, { status: 'in-behandeling', decisionReference: req.decisionReference });
      const status = stub.requests.get(ref)?.status;
      return { status: status === 'ingetrokken' || !status ? 'in-behandeling' : status, externalReference: ref };
    },
    async withdraw(ref) {
      const r = stub.requests.get(ref);
      if (r) r.status = 'ingetrokken';
    },
    async status(ref) {
      const s = stub.requests.get(ref)?.status;
      return s === undefined || s === 'ingetrokken' ? 'in-behandeling' : s;
    },
    decide(ref, status) {
      const r = stub.requests.get(ref);
      if (r) r.status = status;
    },
  };
  return stub;
}
