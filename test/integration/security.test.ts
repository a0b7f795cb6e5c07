// Authorisation matrix, token attacks, the tamper-evident audit log and retention (issue: hardening); strict input
// is in strict-input.test.ts.

import { base64url, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAudit, verifyAudit } from '../../src/app/audit/seal.ts';
import { purgeExpired } from '../../src/app/retention/retention.ts';
import { sql } from '../../src/store/sql.ts';
import { CE, emigration } from '../helpers/events.ts';
import { AUDIENCE, createHarness, type Harness, ISSUER } from '../helpers/harness.ts';

let h: Harness;
let ids: { caseId: string; notificationId: string; signalId: string; signalOrg: string; markingId: string };
const ROLES = ['brp-bron', 'gemeente', 'rvdk-iko', 'ca-ika', 'ciko', 'privacy'] as const;

beforeAll(async () => {
  h = await createHarness();
  const brp = await h.token('brp-bron', ['0363']);
  const caToken = await h.token('ca-ika');
  const marking = await h.request('POST', '/api/v1/aandachtsmarkeringen', {
    token: caToken,
    body: { burgerservicenummer: '999990378', reden: 'Melding van de school', geldigTot: '2027-12-31' },
  });
  const res = await h.request('POST', '/api/v1/gebeurtenissen', {
    token: brp,
    contentType: CE,
    body: emigration({ id: 'sec-1', childBsn: '999990378', declarantBsn: '999990007' }),
  });
  await h.drain();
  const c = (
    await h.request('GET', `/api/v1/vertrekmeldingen/${res.json.id}`, { token: await h.token('gemeente', ['0363']) })
  ).json;
  const signal = c.signalen.find((s: { ontvanger: string }) => s.ontvanger === 'ca-ika');
  ids = {
    caseId: c.id,
    notificationId: c.kennisgevingen[0].id,
    signalId: signal.id,
    signalOrg: 'ca-ika',
    markingId: marking.json.id,
  };
});
afterAll(() => h.close());

type Expect = Partial<Record<(typeof ROLES)[number] | 'gemeente-ander', number>> & { default: number };
const routes = (): [string, string, unknown, Expect][] => [
  [
    'POST',
    '/api/v1/gebeurtenissen',
    emigration({ id: `m-${Math.random()}`, childBsn: '999990421', declarantBsn: '999990081' }),
    { 'brp-bron': 202, default: 403 },
  ],
  [
    'GET',
    `/api/v1/vertrekmeldingen/${ids.caseId}`,
    undefined,
    { gemeente: 200, 'rvdk-iko': 200, 'ca-ika': 200, default: 403 },
  ],
  [
    'POST',
    '/api/v1/vertrekmeldingen/_zoek',
    { burgerservicenummer: '999990378' },
    { gemeente: 200, 'gemeente-ander': 200, 'rvdk-iko': 200, 'ca-ika': 200, default: 403 },
  ],
  ['GET', '/api/v1/vertrekmeldingen', undefined, { gemeente: 200, 'gemeente-ander': 200, default: 403 }],
  ['GET', '/api/v1/kennisgevingen', undefined, { gemeente: 200, 'gemeente-ander': 200, default: 403 }],
  ['GET', `/api/v1/kennisgevingen/${ids.notificationId}`, undefined, { gemeente: 200, default: 403 }],
  ['GET', `/api/v1/kennisgevingen/${ids.notificationId}/brief`, undefined, { gemeente: 200, default: 403 }],
  [
    'POST',
    `/api/v1/kennisgevingen/${ids.notificationId}/aanhouden`,
    { reden: 'controle door matrix' },
    { gemeente: 200, default: 403 },
  ],
  ['GET', '/api/v1/signalen', undefined, { 'rvdk-iko': 200, 'ca-ika': 200, ciko: 200, default: 403 }],
  ['GET', `/api/v1/signalen/${ids.signalId}`, undefined, { 'ca-ika': 200, default: 403 }],
  // Contract v2: RvdK IKO and the Ca IKA file SIS requests, each only on its own signals (this one is the Ca IKA's).
  [
    'POST',
    `/api/v1/signalen/${ids.signalId}/sis-verzoeken`,
    { beslissingskenmerk: 'RB-1', motivering: 'Motivering van het verzoek.' },
    { 'ca-ika': 201, default: 403 },
  ],
  ['GET', '/api/v1/aandachtsmarkeringen', undefined, { 'rvdk-iko': 200, 'ca-ika': 200, default: 403 }],
  ['DELETE', `/api/v1/aandachtsmarkeringen/${ids.markingId}`, undefined, { 'ca-ika': 204, default: 403 }],
  ['GET', '/api/v1/logboek', undefined, { privacy: 200, default: 403 }],
  ['POST', '/api/v1/logboek/_zoek', { burgerservicenummer: '999990378' }, { privacy: 200, default: 403 }],
];
const PUBLIC = [
  '/api/v1/openapi.json',
  '/api/v1/risicoregels',
  '/api/v1/docs',
  '/health/live',
  '/health/ready',
  '/metrics',
  '/.well-known/jwks.json',
];

