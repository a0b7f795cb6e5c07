// /statistieken (ciko, privacy): the evaluation figures over a chosen period as charts drawn on the server, each
// with its table. The same use case as GET /api/v1/statistieken, so the same figures and the same logboek entry.
import { readStatistics } from '../../app/statistics/statistics.ts';
import type { PageRouter } from '../../web/router.ts';
import { periodFrom } from './period.ts';
import { PeriodForm, StatisticsView } from './view.tsx';

const TITLE = 'Statistieken';

export function registerStatistics(r: PageRouter) {
  r.get('/statistieken', { roles: ['ciko', 'privacy'] }, async (c) => {
    const ctx = c.var.web.runtime.ctx;
    const today = new Date(ctx.now()).toISOString().slice(0, 10);
    const period = periodFrom({ van: c.req.query('van'), tot: c.req.query('tot') }, today);
    if (!period.ok) {
      c.status(400);
      return c.render(
        <div class="vs-stack">
          <p class="nl-paragraph">Kies de periode waarover u de cijfers wilt zien.</p>
          <PeriodForm values={period.values} errors={period.errors} />
        </div>,
        { title: TITLE, errors: period.errors },
      );
    }
    const figures = await readStatistics(ctx, c.var.actor, period.period);
    return c.render(<StatisticsView figures={figures} values={period.values} />, { title: TITLE });
  });
}
