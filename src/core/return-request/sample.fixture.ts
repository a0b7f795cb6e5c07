// A return-request input the composer's and the PDF renderer's tests start from (test-only, fictional people).
import type { ReturnRequestInput } from './compose.ts';

export const SAMPLE_RETURN_REQUEST: ReturnRequestInput = {
  reference: 'VS-2026-AB12CD',
  date: '2026-12-10',
  requester: {
    naam: 'Centrale autoriteit Internationale Kinderontvoering (Ca IKA)',
    adresregels: ['Postbus 20301', '2500 EH  DEN HAAG'],
  },
  child: {
    naam: 'Ŀluïsa Ayşe Wałęsa',
    burgerservicenummer: '999990019',
    geboortedatum: { type: 'Datum', datum: '2015-03-03' },
  },
  custody: {
    type: 'GezamenlijkOuderlijkGezag',
    rechtsgrond: 'artikel 1:251 Burgerlijk Wetboek',
    bepaaldOp: '2026-11-20T10:15:02Z',
    holders: [
      { naam: 'Őrsike Dvořák', burgerservicenummer: '999990020', relatie: 'ouder', betrokkenBijAangifte: true },
      {
        naam: 'Jan Wałęsa',
        burgerservicenummer: '999990021',
        relatie: 'ouder',
        betrokkenBijAangifte: false,
        adresregels: ['Keizersgracht 1', '1015 CJ  AMSTERDAM'],
      },
    ],
  },
  habitualResidence: { gemeente: 'Amsterdam' },
  removal: {
    datum: { type: 'Datum', datum: '2026-12-01' },
    land: 'Polen',
    adresregels: ['ul. Łódzka 3', '90-001 Łódź'],
  },
  reaction: { reactie: 'niet-akkoord', ontvangenOp: '2026-12-05' },
};