describe('authorisation matrix', () => {
  it('answers every route × role × own/other municipality with the exact status', async () => {
    const callers: [string, string][] = [
      ...(await Promise.all(
        ROLES.map(
          async (r) =>
            [r, await h.token(r, r === 'gemeente' || r === 'brp-bron' ? ['0363'] : undefined)] as [string, string],
        ),
      )),
      ['gemeente-ander', await h.token('gemeente', ['0599'])],
    ];
    const failures: string[] = [];
    for (const [method, path, body, expected] of routes()) {
      for (const [role, token] of callers) {
        const want = expected[role as keyof Expect] ?? expected.default;
        const contentType = path.endsWith('/gebeurtenissen') ? CE : undefined;
        const res = await h.request(method, path, { token, body, contentType });
        if (res.status !== want) failures.push(`${method} ${path} as ${role}: ${res.status}, expected ${want}`);
        // Every refusal is problem+json whose `status` member is the HTTP status itself (RFC 9457).
        if (
          res.status >= 400 &&
          (res.json?.status !== res.status || !res.headers.get('content-type')?.includes('application/problem+json'))
        )
          failures.push(`${method} ${path} as ${role}: problem body status ${res.json?.status} on HTTP ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 without a token everywhere but the public routes', async () => {
    for (const [method, path, body] of routes()) {
      const res = await h.request(method, path, {
        body,
        contentType: path.endsWith('/gebeurtenissen') ? CE : undefined,
      });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    for (const path of PUBLIC) expect((await h.request('GET', path)).status, path).toBe(200);
  });

  it('records refused reads in the audit log', async () => {
    expect(await h.count('audit_log', sql`outcome = 'geweigerd'`)).toBeGreaterThan(0);
  });
});

describe('token attacks (RFC 8725)', () => {
  const claims = { roles: ['gemeente'], gemeentecodes: ['0363'] };
  const sign = async (
    o: {
      alg?: string;
      key?: Parameters<SignJWT['sign']>[0];
      iss?: string;
      aud?: string;
      exp?: number | string;
      nbf?: number | string;
      kid?: string;
    } = {},
  ) => {
    const key = o.key ?? (await importJWK(h.issuerKey, 'ES256'));
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: o.alg ?? 'ES256', kid: o.kid ?? h.issuerKey.kid })
      .setSubject('aanvaller')
      .setIssuer(o.iss ?? ISSUER)
      .setAudience(o.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(o.exp ?? '1h');
    if (o.nbf !== undefined) jwt = jwt.setNotBefore(o.nbf);
    return jwt.sign(key);
  };
  const status = async (token: string) =>
    (await h.request('GET', `/api/v1/vertrekmeldingen/${ids.caseId}`, { token })).status;

  it('accepts a proper token (control)', async () => expect(await status(await sign())).toBe(200));

  it('refuses alg none, HS256 by public key, bad iss/aud, expired, not yet valid, unknown kid, tampering', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(
      JSON.stringify({ ...claims, sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 3600 }),
    );
    expect(await status(`${header}.${payload}.`)).toBe(401);
    const { d: _d, ...pub } = h.issuerKey;
    const hmacKey = new TextEncoder().encode(JSON.stringify(pub));
    expect(await status(await sign({ alg: 'HS256', key: hmacKey }))).toBe(401);
    expect(await status(await sign({ iss: 'https://evil.example' }))).toBe(401);
    expect(await status(await sign({ aud: 'iemand-anders' }))).toBe(401);
    expect(await status(await sign({ exp: Math.floor(Date.now() / 1000) - 3600 }))).toBe(401);
    expect(await status(await sign({ nbf: Math.floor(Date.now() / 1000) + 3600 }))).toBe(401);
    const other = await generateKeyPair('ES256');
    expect(await status(await sign({ key: other.privateKey, kid: 'onbekend' }))).toBe(401);
    expect(await status(await sign({ key: other.privateKey }))).toBe(401);
    const good = await sign();
    const [hd, pl, sg] = good.split('.');
    const forged = base64url.encode(
      JSON.stringify({
        ...JSON.parse(new TextDecoder().decode(base64url.decode(pl))),
        gemeentecodes: ['0599', '0363'],
        roles: ['privacy'],
      }),
    );
    expect(await status(`${hd}.${forged}.${sg}`)).toBe(401);
    void exportJWK;
  });
});

describe('audit log', () => {
  it('shows who did what to whose data, searchable by BSN without holding the BSN', async () => {
    const privacy = await h.token('privacy');
    const res = await h.request('POST', '/api/v1/logboek/_zoek', {
      token: privacy,
      body: { burgerservicenummer: '999990378' },
    });
    expect(res.status).toBe(200);
    expect(res.json.logboek.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.json)).not.toContain('999990378');
    for (const e of res.json.logboek)
      expect(e).toMatchObject({
        tijdstip: expect.any(String),
        actor: { sub: expect.any(String), rol: expect.any(String) },
        handeling: expect.any(String),
        doel: expect.any(String),
        betrokkene: expect.stringMatching(/^ps-/),
      });
  });

  it('detects an altered entry and names it', async () => {
    await sealAudit(h.ctx, 1_000_000);
    expect((await verifyAudit(h.ctx)).ok).toBe(true);
    const [victim] = await h.rows<{ seq: number; actor_sub: string }>(
      sql`SELECT seq, actor_sub FROM audit_log WHERE operation = 'lezen' LIMIT 1`,
    );
    const edit = (sub: string) =>
      h.db.commit({ writes: [sql`UPDATE audit_log SET actor_sub = ${sub} WHERE seq = ${victim.seq}`], jobs: [] });
    await edit('iemand-anders');
    const result = await verifyAudit(h.ctx);
    expect(result.ok).toBe(false);
    expect(result.brokenAt).toBe(Number(victim.seq));
    await edit(victim.actor_sub);
    expect((await verifyAudit(h.ctx)).ok).toBe(true);
  });
});

describe('retention', () => {
  it('purges personal data from expired closed cases, keeps the counts, and logs the purge', async () => {
    const brp = await h.token('brp-bron', ['0363']);
    const res = await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: emigration({ id: 'ret-1', childBsn: '999990433', declarantBsn: '999990111' }),
    });
    await h.drain();
    const casesBefore = await h.count('cases');
    h.advance(800 * 86_400_000);
    await purgeExpired(h.ctx);
    const [row] = await h.rows(sql`SELECT * FROM cases WHERE id = ${res.json.id}`);
    expect(row.purged_at).not.toBeNull();
    expect(row.child_bsn).toBeNull();
    expect(row.child).toBeNull();
    expect(row.status).toBe('niet-van-toepassing');
    expect(await h.count('cases')).toBe(casesBefore);
    const events = await h.rows(sql`SELECT data FROM events WHERE case_id = ${res.json.id}`);
    expect(events.every((e) => e.data === null)).toBe(true);
    expect(await h.count('audit_log', sql`purpose = 'bewaartermijn-handhaven'`)).toBeGreaterThan(0);
    h.advance(-800 * 86_400_000);
  });
});
