// Risk, watch markings, routing, signal worklists, signed webhooks and the SIS hand-off, through HTTP (issue: signals).

import { base64url, createLocalJWKSet, flattenedVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CE, CE_BATCH, correction, emigration, withdrawal } from '../helpers/events.ts';
import { createHarness, type Harness, onPostgres } from '../helpers/harness.ts';
import { startReceiver } from '../helpers/receiver.ts';

let h: Harness;
let rvdkHook: Awaited<ReturnType<typeof startReceiver>>;
let caHook: Awaited<ReturnType<typeof startReceiver>>;
let cikoHook: Awaited<ReturnType<typeof startReceiver>>;
let brp: string, officer: string, rvdk: string, ca: string, ciko: string;

// Joint-custody demo families (child, declaring parent, other parent).
const LIEKE = { child: '999990378', declarant: '999990007', other: '999990020' };
const OLIVIA = { child: '999990421', declarant: '999990081', other: '999990093' };
const MEES = { child: '999990391', declarant: '999990032', other: '999990044' };
const FENNA = { child: '999990615', declarant: '999990354', other: '999990366' };
const KOSTER = { declarant: '999990287', children: ['999990548', '999990561', '999990573'] };

beforeAll(async () => {
  [rvdkHook, caHook, cikoHook] = await Promise.all([startReceiver(), startReceiver(), startReceiver()]);
  h = await createHarness({
    env: {
      WEBHOOK_RVDK_IKO: rvdkHook.url,
      WEBHOOK_CA_IKA: caHook.url,
      WEBHOOK_CIKO: cikoHook.url,
      WEBHOOK_MAX_ATTEMPTS: '3',
    },
  });
  brp = await h.token('brp-bron', ['0363', '0518']);
  officer = await h.token('gemeente', ['0363', '0518']);
  rvdk = await h.token('rvdk-iko', undefined, 'raad-1');
  ca = await h.token('ca-ika', undefined, 'ca-1');
  ciko = await h.token('ciko', undefined, 'ciko-1');
});
afterAll(async () => {
  await h.close();
  await Promise.all([rvdkHook.close(), caHook.close(), cikoHook.close()]);
});

async function depart(id: string, o: Parameters<typeof emigration>[0]) {
  const res = await h.request('POST', '/api/v1/gebeurtenissen', {
    token: brp,
    contentType: CE,
    body: emigration({ id, ...o }),
  });
  expect(res.status).toBe(202);
  await h.drain();
  return (await h.request('GET', `/api/v1/vertrekmeldingen/${res.json.id}`, { token: officer })).json;
}

describe('risk and routing through the API', () => {
  it('makes a marked child urgent and signals RvdK IKO, Ca IKA and CIKO', async () => {
    const mark = await h.request('POST', '/api/v1/aandachtsmarkeringen', {
      token: rvdk,
      body: { burgerservicenummer: LIEKE.child, reden: 'Dreigende ontvoering gemeld', geldigTot: '2027-06-30' },
    });
    expect(mark.status).toBe(201);
    const c = await depart('sig-marked', { childBsn: LIEKE.child, declarantBsn: LIEKE.declarant });
    expect(c.risico.niveau).toBe('urgent');
    expect(c.risico.redenen.map((r: { regel: string }) => r.regel)).toContain('aandachtsmarkering');
    expect(c.signalen.map((s: { ontvanger: string }) => s.ontvanger).sort()).toEqual(['ca-ika', 'ciko', 'rvdk-iko']);
    const list = await h.request('GET', '/api/v1/signalen?status=nieuw', { token: ca });
    expect(
      list.json.signalen.some((s: { gegevens: { vertrekmelding: string } }) => s.gegevens.vertrekmelding === c.id),
    ).toBe(true);
  });

  it('raises a destination outside the Convention to at least hoog (Egypt: not a party)', async () => {
    const c = await depart('sig-egypt', {
      childBsn: OLIVIA.child,
      declarantBsn: OLIVIA.declarant,
      countryCode: '7014',
      countryName: 'Egypte',
    });
    expect(['hoog', 'urgent']).toContain(c.risico.niveau);
    expect(c.risico.redenen.map((r: { regel: string }) => r.regel)).toContain('hkov-niet-van-toepassing');
    expect(c.signalen.map((s: { ontvanger: string }) => s.ontvanger)).toContain('rvdk-iko');
  });

  it('treats an unknown destination (0000) as at least hoog', async () => {
    const c = await depart('sig-unknown', {
      childBsn: MEES.child,
      declarantBsn: MEES.declarant,
      countryCode: '0000',
      countryName: 'Onbekend',
    });
    expect(['hoog', 'urgent']).toContain(c.risico.niveau);
  });

  it('goes up for a departure dated before its registration, down when the other parent leaves too', async () => {
    const before = await depart('sig-past', {
      childBsn: FENNA.child,
      declarantBsn: FENNA.declarant,
      municipality: '0518',
      date: '2026-11-01',
      registrationDate: '2026-11-20',
    });
    expect(before.risico.niveau).toBe('verhoogd');
    expect(before.risico.redenen.map((r: { regel: string }) => r.regel)).toContain('vertrek-voor-registratie');
    // The other parent registers a departure of their own to the same country; a correction re-assesses the
    // child's case.
    await depart('sig-other-parent', {
      childBsn: FENNA.other,
      declarantBsn: FENNA.other,
      municipality: '0518',
      date: '2026-11-01',
      registrationDate: '2026-11-21',
    });
    await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: correction(
        {
          id: 'sig-past-corr',
          childBsn: FENNA.child,
          declarantBsn: FENNA.declarant,
          municipality: '0518',
          date: '2026-11-02',
          registrationDate: '2026-11-20',
          time: '2026-11-23T10:00:00Z',
        },
        'sig-past',
      ),
    });
    await h.drain();
    const after = (await h.request('GET', `/api/v1/vertrekmeldingen/${before.id}`, { token: officer })).json;
    expect(after.risico.niveau).toBe('laag');
    expect(after.risico.redenen.map((r: { regel: string }) => r.regel)).toContain('andere-gezaghouder-zelfde-land');
  });

  it('raises several siblings declared by one parent, the earlier ones too', async () => {
    const events = KOSTER.children.map((child, i) =>
      emigration({ id: `sig-sib-${i}`, childBsn: child, declarantBsn: KOSTER.declarant }),
    );
    const res = await h.request('POST', '/api/v1/gebeurtenissen', { token: brp, contentType: CE_BATCH, body: events });
    await h.drain();
    for (const r of res.json) {
      const c = (await h.request('GET', `/api/v1/vertrekmeldingen/${r.id}`, { token: officer })).json;
      expect(c.risico.redenen.map((x: { regel: string }) => x.regel)).toContain(
        'meerdere-minderjarigen-zelfde-aangever',
      );
    }
  });
});

