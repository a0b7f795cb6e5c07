// Form building blocks with NL Design System (Utrecht) class names. A field with an error shows it beside the
// field and is linked from the error summary at the top of the page (WCAG 3.3.1, 3.3.3).
import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { CSRF_FIELD } from '../csrf.ts';
import type { FieldError } from '../forms.ts';

/** Class names, leaving out the conditional ones that do not apply. */
const cx = (...names: (string | false)[]) => names.filter(Boolean).join(' ');

export const fieldId = (name: string) => `veld-${name}`;
const errorId = (name: string) => `${fieldId(name)}-fout`;
const hintId = (name: string) => `${fieldId(name)}-uitleg`;

export const errorFor = (errors: FieldError[] | undefined, name: string) =>
  errors?.find((e) => e.field === name)?.message;

/** The session's CSRF token as a hidden field; every form that changes something needs it (PostForm adds it). */
export function CsrfField() {
  const c = useRequestContext();
  return <input type="hidden" name={CSRF_FIELD} value={c.get('session').csrfToken} />;
}

/** A POST form with the CSRF token in it. */
export function PostForm(props: { action: string; children?: Child; class?: string; 'aria-label'?: string }) {
  return (
    <form method="post" action={props.action} class={props.class} aria-label={props['aria-label']} novalidate>
      <CsrfField />
      {props.children}
    </form>
  );
}

function Described(props: { name: string; hint?: string; error?: string }) {
  return (
    <>
      {props.hint && (
        <div class="utrecht-form-field__description utrecht-form-field-description" id={hintId(props.name)}>
          {props.hint}
        </div>
      )}
      {props.error && (
        <div class="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId(props.name)}>
          <span class="vs-visually-hidden">Fout: </span>
          {props.error}
        </div>
      )}
    </>
  );
}

const describedBy = (name: string, hint?: string, error?: string) =>
  [hint && hintId(name), error && errorId(name)].filter(Boolean).join(' ') || undefined;

export interface TextFieldProps {
  name: string;
  label: string;
  value?: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'date' | 'number' | 'search';
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
  required?: boolean;
}

export function TextField(p: TextFieldProps) {
  const invalid = !!p.error;
  return (
    <div
      class={cx('utrecht-form-field utrecht-form-field--text rhc-form-field', invalid && 'utrecht-form-field--invalid')}
    >
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={fieldId(p.name)}>
          {p.label}
        </label>
      </div>
      <Described name={p.name} hint={p.hint} error={p.error} />
      <div class="utrecht-form-field__input">
        <input
          class={cx('utrecht-textbox utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid')}
          id={fieldId(p.name)}
          name={p.name}
          type={p.type ?? 'text'}
          value={p.value ?? ''}
          autocomplete={p.autocomplete ?? 'off'}
          inputmode={p.inputmode}
          required={p.required}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy(p.name, p.hint, p.error)}
        />
      </div>
    </div>
  );
}

export function TextArea(p: Omit<TextFieldProps, 'type' | 'inputmode'> & { rows?: number }) {
  const invalid = !!p.error;
  return (
    <div
      class={cx(
        'utrecht-form-field utrecht-form-field--textarea rhc-form-field',
        invalid && 'utrecht-form-field--invalid',
      )}
    >
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={fieldId(p.name)}>
          {p.label}
        </label>
      </div>
      <Described name={p.name} hint={p.hint} error={p.error} />
      <div class="utrecht-form-field__input">
        <textarea
          class={cx('utrecht-textarea utrecht-textarea--html-textarea', invalid && 'utrecht-textarea--invalid')}
          id={fieldId(p.name)}
          name={p.name}
          rows={p.rows ?? 4}
          required={p.required}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy(p.name, p.hint, p.error)}
        >
          {p.value ?? ''}
        </textarea>
      </div>
    </div>
  );
}

export interface RadioGroupProps {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value?: string;
  hint?: string;
  error?: string;
}

/** A fieldset of radio buttons; the summary links to the first option, which is where focus should go. */
export function RadioGroup(p: RadioGroupProps) {
  const invalid = !!p.error;
  return (
    <fieldset
      class={cx(
        'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset',
        invalid && 'utrecht-form-fieldset--invalid',
      )}
      aria-describedby={describedBy(p.name, p.hint, p.error)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{p.legend}</legend>
      <Described name={p.name} hint={p.hint} error={p.error} />
      <div class="rhc-radio-group">
        {p.options.map((o, i) => {
          const id = i === 0 ? fieldId(p.name) : `${fieldId(p.name)}-${i}`;
          return (
            <div class="utrecht-form-field utrecht-form-field--radio">
              <div class="utrecht-form-field__input">
                <input
                  class={cx(
                    'utrecht-radio-button utrecht-radio-button--html-input',
                    invalid && 'utrecht-radio-button--invalid',
                  )}
                  type="radio"
                  id={id}
                  name={p.name}
                  value={o.value}
                  checked={p.value === o.value}
                />
              </div>
              <div class="utrecht-form-field__label utrecht-form-field__label--radio">
                <label class="utrecht-form-label utrecht-form-label--radio" for={id}>
                  {o.label}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function SubmitButton(props: {
  children: Child;
  variant?: 'primary' | 'secondary' | 'subtle';
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={props.name}
      value={props.value}
      class={`utrecht-button utrecht-button--${props.variant ?? 'primary'}-action`}
    >
      {props.children}
    </button>
  );
}
