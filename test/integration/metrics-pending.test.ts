// GET /metrics reports the jobs still to run per queue, read from the database: how `npm run replay` and the
// benchmark see from outside that every case is assessed, also when other processes do the work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnitOfWork } from '../../src/store/unit-of-work.ts';
import { CE_BATCH, emigration } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';

let h: Harness;

beforeAll(async () => {
  // The runner is started by hand below, so the jobs are still there when they are counted.
  h = await createHarness({ startRunner: false });
});
afterAll(() => h.close());

const pendingOf = async (queue: string) => {
  const res = await h.request('GET', '/metrics');
  expect(res.text).toContain('# TYPE vertreksignaal_jobs_pending gauge');
  const m = new RegExp(`^vertreksignaal_jobs_pending\\{queue="${queue}"\\} (\\d+)$`, 'm').exec(res.text);
  return m ? Number(m[1]) : undefined;
};

describe('pending jobs in /metrics', () => {
  it('lists every queue, also an empty one, with 0', async () => {
    expect(await pendingOf('assess-case')).toBe(0);
    expect(await pendingOf('deliver-notification')).toBe(0);
  });

  it('counts the assessments a batch enqueued, and none once the worker has done them', async () => {
    const token = await h.token('brp-bron', ['0363']);
    const batch = ['999990342', '999990354', '999990366'].map((childBsn, i) =>
      emigration({ id: `pending-${i}`, childBsn }),
    );
    const res = await h.request('POST', '/api/v1/gebeurtenissen', { token, body: batch, contentType: CE_BATCH });
    expect(res.status).toBe(202);
    expect(await pendingOf('assess-case')).toBe(3);
    if (h.db.dialect === 'pg') h.runtime.runner.start();
    await h.drain();
    expect(await pendingOf('assess-case')).toBe(0);
  });

  it('leaves out a job first scheduled for a later date, so a replay does not wait weeks for it', async () => {
    const later = {
      id: 'pending-later',
      queue: 'assess-case' as const,
      key: 'pending-later',
      payload: { caseId: 'x' },
    };
    await h.ctx.commit(new UnitOfWork().enqueue({ ...later, runAt: h.now() + 14 * 86_400_000 }));
    expect(await h.jobCount()).toBeGreaterThan(3);
    expect(await pendingOf('assess-case')).toBe(0);
  });

  // The embedded runner's back-off is on the service clock, which the harness holds still.
  it.runIf(!process.env.TEST_DATABASE_URL)('counts jobs waiting out a BRP outage until they are done', async () => {
    const token = await h.token('brp-bron', ['0363']);
    h.brp.setAvailable(false);
    const batch = ['999990378', '999990391'].map((childBsn, i) => emigration({ id: `pending-outage-${i}`, childBsn }));
    const res = await h.request('POST', '/api/v1/gebeurtenissen', { token, body: batch, contentType: CE_BATCH });
    expect(res.status).toBe(202);
    await h.drain();
    expect(await pendingOf('assess-case')).toBe(2);
    h.brp.setAvailable(true);
    h.advance(120_000);
    await h.drain();
    expect(await pendingOf('assess-case')).toBe(0);
  });
});
