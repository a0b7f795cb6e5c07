// Messages to the user: the error summary at the top of a form page and the one-line alerts.
import type { Child } from 'hono/jsx';
import type { FieldError } from '../forms.ts';
import { fieldId } from './forms.tsx';

/** The list of what to fix, each item a link to its field; focused on load so a screen reader reads it first. */
export function ErrorSummary(props: { errors: FieldError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div
      class="utrecht-alert utrecht-alert--error vs-error-summary"
      role="alert"
      tabindex={-1}
      autofocus
      aria-labelledby="foutoverzicht-titel"
    >
      <div class="utrecht-alert__content">
        <h2 class="nl-heading nl-heading--level-2 vs-error-summary__title" id="foutoverzicht-titel">
          Er {props.errors.length === 1 ? 'is 1 fout' : `zijn ${props.errors.length} fouten`} in het formulier
        </h2>
        <ul class="utrecht-unordered-list">
          {props.errors.map((e) => (
            <li class="utrecht-unordered-list__item">
              <a class="nl-link" href={`#${fieldId(e.field)}`}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function Alert(props: { type: 'info' | 'ok' | 'warning' | 'error'; children: Child }) {
  // A status message is announced politely; only errors interrupt.
  const role = props.type === 'error' ? 'alert' : 'status';
  return (
    <div class={`utrecht-alert utrecht-alert--${props.type}`} role={role}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{props.children}</div>
      </div>
    </div>
  );
}
