// A date as people type it in a form: day-month-year ("30-6-2027", "30/06/2027", "30.06.2027") or the ISO form
// ("2027-06-30"). A plain text field, since a browser's date picker hides its keyboard focus inside the field.
const DUTCH = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** 'YYYY-MM-DD' for a typed date, or null when it is not one; whether the day exists is the caller's check. */
export function parseDateInput(input: string): string | null {
  const text = input.trim();
  const d = DUTCH.exec(text);
  const i = d ? null : ISO.exec(text);
  const [year, month, day] = d ? [d[3], d[2], d[1]] : i ? [i[1], i[2], i[3]] : [];
  if (!year || !month || !day) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** How the form shows a stored date again: "30-06-2027". */
export const formatDateInput = (iso: string) => iso.split('-').reverse().join('-');
