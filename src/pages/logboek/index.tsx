// /logboek (privacy): search the logboek and see the chain's status. The same use case as GET /api/v1/logboek and
// POST /api/v1/logboek/_zoek (readLog), so every search is itself in the logboek, the BSN search as such.
import type { Context } from 'hono';
import { readLog } from '../../app/audit/log.ts';
import type { WebEnv } from '../../web/env.ts';
import { type FieldError, readForm } from '../../web/forms.ts';
import type { PageRouter } from '../../web/router.ts';
import { BsnSearch, nextHref, parseFilter, toLogQuery } from './filters.ts';
import { BsnForm, ChainStatus, Entries, FilterForm, type LogResult } from './view.tsx';

const TITLE = 'Logboek';
const ACCESS = { roles: ['privacy'] } as const;

interface PageState {
  filter: Record<string, string>;
  bsn: Record<string, string>;
  errors?: FieldError[];
  result?: LogResult;
  caption?: string;
  next?: { href?: string; bsn?: string; after: number };
}

function LogPage(p: PageState) {
  return (
    <div class="vs-stack">
      <p class="nl-paragraph">
        Wie deed wat met wiens gegevens, wanneer en met welk doel. Personen staan er alleen als pseudoniem in. Elke
        regel is met de vorige verbonden (een hashketen), zodat wijzigen of verwijderen opvalt.
      </p>
      {p.result && <ChainStatus chain={p.result.chain} />}
      <FilterForm values={p.filter} errors={p.errors} />
      <BsnForm values={p.bsn} errors={p.errors} />
      {p.result && <Entries items={p.result.items} caption={p.caption ?? 'Logboekregels'} next={p.next} />}
    </div>
  );
}

function render(c: Context<WebEnv>, state: PageState) {
  if (state.errors) c.status(400);
  return c.render(<LogPage {...state} />, { title: TITLE, errors: state.errors });
}

export function registerLog(r: PageRouter) {
  r.get('/logboek', ACCESS, async (c) => {
    const f = parseFilter(c.req.query());
    if (!f.ok) return render(c, { filter: f.values, bsn: {}, errors: f.errors });
    const result = await readLog(c.var.web.runtime.ctx, c.var.actor, toLogQuery(f.data));
    const next = result.next === null ? undefined : { href: nextHref(f.data, result.next), after: result.next };
    const filtered = Object.keys(f.values).some((k) => k !== 'vanaf');
    return render(c, {
      filter: f.values,
      bsn: {},
      result,
      caption: filtered ? 'Logboekregels die passen bij uw zoekvraag' : 'Alle logboekregels',
      next,
    });
  });

  r.post('/logboek', ACCESS, async (c) => {
    const form = await readForm(c, BsnSearch);
    if (!form.ok) return render(c, { filter: {}, bsn: form.values, errors: form.errors });
    const { burgerservicenummer: bsn, vanaf } = form.data;
    const result = await readLog(c.var.web.runtime.ctx, c.var.actor, { afterSeq: vanaf }, { subjectBsn: bsn });
    return render(c, {
      filter: {},
      bsn: { burgerservicenummer: bsn },
      result,
      caption: 'Logboekregels over het gezochte burgerservicenummer',
      next: result.next === null ? undefined : { bsn, after: result.next },
    });
  });
}
