// A choice from a list as a native select (NL Design System class names), with its error beside it and linked
// from the error summary like the other fields (forms.tsx).
import { fieldId } from './forms.tsx';

export interface SelectFieldProps {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
  hint?: string;
  error?: string;
}

const INVALID = 'utrecht-form-field--invalid';
/** The theme's select with the browser's own arrow (insight.css says why). */
const SELECT = 'utrecht-select utrecht-select--html-select vs-select-native';

export function SelectField(p: SelectFieldProps) {
  const id = fieldId(p.name);
  const invalid = !!p.error;
  const describedBy = [p.hint && `${id}-uitleg`, p.error && `${id}-fout`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`utrecht-form-field utrecht-form-field--select rhc-form-field${invalid ? ` ${INVALID}` : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {p.label}
        </label>
      </div>
      {p.hint && (
        <div class="utrecht-form-field__description utrecht-form-field-description" id={`${id}-uitleg`}>
          {p.hint}
        </div>
      )}
      {p.error && (
        <div class="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-fout`}>
          <span class="vs-visually-hidden">Fout: </span>
          {p.error}
        </div>
      )}
      <div class="utrecht-form-field__input">
        <select
          class={`${SELECT}${invalid ? ' utrecht-select--invalid' : ''}`}
          id={id}
          name={p.name}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
        >
          {p.options.map((o) => (
            <option value={o.value} selected={o.value === (p.value ?? '')}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
