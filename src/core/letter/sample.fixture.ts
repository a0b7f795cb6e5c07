// A letter input both the composer's and the PDF renderer's tests start from (test-only).
import type { LetterInput } from './compose.ts';

export const SAMPLE_LETTER: LetterInput = {
  kind: 'kennisgeving',
  reference: 'VS-2026-AB12CD',
  date: '2026-11-23',
  municipality: { code: '0363', naam: 'Amsterdam', contact: { telefoon: '14 020', website: 'www.amsterdam.nl' } },
  recipient: { naam: 'J. de Vries', adresregels: ['Keizersgracht 1', '1015 CJ  AMSTERDAM'] },
  child: { naam: 'Zoë de Vries', geboortedatum: '3 maart 2015' },
  departure: { datumLangFormaat: '1 december 2026', landOmschrijving: 'België' },
};
