// Public contact routes of the organisations every letter refers to. Kept apart so that a changed phone number
// or website is a one-line change, and so tests and the renderer can check the exact same strings.

/** Advice on international child abduction and on moving a child abroad. */
export const CIKO = {
  naam: 'Centrum Internationale Kinderontvoering (CIKO)',
  telefoon: '088 800 9000',
  website: 'www.kinderontvoering.org',
} as const;

/** Free first-line legal advice. */
export const JURIDISCH_LOKET = {
  naam: 'Juridisch Loket',
  telefoon: '0900 8020',
  website: 'www.juridischloket.nl',
} as const;
