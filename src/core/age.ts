// Age on a departure date when the birth date, the departure date or both may be incomplete (AbstractDatum).
// Every age-dependent rule asks here, and the answer covers every reading of both dates: no date is ever substituted
// (an unknown departure date is not the registration date), so a person who may be under an age limit on some
// possible departure day counts as under it.
import { type AbstractDatum, anniversary, dateRange } from './date.ts';

export const AGE_OF_MAJORITY = 18;
/** The 1980 Hague Child Abduction Convention ceases to apply when the child reaches 16 (Art. 4). */
export const HAGUE_AGE_LIMIT = 16;

/**
 * Whether some day the person may have been born on and some day `on` may stand for give an age under `years`.
 * An unknown birth or departure date leaves every age open, so the answer is then true.
 */
export function mayBeYoungerOn(years: number, birth: AbstractDatum | undefined, on: AbstractDatum): boolean {
  const b = dateRange(birth);
  const d = dateRange(on);
  // Youngest reading: born on the latest possible day, leaving on the earliest.
  if (b.to === null || d.from === null) return true;
  return d.from < anniversary(b.to, years);
}

/** Whether some reading of the dates gives an age of `years` or more. */
export function mayBeAtLeastOn(years: number, birth: AbstractDatum | undefined, on: AbstractDatum): boolean {
  const b = dateRange(birth);
  const d = dateRange(on);
  // Oldest reading: born on the earliest possible day, leaving on the latest.
  if (b.from === null || d.to === null) return true;
  return d.to >= anniversary(b.from, years);
}

/** Contract §7: a child who may be a minor on the departure date is treated as one. */
export const mayBeMinorOnDeparture = (birth: AbstractDatum | undefined, departure: AbstractDatum): boolean =>
  mayBeYoungerOn(AGE_OF_MAJORITY, birth, departure);

/** The risk fact `childMayBeUnder16OnDeparture`: the Convention may still cover the child. */
export const mayBeUnder16OnDeparture = (birth: AbstractDatum | undefined, departure: AbstractDatum): boolean =>
  mayBeYoungerOn(HAGUE_AGE_LIMIT, birth, departure);

/**
 * The age band [from, until) the person is certainly in on the departure date, or null when the dates leave
 * more than one band open. `until` null means no upper limit.
 */
export function certainAgeBand<T extends { from: number; until: number | null }>(
  bands: readonly T[],
  birth: AbstractDatum | undefined,
  on: AbstractDatum,
): T | null {
  const inside = bands.filter((band) => {
    const notYounger = !mayBeYoungerOn(band.from, birth, on);
    const notOlder = band.until === null || !mayBeAtLeastOn(band.until, birth, on);
    return notYounger && notOlder;
  });
  return inside.length === 1 ? inside[0] : null;
}
