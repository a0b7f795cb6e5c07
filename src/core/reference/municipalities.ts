// Municipality names from BRP Tabel 33. Mergers after the table's date (around 2020) are missing: an unknown
// code is shown as its code, never guessed.
import { MUNICIPALITIES } from './municipalities.generated.ts';

export const municipalityName = (code: string): string | undefined => MUNICIPALITIES[code]?.naam;
