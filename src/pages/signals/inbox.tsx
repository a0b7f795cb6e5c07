// `/signalen`: the organisation's inbox by status (nieuw, in behandeling, afgesloten), oldest first, each signal
// with its level and how it stands against the deadline to pick it up; a `volgende` link when there are more.
import { z } from 'zod';
import { SIGNAL_STATUSES, type SignalStatus } from '../../../schemas/domain.ts';
import { countSignals } from '../../app/signals/counts.ts';
import { listSignals } from '../../app/signals/queries.ts';
import type { SignalState } from '../../core/signal/model.ts';
import { decodeCursor, nextLink } from '../../http/pagination.ts';
import { signalView } from '../../http/signalen/signalen.view.ts';
import type { PageRouter } from '../../web/router.ts';
import { LEVEL_LABELS, outcomeLabel, SIGNAL_STATUS_LABELS } from './labels.ts';
import { departureLine, subjectLine } from './routed-data.tsx';
import { ago, deadlineText, formatDateTime } from './time.ts';
import { buttonLink, Cell, P, signalReference, Table } from './ui.tsx';

export const SIGNAL_ROLES = ['rvdk-iko', 'ca-ika', 'ciko'] as const;

const Query = z.object({
  status: z.enum(SIGNAL_STATUSES).catch('nieuw'),
  vanaf: z.string().max(200).optional().catch(undefined),
});

const EMPTY: Record<SignalStatus, string> = {
  nieuw: 'Er zijn geen nieuwe signalen.',
  'in-behandeling': 'Er zijn geen signalen in behandeling.',
  afgesloten: 'Er zijn geen afgesloten signalen.',
};

const LAST_COLUMN: Record<SignalStatus, string> = {
  nieuw: 'Termijn om op te pakken',
  'in-behandeling': 'Opgepakt',
  afgesloten: 'Uitkomst',
};

function StatusTabs(props: { current: SignalStatus; counts: Record<SignalStatus, number> }) {
  return (
    <nav aria-label="Signalen per status">
      <div class="utrecht-action-group">
        {SIGNAL_STATUSES.map((s) => (
          <a
            class={buttonLink(s === props.current ? 'primary' : 'secondary')}
            href={`/signalen?status=${s}`}
            aria-current={s === props.current ? 'page' : undefined}
          >
            {`${SIGNAL_STATUS_LABELS[s]} (${props.counts[s]})`}
          </a>
        ))}
      </div>
    </nav>
  );
}

function LastCell(props: { signal: SignalState; now: number }) {
  const s = props.signal;
  if (s.status === 'afgesloten') return <Cell>{s.outcome ? outcomeLabel(s.outcome.uitkomst) : 'Afgesloten'}</Cell>;
  if (s.status === 'in-behandeling') return <Cell>{s.pickedUpAt ? formatDateTime(s.pickedUpAt) : 'Ja'}</Cell>;
  const api = signalView(s, props.now);
  const deadline = deadlineText(api, props.now);
  return (
    <Cell>
      {deadline?.overdue ? <strong>{deadline.text}</strong> : deadline?.text}
      <br />
      {`uiterlijk ${formatDateTime(api.uiterlijkOppakkenOp)}`}
    </Cell>
  );
}

function Row(props: { signal: SignalState; now: number }) {
  const s = props.signal;
  return (
    <tr class="utrecht-table__row">
      <Cell>
        <a class="nl-link" href={`/signalen/${s.id}`}>{`Signaal ${signalReference(s.id)}`}</a>
      </Cell>
      <Cell>{s.level === 'urgent' ? <strong>{LEVEL_LABELS[s.level]}</strong> : LEVEL_LABELS[s.level]}</Cell>
      <Cell>{subjectLine(s.view)}</Cell>
      <Cell>{departureLine(s.view)}</Cell>
      <Cell>
        {formatDateTime(s.createdAt)}
        <br />
        {`(${ago(s.createdAt, props.now)})`}
      </Cell>
      <LastCell signal={s} now={props.now} />
    </tr>
  );
}

function Inbox(props: {
  status: SignalStatus;
  counts: Record<SignalStatus, number>;
  signals: SignalState[];
  now: number;
  next?: string;
  pattern: boolean;
}) {
  const columns = ['Signaal', 'Niveau', props.pattern ? 'Patroon' : 'Kind', 'Vertrek', 'Ontvangen'];
  return (
    <div class="vs-stack">
      <P>
        {props.pattern
          ? 'Hier staan de patroonsignalen voor het CIKO. Ze noemen geen kind of ouder. De oudste staan bovenaan.'
          : 'Hier staan de signalen voor uw organisatie. De oudste staan bovenaan. ' +
            'Pak een nieuw signaal op voordat de termijn voorbij is.'}
      </P>
      <StatusTabs current={props.status} counts={props.counts} />
      {props.signals.length === 0 ? (
        <P>{EMPTY[props.status]}</P>
      ) : (
        <Table
          caption={`Signalen: ${SIGNAL_STATUS_LABELS[props.status].toLowerCase()}`}
          columns={[...columns, LAST_COLUMN[props.status]]}
        >
          {props.signals.map((s) => (
            <Row signal={s} now={props.now} />
          ))}
        </Table>
      )}
      {props.next && (
        <P>
          <a class="nl-link" href={props.next} rel="next">
            Volgende signalen
          </a>
        </P>
      )}
    </div>
  );
}

export function registerInbox(r: PageRouter) {
  r.get('/signalen', { roles: SIGNAL_ROLES }, async (c) => {
    const ctx = c.var.web.runtime.ctx;
    const q = Query.parse({ status: c.req.query('status'), vanaf: c.req.query('vanaf') });
    const counts = await countSignals(ctx, c.var.actor);
    const page = await listSignals(ctx, c.var.actor, { statuses: [q.status], cursor: decodeCursor(q.vanaf) });
    const next = nextLink(c.req.url, page.next);
    return c.render(
      <Inbox
        status={q.status}
        counts={counts}
        signals={page.items}
        now={ctx.now()}
        next={next}
        pattern={c.var.actor.role === 'ciko'}
      />,
      { title: 'Signalen' },
    );
  });
}
