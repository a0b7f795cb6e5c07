// Custody recorded by hand decides exactly as the same custody from the BRP (issue 14 point 2): for any two holders
// and any declaration, the assessment gives the same outcome, reason, risk level and recipients.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BrpPersoon } from '../../../schemas/brp.ts';
import type { EmigrationDataT } from '../../../schemas/events.ts';
import { unassessedCase } from '../case/decider.ts';
import type { CustodyView } from '../case/model.ts';
import { type AssessmentInput, planAssessment } from './plan.ts';

const CHILD = '999990378';
const HOLDERS = ['999990007', '999990020', '999990032', '999990044'];
const person = (bsn: string): BrpPersoon => ({
  burgerservicenummer: bsn,
  naam: { volledigeNaam: `Persoon ${bsn}` },
  adressering: {
    aanschrijfwijze: { naam: `Persoon ${bsn}` },
    adresregel1: 'Straat 1',
    adresregel2: '1000 AA AMSTERDAM',
  },
});
const ids = {
  notification: (c: string, b: string) => `n-${c}-${b}`,
  reference: (id: string) => `VS-${id}`,
  signal: (c: string, r: string) => `s-${c}-${r}`,
};

function input(holders: string[], declarant: string, coSigners: string[], byHand: boolean): AssessmentInput {
  const data: EmigrationDataT = {
    burgerservicenummer: CHILD,
    datumAanvangAdresBuitenland: { type: 'Datum', datum: '2026-12-15' },
    verblijfadres: { land: { code: '5010' } },
    gemeenteVanInschrijving: { code: '0363' },
    aangifte: {
      aangever: { burgerservicenummer: declarant },
      medeondertekenaars: coSigners.map((b) => ({ burgerservicenummer: b })),
      datum: '2026-11-20',
    },
  };
  const relation = byHand
    ? { type: 'GezagNietTeBepalen', minderjarige: { burgerservicenummer: CHILD } }
    : {
        type: 'GezamenlijkOuderlijkGezag',
        minderjarige: { burgerservicenummer: CHILD },
        ouders: holders.map((b) => ({ burgerservicenummer: b })),
      };
  const child: BrpPersoon = {
    burgerservicenummer: CHILD,
    geboorte: { datum: { type: 'Datum', datum: '2016-04-12' } },
    gezag: [relation],
  };
  const custody: CustodyView = {
    type: 'GezamenlijkOuderlijkGezag',
    gezaghouders: holders.map((b) => ({ burgerservicenummer: b })),
    bepaaldOp: '',
    bekend: true,
    bron: 'handmatig',
    vastgelegdDoor: 'ambtenaar',
  };
  const existing = byHand
    ? { ...unassessedCase('c', '0363', 0), status: 'handmatige-controle' as const, version: 1, custody }
    : null;
  return {
    caseId: 'c',
    now: 1,
    today: '2026-11-23',
    registration: {
      root: null,
      municipalityCode: '0363',
      current: data,
      currentTime: null,
      previous: null,
      corrected: false,
      withdrawn: false,
      withdrawnAt: null,
    },
    closure: null,
    existing,
    notifications: [],
    signals: [],
    brp: { child, people: new Map([...HOLDERS, declarant].map((b) => [b, person(b)])) },
    risk: { watchMarkings: [], declarantCases: [], otherHolderCases: [], reactions: [] },
    settings: { dueWorkingDays: 5, slaHours: () => 24, pushes: () => false, ids },
  };
}

describe('custody recorded by hand', () => {
  it('gives the same decision as the same custody from the BRP', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(HOLDERS, { minLength: 1, maxLength: 2 }),
        fc.constantFrom(...HOLDERS),
        fc.subarray(HOLDERS, { maxLength: 2 }),
        (holders, declarant, coSigners) => {
          const fromBrp = planAssessment(input(holders, declarant, coSigners, false));
          const byHand = planAssessment(input(holders, declarant, coSigners, true));
          expect(byHand.eligibility).toEqual(fromBrp.eligibility);
          expect(byHand.case?.risk?.niveau).toBe(fromBrp.case?.risk?.niveau);
          expect(byHand.case?.status).toBe(fromBrp.case?.status);
          expect(byHand.notifications.created.map((n) => n.recipientBsn)).toEqual(
            fromBrp.notifications.created.map((n) => n.recipientBsn),
          );
          expect(byHand.case?.custody?.bron).toBe('handmatig');
        },
      ),
    );
  });
});
