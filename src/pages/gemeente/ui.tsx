// Small building blocks of the municipal officer's pages, with NL Design System (Utrecht) class names: a section
// with its heading, a list of facts (data list), a link that looks like a button.

import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { AppError } from '../../app/errors.ts';
import type { WebEnv } from '../../web/env.ts';

/** The AppContext and the signed-in actor: what every use case call from a page needs. */
export const useCaseArgs = (c: Context<WebEnv>) => [c.var.web.runtime.ctx, c.var.actor] as const;

/** A part of a page under an h2, labelled by it, so a screen reader can jump between parts. */
export function Section(props: { id: string; title: string; children?: Child }) {
  return (
    <section class="vs-section" aria-labelledby={`${props.id}-titel`}>
      <h2 class="nl-heading nl-heading--level-2" id={`${props.id}-titel`}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/**
 * A highlighted remark that belongs to the page (why a notice is held, what to check): the alert's look without
 * its live-region role, which is for messages that appear after an action.
 */
export function Callout(props: { type: 'info' | 'warning' | 'ok'; children?: Child }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${props.type}`}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{props.children}</div>
      </div>
    </div>
  );
}

export function Facts(props: { children?: Child }) {
  return <dl class="utrecht-data-list utrecht-data-list--rows vs-facts">{props.children}</dl>;
}

export function Fact(props: { label: string; children?: Child }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key">{props.label}</dt>
      <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{props.children}</dd>
    </div>
  );
}

export function P(props: { children?: Child; class?: string }) {
  return <p class={`nl-paragraph${props.class ? ` ${props.class}` : ''}`}>{props.children}</p>;
}

export function Link(props: { href: string; children?: Child }) {
  return (
    <a class="nl-link" href={props.href}>
      {props.children}
    </a>
  );
}

export function ButtonLink(props: { href: string; children?: Child; download?: boolean }) {
  return (
    <a
      class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
      href={props.href}
      download={props.download ? '' : undefined}
    >
      {props.children}
    </a>
  );
}

export { Table } from '../../web/ui/table.tsx';

export function Row(props: { children?: Child }) {
  return <tr class="utrecht-table__row">{props.children}</tr>;
}

export function Cell(props: { children?: Child; header?: boolean }) {
  return props.header ? (
    <th class="utrecht-table__header-cell" scope="row">
      {props.children}
    </th>
  ) : (
    <td class="utrecht-table__cell">{props.children}</td>
  );
}

/** A page id as the API knows it: anything else is no page (404) before a use case is asked. */
export const isId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

/**
 * A refusal because of the object's state (e.g. someone else acted first, a 409 in the API): said as a message on
 * the page the user came from, not as an error page. Null for any other error.
 */
export function refusedAsFlash(c: Context<WebEnv>, err: unknown, back: string): Response | null {
  if (!(err instanceof AppError) || err.code !== 'conflict') return null;
  c.var.session.flash(`Dit is niet gelukt: ${err.detail}`, 'warning');
  return c.redirect(back, 303);
}
