import { Problem } from '../../schemas/common.ts';

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer', 401: 'Niet geauthenticeerd', 403: 'Geen toegang', 404: 'Niet gevonden',
  409: 'Conflict', 413: 'Te groot', 415: 'Niet-ondersteund mediatype', 429: 'Te veel verzoeken',
};

export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, { description: TITLES[s] ?? 'Fout', content: { 'application/problem+json': { schema: Problem } } }]));
}
