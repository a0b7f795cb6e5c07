// Reading the pending-jobs gauge out of the Prometheus text the service serves.
import { describe, expect, it } from 'vitest';
import { parsePending } from './service-metrics.ts';

const TEXT = `# TYPE vertreksignaal_http_requests_total counter
vertreksignaal_http_requests_total{method="GET",route="/metrics",status="200"} 3
# HELP vertreksignaal_jobs_pending Jobs due, retrying or running, per queue (not those scheduled for a later date)
# TYPE vertreksignaal_jobs_pending gauge
vertreksignaal_jobs_pending{queue="assess-case"} 1234
vertreksignaal_jobs_pending{queue="immigration"} 0
`;

describe('pending-jobs gauge', () => {
  it('reads every queue of the gauge and nothing else', () => {
    expect(parsePending(TEXT)).toEqual({ 'assess-case': 1234, immigration: 0 });
  });

  it('says undefined when the service has no such gauge, so a replay does not wait forever or stop early', () => {
    expect(parsePending('# TYPE vertreksignaal_http_requests_total counter\n')).toBeUndefined();
  });
});
