// Small building blocks of the signal and marking pages, on NL Design System class names: a list of
// facts, a table, and a short reference for a signal that names nobody.
import type { Child } from 'hono/jsx';

export interface Fact {
  key: string;
  value: Child;
}

/** Facts as a description list: key, value; rows without a value are left out. */
export function DataList(props: { facts: (Fact | false | null | undefined)[] }) {
  return (
    <dl class="rhc-data-summary rhc-data-summary--row">
      {props.facts
        .filter((f): f is Fact => !!f)
        .map((f) => (
          <div class="rhc-data-summary__item">
            <dt class="rhc-data-summary__item-key">{f.key}</dt>
            <dd class="rhc-data-summary__item-value">{f.value}</dd>
          </div>
        ))}
    </dl>
  );
}

export { Table } from '../../web/ui/table.tsx';

export const Cell = (props: { children: Child }) => <td class="utrecht-table__cell">{props.children}</td>;

/** The signal's reference as the organisation can quote it: the first 8 characters of its id, as in the PDF. */
export const signalReference = (id: string) => id.slice(0, 8).toUpperCase();

export const P = (props: { children: Child }) => <p class="nl-paragraph">{props.children}</p>;

export const H2 = (props: { id?: string; children: Child }) => (
  <h2 class="nl-heading nl-heading--level-2" id={props.id}>
    {props.children}
  </h2>
);

/** A link that looks like a button (NL Design System button link). */
export const buttonLink = (variant: 'primary' | 'secondary') =>
  `utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${variant}-action`;