describe('signal views and roles', () => {
  it('gives CIKO a pseudonymised view without BSN, name, address or birth date in any field', async () => {
    const list = await h.request('GET', '/api/v1/signalen', { token: ciko });
    expect(list.json.signalen.length).toBeGreaterThan(0);
    const text = JSON.stringify(list.json);
    expect(text).not.toMatch(/(?<![\w-])\d{9}(?![\w-])/);
    for (const name of ['Lieke', 'Jansen', 'Olivia', 'Smit', 'Koster', 'Rue Haute']) expect(text).not.toContain(name);
    for (const s of list.json.signalen) {
      expect(Object.keys(s.gegevens)).not.toContain('kind');
      expect(JSON.stringify(s.gegevens)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(s.gegevens.leeftijdscategorie).toBeTruthy();
    }
  });

  it('refuses every signal route to organisations the signal was not routed to', async () => {
    const caList = (await h.request('GET', '/api/v1/signalen', { token: ca })).json.signalen;
    const caSignal = caList[0].id;
    for (const token of [rvdk, ciko]) {
      expect((await h.request('GET', `/api/v1/signalen/${caSignal}`, { token })).status).toBe(403);
      expect((await h.request('POST', `/api/v1/signalen/${caSignal}/in-behandeling`, { token })).status).toBe(403);
      expect(
        (await h.request('POST', `/api/v1/signalen/${caSignal}/afsluiten`, { token, body: { uitkomst: 'x1' } })).status,
      ).toBe(403);
    }
    for (const token of [officer, await h.token('privacy'), brp])
      expect((await h.request('GET', '/api/v1/signalen', { token })).status).toBe(403);
    const caseId = caList[0].gegevens.vertrekmelding;
    expect((await h.request('GET', `/api/v1/vertrekmeldingen/${caseId}`, { token: ca })).status).toBe(200);
    expect((await h.request('GET', `/api/v1/vertrekmeldingen/${caseId}`, { token: ciko })).status).toBe(403);
  });
});

describe('webhooks', () => {
  it('delivers signed CloudEvents that plain jose accepts with the public JWKS, rejects when tampered', async () => {
    const jwks = (await h.request('GET', '/.well-known/jwks.json')).json;
    const keys = createLocalJWKSet(jwks);
    const all = [...rvdkHook.received, ...caHook.received, ...cikoHook.received];
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) {
      const [protectedHeader, empty, signature] = String(r.headers['jws-signature']).split('.');
      expect(empty).toBe('');
      const verified = await flattenedVerify(
        { protected: protectedHeader, payload: base64url.encode(r.body), signature },
        keys,
      );
      expect(verified.protectedHeader?.alg).toBe('ES256');
      const event = JSON.parse(r.body);
      expect(event).toMatchObject({
        specversion: '1.0',
        source: 'urn:nld:vertreksignaal',
        datacontenttype: 'application/json',
      });
      expect(['nl.vertreksignaal.signaal.aangemaakt', 'nl.vertreksignaal.signaal.bijgewerkt']).toContain(event.type);
      const tampered = r.body.replace('"niveau":"', '"niveau":"x');
      await expect(
        flattenedVerify({ protected: protectedHeader, payload: base64url.encode(tampered), signature }, keys),
      ).rejects.toThrow();
    }
    expect(JSON.stringify(cikoHook.received.map((r) => JSON.parse(r.body).data))).not.toMatch(
      /(?<![\w-])\d{9}(?![\w-])/,
    );
  });

  /**
   * Lets time pass until `done` holds: on SQLite by moving the clock `stepMs` at a time, on PostgreSQL (pg-boss
   * keeps its own time in the database) by waiting for real, in short steps.
   */
  async function until(done: () => Promise<boolean>, stepMs: number, what: string) {
    for (let i = 0; i < 200; i++) {
      if (await done()) return;
      if (onPostgres()) await new Promise((r) => setTimeout(r, 100));
      else h.advance(stepMs);
      await h.drain();
    }
    throw new Error(`timed out waiting until ${what}`);
  }
  const signalsOf = async (token: string, caseId: string) =>
    (
      (await h.request('GET', '/api/v1/signalen', { token })).json.signalen as {
        gegevens: { vertrekmelding: string };
        aflevering: { status: string; pogingen: number };
      }[]
    ).filter((s) => s.gegevens.vertrekmelding === caseId);

  it('gives a receiver that was down every signal exactly once per event id when it is back', async () => {
    caHook.setMode('fail');
    rvdkHook.setMode('fail');
    const before = caHook.received.length;
    const mark = await h.request('POST', '/api/v1/aandachtsmarkeringen', {
      token: ca,
      body: { burgerservicenummer: '999990469', reden: 'Signaal van politie', geldigTot: '2027-01-31' },
    });
    expect(mark.status).toBe(201);
    const c = await depart('sig-hook-down-2', { childBsn: '999990469', declarantBsn: '999990159' });
    await until(
      async () => (await signalsOf(ca, c.id)).some((s) => s.aflevering.pogingen >= 1),
      30_000,
      'a delivery failed',
    );
    expect(caHook.received.length).toBe(before);
    caHook.setMode('ok');
    await until(
      async () => (await signalsOf(ca, c.id)).every((s) => s.aflevering.status === 'afgeleverd'),
      60_000,
      'Ca IKA has its signal',
    );
    const ids = caHook.received.slice(before).map((r) => JSON.parse(r.body).id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ends a permanently failing receiver in dead-letter, visible to the recipient organisation', async () => {
    rvdkHook.setMode('fail');
    const mark = await h.request('POST', '/api/v1/aandachtsmarkeringen', {
      token: rvdk,
      body: { burgerservicenummer: '999990482', reden: 'Signaal van de school', geldigTot: '2027-01-31' },
    });
    expect(mark.status).toBe(201);
    const c = await depart('sig-hook-dead', { childBsn: '999990482', declarantBsn: '999990184' });
    await until(
      async () => (await signalsOf(rvdk, c.id)).some((s) => s.aflevering.status === 'dead-letter'),
      120_000,
      'the delivery is dead-lettered',
    );
    const [dead] = (await signalsOf(rvdk, c.id)).filter((s) => s.aflevering.status === 'dead-letter');
    expect(dead.aflevering.pogingen).toBe(3);
    rvdkHook.setMode('ok');
  });

  it('tells every organisation already signalled when the registration is withdrawn', async () => {
    const caseId = (await h.request('GET', '/api/v1/signalen', { token: ca })).json.signalen[0].gegevens.vertrekmelding;
    const before = cikoHook.received.length;
    await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: withdrawal(LIEKE.child, 'sig-marked'),
    });
    await h.drain();
    const signals = (await h.request('GET', '/api/v1/signalen', { token: ca })).json.signalen.filter(
      (s: { gegevens: { vertrekmelding: string } }) => s.gegevens.vertrekmelding === caseId,
    );
    expect(signals[0].status).toBe('afgesloten');
    expect(signals[0].wijzigingen.at(-1).soort).toBe('registratie-ingetrokken');
    const updates = cikoHook.received.slice(before).map((r) => JSON.parse(r.body));
    expect(updates.some((e) => e.type === 'nl.vertreksignaal.signaal.bijgewerkt')).toBe(true);
  });
});
