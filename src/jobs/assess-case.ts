// Job: (re)assess one departure case from all its events. Recomputes from scratch each time, so a
// duplicate, a late correction or a retry after a crash all converge on the same stored result.
import { and, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import type { Ops } from '../db/database.ts';
import { foldRegistration, registrationDateOf, type CaseEvent } from '../core/registration.ts';
import { interpretCustody } from '../core/custody.ts';
import { assessEligibility, type Eligibility } from '../core/eligibility.ts';
import { dateRange, daysBetween, mayBeYoungerThan, type AbstractDatum } from '../core/date.ts';
import { CHILD_FIELDS, HOLDER_FIELDS } from '../ports/brp.ts';
import { assessRisk } from '../core/risk/assess.ts';
import type { RiskFacts } from '../core/risk/facts.ts';
import { countryName, isHagueBound } from '../core/reference/countries.ts';
import { auditInsert, auditRows, PURPOSES, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.ts';
import { QUEUES, type NewJob } from './queues.ts';
import { derivedId } from '../ids.ts';
import { closeCaseOps } from './closure.ts';
import { planNotifications } from './plan-notifications.ts';
import { planSignals } from './plan-signals.ts';
import type { CaseStatus, ChildView, CustodyView, DepartureView, RiskView } from './case-views.ts';

const DAY = 86_400_000;

export async function assessCase(deps: Deps, caseId: string): Promise<Ops> {
  const { db, t } = deps.database;
  const now = deps.now();
  const events = (await db.select().from(t.events).where(eq(t.events.caseId, caseId))) as CaseEvent[];
  const reg = foldRegistration(events);
  const [existing] = await db.select().from(t.cases).where(eq(t.cases.id, caseId));

  if (existing?.closedReason === 'immigratie') return closeCaseOps(deps, caseId, 'afgesloten', 'immigratie');
  if (reg.withdrawn) {
    if (!existing) {
      const w = reg.withdrawalData;
      const municipality = reg.current?.gemeenteVanInschrijving.code ?? w?.gemeenteVanInschrijving?.code ?? '0000';
      const row = { id: caseId, status: 'ingetrokken', municipalityCode: municipality, childBsn: w?.burgerservicenummer ?? reg.current?.burgerservicenummer ?? null, declarantBsn: null, countryCode: reg.current?.verblijfadres.land.code ?? null, registrationDate: null, child: w ? { burgerservicenummer: w.burgerservicenummer } : null, departure: null, custody: null, assessment: null, risk: null, closedReason: 'ingetrokken', createdAt: now, updatedAt: now, purgedAt: null };
      return (d) => [d.insert(t.cases).values(row).onConflictDoNothing()];
    }
    return closeCaseOps(deps, caseId, 'ingetrokken', 'ingetrokken');
  }
  if (!reg.current) return () => [];

  const data = reg.current;
  const childBsn = data.burgerservicenummer;
  const eventTime = events.find((e) => e.data === data)?.time ?? null;
  const registrationDate = registrationDateOf(data, eventTime);
  const declarantBsn = data.aangifte?.aangever?.burgerservicenummer;
  const coSigners = (data.aangifte?.medeondertekenaars ?? []).map((m) => m.burgerservicenummer);

  // Custody is a snapshot taken at first assessment: once the child is in the RNI the BRP answers
  // GezagNietTeBepalen, which must not overwrite what was known when the departure was registered.
  const [child] = await deps.brp.personen([childBsn], CHILD_FIELDS);
  const stored = existing?.custody as CustodyView | null | undefined;
  const custody = stored?.bekend
    ? ({ kind: 'held', type: stored.type ?? '', holders: stored.gezaghouders } as const)
    : child
      ? interpretCustody(child.gezag, childBsn)
      : null;
  const eligibility: Eligibility = assessEligibility({
    childFound: !!child,
    birthDate: child?.geboorte?.datum as AbstractDatum | undefined,
    departureDate: data.datumAanvangAdresBuitenland,
    registrationDate,
    custody,
    declaration: { declarantBsn, coSignerBsns: coSigners, writtenConsent: !!data.aangifte?.toestemmingsverklaringOverlegd },
  });

  const holderBsns = custody?.kind === 'held' ? custody.holders.map((h) => h.burgerservicenummer).filter((b): b is string => !!b) : [];
  const lookup = [...new Set([...holderBsns, ...(declarantBsn ? [declarantBsn] : [])])];
  const people = lookup.length ? await deps.brp.personen(lookup, HOLDER_FIELDS) : [];
  const byBsn = new Map(people.map((p) => [p.burgerservicenummer, p]));

  // The declarant's other open cases, read once: they feed the sibling rule and the sibling re-assessments.
  const declarantCases = declarantBsn
    ? await db
        .select({ id: t.cases.id, childBsn: t.cases.childBsn, registrationDate: t.cases.registrationDate, createdAt: t.cases.createdAt })
        .from(t.cases)
        .where(and(eq(t.cases.declarantBsn, declarantBsn), ne(t.cases.id, caseId), isNull(t.cases.closedReason)))
    : [];
  const riskFacts = await gatherRiskFacts(deps, { caseId, childBsn, declarantBsn, declarantCases, countryCode: data.verblijfadres.land.code, registrationDate, departure: data.datumAanvangAdresBuitenland, birth: child?.geboorte?.datum as AbstractDatum | undefined, eligibility, otherHolders: eligibility.recipients.map((r) => r.burgerservicenummer), now });
  const risk = assessRisk(riskFacts) as RiskView;

  const childView: ChildView = { burgerservicenummer: childBsn, naam: child?.naam?.volledigeNaam, geboortedatum: child?.geboorte?.datum as AbstractDatum | undefined, ...(child?.geheimhoudingPersoonsgegevens ? { geheimhouding: true } : {}) };
  const departure: DepartureView = {
    datum: data.datumAanvangAdresBuitenland,
    land: { code: data.verblijfadres.land.code, omschrijving: data.verblijfadres.land.omschrijving ?? countryName(data.verblijfadres.land.code) },
    gemeente: { code: data.gemeenteVanInschrijving.code, ...(data.gemeenteVanInschrijving.omschrijving ? { omschrijving: data.gemeenteVanInschrijving.omschrijving } : {}) },
  };
  const iso = new Date(now).toISOString();
  const custodyView: CustodyView | null = custody
    ? custody.kind === 'held'
      ? { type: custody.type, gezaghouders: custody.holders, bepaaldOp: stored?.bekend ? stored.bepaaldOp : iso, bekend: true }
      : { type: custody.type, gezaghouders: [], bepaaldOp: iso, bekend: false, reden: custody.reason }
    : null;

  const notificationPlan = await planNotifications(deps, {
    caseId, firstAssessment: !existing, municipalityCode: data.gemeenteVanInschrijving.code, eligibility, child, declarant: declarantBsn ? byBsn.get(declarantBsn) : undefined,
    people: byBsn, corrected: reg.corrected, previous: reg.previous, current: data, now,
  });
  let status: CaseStatus = eligibility.outcome === 'van-toepassing' ? 'beoordeeld' : eligibility.outcome;
  if (notificationPlan.needsManualCheck) status = 'handmatige-controle';

  const signalPlan = await planSignals(deps, {
    caseId, firstAssessment: !existing, risk, child: childView, departure, custody: custodyView, declarantBsn, corrected: reg.corrected, now,
  });

  const caseRow = {
    id: caseId, status, municipalityCode: data.gemeenteVanInschrijving.code, childBsn, declarantBsn: declarantBsn ?? null,
    countryCode: data.verblijfadres.land.code, registrationDate, child: childView, departure, custody: custodyView,
    assessment: { vanToepassing: eligibility.outcome === 'van-toepassing', reden: eligibility.reason, beoordeeldOp: iso },
    risk, closedReason: null, createdAt: existing?.createdAt ?? now, updatedAt: now, purgedAt: null,
  };

  // A new case can change the risk of related open cases (siblings declared by the same person): look again at those once.
  const jobs: NewJob[] = [...notificationPlan.jobs, ...signalPlan.jobs];
  if (declarantBsn) {
    // Siblings, not every earlier registration: bounded fan-out.
    const related = declarantCases.filter((r) => r.childBsn !== childBsn && r.createdAt >= now - 30 * DAY).slice(0, 20);
    const lane = await derivedId('lane', declarantBsn);
    // Jobs of one lane never overlap (embedded runner: one lane in order; pg-boss: an advisory lock on the lane,
    // taken before any read), so siblings assessed by different workers still see each other's committed case.
    for (const r of related) jobs.push({ id: `reassess:${r.id}:${caseId}`, queue: QUEUES.assessCase.name, key: r.id, payload: { caseId: r.id, lane } });
  }

  const audit: AuditEntry[] = [
    { actor: SYSTEM_ACTOR, operation: 'brp-raadplegen', objectType: 'vertrekmelding', objectId: caseId, purpose: PURPOSES.assessment, subjectBsn: childBsn },
    { actor: SYSTEM_ACTOR, operation: existing ? 'herbeoordelen' : 'beoordelen', objectType: 'vertrekmelding', objectId: caseId, purpose: PURPOSES.assessment, subjectBsn: childBsn },
    ...notificationPlan.audit,
    ...signalPlan.audit,
  ];
  const rows = await auditRows(deps.pseudonyms, audit, now);
  deps.metrics.inc('vertreksignaal_assessments_total', { status });
  return (d) => [
    d.insert(t.cases).values(caseRow).onConflictDoUpdate({ target: t.cases.id, set: { ...caseRow, createdAt: undefined } }),
    ...notificationPlan.ops(d),
    ...signalPlan.ops(d),
    ...deps.database.enqueue(d, jobs, now),
    ...auditInsert(d, t, rows),
  ];
}

interface RiskContext {
  caseId: string; childBsn: string; declarantBsn?: string; declarantCases: { childBsn: string | null; registrationDate: string | null }[]; countryCode: string; registrationDate: string;
  departure: AbstractDatum; birth?: AbstractDatum; eligibility: Eligibility; otherHolders: string[]; now: number;
}

async function gatherRiskFacts(deps: Deps, x: RiskContext): Promise<RiskFacts> {
  const { db, t } = deps.database;
  const today = new Date(x.now).toISOString().slice(0, 10);
  const markings = await db.select({ validUntil: t.watchMarkings.validUntil }).from(t.watchMarkings).where(and(eq(t.watchMarkings.childBsn, x.childBsn), isNull(t.watchMarkings.removedAt)));
  const within30 = (d: string | null) => !!d && Math.abs(daysBetween(d, x.registrationDate)) <= 30;
  const siblings = new Set(x.declarantCases.filter((r) => r.childBsn !== x.childBsn && within30(r.registrationDate)).map((r) => r.childBsn)).size;
  let otherSameCountry = false;
  if (x.otherHolders.length) {
    // The other holder's own departure (as the person leaving, or as declarant for someone else).
    const rows = await db
      .select({ countryCode: t.cases.countryCode, registrationDate: t.cases.registrationDate })
      .from(t.cases)
      .where(and(or(inArray(t.cases.declarantBsn, x.otherHolders), inArray(t.cases.childBsn, x.otherHolders)), ne(t.cases.id, x.caseId), isNull(t.cases.closedReason)));
    otherSameCountry = rows.some((r) => r.countryCode === x.countryCode && within30(r.registrationDate));
  }
  const departure = dateRange(x.departure);
  return {
    eligibility: x.eligibility.outcome,
    watchMarkingActive: markings.some((m) => m.validUntil >= today),
    destinationKnown: x.countryCode !== '0000',
    destinationHagueBound: x.countryCode !== '0000' && isHagueBound(x.countryCode),
    childMayBeUnder16OnDeparture: mayBeYoungerThan(16, dateRange(x.birth), departure.from ? departure : { from: x.registrationDate, to: x.registrationDate }),
    departureBeforeRegistration: departure.to !== null && departure.to < x.registrationDate,
    otherMinorsSameDeclarantWithin30Days: siblings,
    otherHolderSameCountryWithin30Days: otherSameCountry,
  };
}
