// /werkvoorraad: what waits for the municipal officer: notices to review, held or failed, and cases to check by
// hand. Counts per kind as filters, oldest first, each item with its deadline or how long it has waited.
import { z } from 'zod';
import { WORK_FILTERS, type WorkFilter, type WorkItem, workQueue } from '../../app/work-queue.ts';
import { daysWaiting, deadlineState } from '../../core/deadline.ts';
import { decodeCursor, nextLink } from '../../http/pagination.ts';
import type { PageRouter } from '../../web/router.ts';
import { Cell, Link, P, Row, Table, useCaseArgs } from './ui.tsx';
import {
  caseStatusText,
  dateText,
  deadlineText,
  holdText,
  noticeStatusText,
  reasonText,
  waitingText,
} from './words.ts';

const FILTER_LABELS: Record<WorkFilter, string> = {
  'te-beoordelen': 'Te beoordelen',
  aangehouden: 'Aangehouden',
  mislukt: 'Versturen mislukt',
  'handmatige-controle': 'Handmatige controle',
};

const Query = z.object({
  filter: z.enum(WORK_FILTERS).optional().catch(undefined),
  vanaf: z.string().max(200).optional().catch(undefined),
});

const filterHref = (f?: WorkFilter) => (f ? `/werkvoorraad?filter=${f}` : '/werkvoorraad');

function Filters(props: { counts: Record<WorkFilter, number>; current?: WorkFilter }) {
  const total = WORK_FILTERS.reduce((n, f) => n + props.counts[f], 0);
  const items: { href: string; label: string; n: number; current: boolean }[] = [
    { href: filterHref(), label: 'Alles', n: total, current: !props.current },
    ...WORK_FILTERS.map((f) => ({
      href: filterHref(f),
      label: FILTER_LABELS[f],
      n: props.counts[f],
      current: props.current === f,
    })),
  ];
  return (
    <nav class="vs-filters" aria-label="Filter de werkvoorraad">
      <ul class="vs-filters__list">
        {items.map((i) => (
          <li class="vs-filters__item">
            <a class="nl-link vs-filters__link" href={i.href} aria-current={i.current ? 'page' : undefined}>
              {i.label} <span class="vs-count">{i.n}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function departureOf(item: WorkItem): string {
  const d = item.case?.departure;
  if (!d) return 'Onbekend';
  const when = d.datum.langFormaat ?? (d.datum.type === 'Datum' ? dateText(d.datum.datum) : 'datum onbekend');
  return `${when}, ${d.land.omschrijving ?? `land ${d.land.code}`}`;
}

function ItemRow(props: { item: WorkItem; today: string }) {
  const { item, today } = props;
  const child = item.case?.child?.naam ?? 'Onbekend kind';
  if (item.kind === 'vertrekmelding') {
    const waited = daysWaiting(new Date(item.case.createdAt).toISOString().slice(0, 10), today);
    return (
      <Row>
        <Cell header>
          <Link href={`/vertrekmeldingen/${item.case.id}`}>Vertrekmelding van {child}</Link>
        </Cell>
        <Cell>{departureOf(item)}</Cell>
        <Cell>{caseStatusText(item.case.status)}</Cell>
        <Cell>{waitingText(waited)}</Cell>
      </Row>
    );
  }
  const n = item.notification;
  const recipient = n.recipient?.naam ?? 'onbekende ontvanger';
  const failedAt = n.history.findLast((h) => h.status === 'mislukt')?.op;
  const lastHold = n.history.findLast((h) => h.status === 'aangehouden');
  const timing =
    n.status === 'mislukt'
      ? waitingText(daysWaiting((failedAt ?? new Date(n.updatedAt).toISOString()).slice(0, 10), today))
      : deadlineText(deadlineState(n.dueDate, today));
  return (
    <Row>
      <Cell header>
        <Link href={`/kennisgevingen/${n.id}`}>Kennisgeving aan {recipient}</Link>
        <span class="vs-sub">over {child}</span>
      </Cell>
      <Cell>{departureOf(item)}</Cell>
      <Cell>
        {noticeStatusText(n.status)}
        {n.status === 'aangehouden' && (
          <span class="vs-sub">
            {n.holdReasons.length
              ? n.holdReasons.map((r) => holdText(r)).join(' ')
              : lastHold?.reden
                ? reasonText(lastHold.reden, lastHold.door)
                : ''}
          </span>
        )}
      </Cell>
      <Cell>{timing}</Cell>
    </Row>
  );
}

export function registerWorkQueue(r: PageRouter) {
  r.get('/werkvoorraad', { roles: ['gemeente'] }, async (c) => {
    const q = Query.parse({ filter: c.req.query('filter'), vanaf: c.req.query('vanaf') });
    const [ctx, actor] = useCaseArgs(c);
    const queue = await workQueue(ctx, actor, { filter: q.filter, cursor: decodeCursor(q.vanaf) });
    const today = new Date(ctx.now()).toISOString().slice(0, 10);
    const label = q.filter ? FILTER_LABELS[q.filter].toLowerCase() : 'alles';
    const next = nextLink(c.req.url, queue.next);
    return c.render(
      <div class="vs-stack">
        <P>
          Kennisgevingen die u moet beoordelen, die zijn aangehouden of waarvan het versturen mislukte, en
          vertrekmeldingen die u met de hand moet controleren. De oudste staan bovenaan.
        </P>
        <Filters counts={queue.counts} current={q.filter} />
        {queue.items.length === 0 ? (
          <P>Er is hier nu niets te doen.</P>
        ) : (
          <Table caption={`Werkvoorraad: ${label}`} columns={['Wat', 'Vertrek', 'Status', 'Termijn']}>
            {queue.items.map((item) => (
              <ItemRow item={item} today={today} />
            ))}
          </Table>
        )}
        {next && (
          <P>
            <Link href={next}>Volgende pagina</Link>
          </P>
        )}
      </div>,
      { title: 'Werkvoorraad' },
    );
  });
}
