// Burgerservicenummer check: 9 digits passing the elfproef (weights 9..2 and -1).
// A weighted sum of 0 (BRP test numbers like 000000012) is valid: the rule is divisibility by 11 only.

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

export function isValidBsn(value: string): boolean {
  if (!/^[0-9]{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += WEIGHTS[i] * (value.charCodeAt(i) - 48);
  return sum % 11 === 0;
}
