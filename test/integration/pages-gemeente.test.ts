// The municipal officer's pages without a browser, on the demo data: what the work queue counts and shows, the case
// page (history, custody by hand, another municipality's case), the notice page (letter, PDF, actions), the desk
// pre-check and the search. Every read of case data is in the logboek; no BSN ever appears in a URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS } from '../../adapters/brp/demo-persons.ts';
import { workQueue } from '../../src/app/work-queue.ts';
import { seedDemoData } from '../../src/demo.ts';
import { sql } from '../../src/store/sql.ts';
import { CE, emigration } from '../helpers/events.ts';
import { createHarness, type Harness } from '../helpers/harness.ts';
import { pageClient, textOf } from '../helpers/page-client.ts';

let h: Harness;
let officer: string;
const scenario = (key: string) => DEMO_SCENARIOS.find((s) => s.key === key)!;
const DAY = 86_400_000;

beforeAll(async () => {
  h = await createHarness();
  await seedDemoData(h.ctx);
  await h.drain();
  officer = await h.token('gemeente', ['0363'], 'dev-gemeente');
});
afterAll(() => h?.close());

async function signedIn(codes = '0363') {
  const p = pageClient(h.app);
  await p.loginAs('gemeente', codes);
  return p;
}

/** The case id of a demo scenario, found as the API finds it (a POST search: no BSN in a URL). */
async function caseOf(key: string, token = officer): Promise<string> {
  const res = await h.request('POST', '/api/v1/vertrekmeldingen/_zoek', {
    token,
    body: { burgerservicenummer: scenario(key).childBsn },
  });
  return res.json.vertrekmeldingen[0].id;
}

const links = (html: string, kind: string) =>
  [...html.matchAll(new RegExp(`href="/${kind}/([0-9a-f-]{36})"`, 'g'))].map((m) => m[1]);

describe('werkvoorraad', () => {
  it('counts what waits per kind as the API lists it, and filters on each kind', async () => {
    const p = await signedIn();
    const page = await p.get('/werkvoorraad');
    expect(page.status).toBe(200);
    const api = async (q: string) =>
      (await h.request('GET', `/api/v1/${q}`, { token: officer })).json as Record<string, unknown[]>;
    const toReview = (await api('kennisgevingen?status=te-beoordelen')).kennisgevingen.length;
    const held = (await api('kennisgevingen?status=aangehouden')).kennisgevingen.length;
    const manual = (await api('vertrekmeldingen?status=handmatige-controle')).vertrekmeldingen.length;
    expect(toReview).toBeGreaterThan(0);
    const text = textOf(page.html);
    expect(text).toContain(`Alles ${toReview + held + manual}`);
    expect(text).toContain(`Te beoordelen ${toReview}`);
    expect(text).toContain(`Aangehouden ${held}`);
    expect(text).toContain(`Handmatige controle ${manual}`);
    expect(links(page.html, 'kennisgevingen')).toHaveLength(toReview + held);
    expect(links(page.html, 'vertrekmeldingen')).toHaveLength(manual);
    const onlyHeld = await p.get('/werkvoorraad?filter=aangehouden');
    expect(links(onlyHeld.html, 'kennisgevingen')).toHaveLength(held);
    expect(links(onlyHeld.html, 'vertrekmeldingen')).toHaveLength(0);
    expect(textOf(onlyHeld.html)).toContain('Voor het kind geldt geheimhouding van persoonsgegevens.');
    expect(onlyHeld.html).toMatch(/aria-current="page"[^>]*>Aangehouden/);
  });

  it('shows the deadline in working days, and how late once it has passed', async () => {
    const p = await signedIn();
    // Created on Monday 23 November with five working days: due Monday 30 November.
    expect(textOf((await p.get('/werkvoorraad?filter=te-beoordelen')).html)).toContain('Nog 5 werkdagen');
    h.advance(10 * DAY);
    try {
      const later = await signedIn(); // ten days on, the first session has long run out
      expect(textOf((await later.get('/werkvoorraad?filter=te-beoordelen')).html)).toContain('3 dagen te laat');
      expect(textOf((await later.get('/werkvoorraad?filter=handmatige-controle')).html)).toContain('Sinds 10 dagen');
    } finally {
      h.advance(-10 * DAY);
    }
  });

  it('pages through notices and cases together, oldest first, without losing or repeating an item', async () => {
    const actor = { sub: 'dev-gemeente', role: 'gemeente' as const, municipalities: ['0363'] };
    const all = await workQueue(h.ctx, actor, { cursor: null });
    const seen: string[] = [];
    let cursor = null;
    do {
      const page = await workQueue(h.ctx, actor, { cursor, limit: 3 });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.id));
    const order = all.items.map((i) => [i.createdAt, i.id] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
  });

  it('logs every item it shows as a read, and is refused to other roles', async () => {
    const seq = Number((await h.rows<{ n: number }>(sql`SELECT max(seq) AS n FROM audit_log`))[0].n);
    const page = await (await signedIn()).get('/werkvoorraad?filter=te-beoordelen');
    const reads = await h.rows<{ object_id: string }>(sql`SELECT object_id FROM audit_log WHERE seq > ${seq}
      AND operation = 'lezen:werkvoorraad' AND object_type = 'kennisgeving'`);
    expect(reads.map((r) => r.object_id).sort()).toEqual(links(page.html, 'kennisgevingen').sort());
    const other = pageClient(h.app);
    await other.loginAs('rvdk-iko');
    expect((await other.get('/werkvoorraad')).status).toBe(403);
  });
});

describe('vertrekmelding', () => {
  it('shows the case with rules in words and its history, and logs the read of both', async () => {
    const id = await caseOf('broers-en-zussen-2');
    const page = await (await signedIn()).get(`/vertrekmeldingen/${id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<title>Vertrekmelding — Vertreksignaal</title>');
    const text = textOf(page.html);
    expect(text).toContain('Vertrekmelding van Bente Koster');
    expect(text).toContain('Dezelfde aangever deed binnen 30 dagen ook aangifte'); // the published rule
    expect(text).toContain('De BRP meldde het vertrek naar het buitenland.'); // history
    expect(text).toMatch(/Signaal naar CIKO/);
    const logged = await h.rows<{ operation: string }>(sql`SELECT operation FROM audit_log WHERE object_id = ${id}`);
    expect(logged.map((r) => r.operation)).toEqual(expect.arrayContaining(['lezen', 'lezen:historie']));
  });

  it('shows a case that is received but not yet assessed, without a history or form', async () => {
    const brp = await h.token('brp-bron', ['0363']);
    const s = scenario('ontvanger-in-buitenland');
    const res = await h.request('POST', '/api/v1/gebeurtenissen', {
      token: brp,
      contentType: CE,
      body: emigration({
        id: 'nog-niet-beoordeeld',
        childBsn: s.childBsn,
        declarantBsn: s.declarantBsn,
        date: '2027-05-01',
      }),
    });
    expect(res.status).toBe(202);
    const page = await (await signedIn()).get(`/vertrekmeldingen/${res.json.id}`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(
      'Vertreksignaal heeft deze melding ontvangen en beoordeelt haar zo snel mogelijk.',
    );
    expect(textOf(page.html)).toContain('1 mei 2027');
    await h.drain();
    expect(textOf((await (await signedIn()).get(`/vertrekmeldingen/${res.json.id}`)).html)).toContain(
      'Wat er gebeurde',
    );
  });

  it("shows another municipality's case as the 403 page, and logs the refusal", async () => {
    const hague = await caseOf('den-haag', await h.token('gemeente', ['0518']));
    const page = await (await signedIn()).get(`/vertrekmeldingen/${hague}`);
    expect(page.status).toBe(403);
    expect(textOf(page.html)).toContain('Geen toegang');
    expect(textOf(page.html)).not.toContain('Koster');
    const refused = await h.rows(sql`SELECT * FROM audit_log WHERE object_id = ${hague} AND outcome = 'geweigerd'`);
    expect(refused.length).toBeGreaterThan(0);
  });

  it('records custody by hand, shows who did it from which source, and a BRP answer that differs', async () => {
    const id = await caseOf('ouder-en-onbekende-derde');
    const p = await signedIn();
    const before = await p.get(`/vertrekmeldingen/${id}`);
    expect(textOf(before.html)).toContain('Gezag met de hand vastleggen');
    const wrong = await p.post(`/vertrekmeldingen/${id}/gezag`, {
      type: 'Voogdij',
      houder1: '12',
      bron: '',
      toelichting: '',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toMatch(/href="#veld-houder1"[^>]*>Burgerservicenummer eerste gezaghouder: moet uit 9 cijfers/);
    expect(wrong.html).toMatch(/id="veld-bron-fout"[^>]*>.*Vul de bron in/);
    const kim = '999990652';
    const ok = await p.post(`/vertrekmeldingen/${id}/gezag`, {
      type: 'EenhoofdigOuderlijkGezag',
      houder1: kim,
      houder2: '',
      bron: 'Gezagsregister rechtbank Amsterdam',
      toelichting: 'Alleen de moeder heeft gezag volgens het register.',
    });
    expect([ok.status, ok.location]).toEqual([303, `/vertrekmeldingen/${id}`]);
    await h.drain();
    const after = textOf((await p.get(`/vertrekmeldingen/${id}`)).html);
    expect(after).toContain('Het gezag is vastgelegd.');
    expect(after).toContain('Met de hand vastgelegd door dev-gemeente');
    expect(after).toContain('Gezagsregister rechtbank Amsterdam');
    expect(after).toContain('een ander gezag door dan met de hand is vastgelegd'); // brpAfwijking, and in the history
    expect(after).not.toContain('Gezag met de hand vastleggen');
  });
});

describe('kennisgeving', () => {
  it('previews the letter, serves the same letter as a PDF without caching, and logs both', async () => {
    const id = await caseOf('gezamenlijk-gezag');
    const p = await signedIn();
    const notice = links((await p.get(`/vertrekmeldingen/${id}`)).html, 'kennisgevingen')[0];
    const page = await p.get(`/kennisgevingen/${notice}`);
    expect(textOf(page.html)).toContain('Vertrek van uw kind naar het buitenland');
    expect(page.html).toContain(`href="/kennisgevingen/${notice}/brief"`);
    const pdf = await h.app.request(`/kennisgevingen/${notice}/brief`, {
      headers: { cookie: [...p.jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('cache-control')).toBe('no-store');
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    const ops = await h.rows<{ operation: string }>(sql`SELECT operation FROM audit_log WHERE object_id = ${notice}`);
    expect(ops.map((r) => r.operation)).toEqual(expect.arrayContaining(['lezen', 'brief-lezen']));
  });

  it('offers the actions the status allows, and records the reaction after sending', async () => {
    const id = await caseOf('toestemmingsverklaring');
    const p = await signedIn();
    const notice = links((await p.get(`/vertrekmeldingen/${id}`)).html, 'kennisgevingen')[0];
    const open = await p.get(`/kennisgevingen/${notice}`);
    expect(open.html).toContain(`action="/kennisgevingen/${notice}/verzenden"`);
    expect(open.html).toContain(`action="/kennisgevingen/${notice}/aanhouden"`);
    expect(open.html).not.toContain(`action="/kennisgevingen/${notice}/reactie"`);
    expect((await p.post(`/kennisgevingen/${notice}/verzenden`)).status).toBe(303);
    await h.drain();
    const sent = await p.get(`/kennisgevingen/${notice}`);
    expect(sent.html).not.toContain(`action="/kennisgevingen/${notice}/verzenden"`);
    const again = await p.post(`/kennisgevingen/${notice}/verzenden`); // a second send is refused, with a message
    expect(again.status).toBe(303);
    expect(textOf((await p.get(`/kennisgevingen/${notice}`)).html)).toContain('Dit is niet gelukt');
    const future = await p.post(`/kennisgevingen/${notice}/reactie`, {
      reactie: 'akkoord',
      ontvangenOp: '2030-01-01',
      kanaal: 'balie',
    });
    expect(future.status).toBe(400);
    expect(future.html).toMatch(/id="veld-ontvangenOp-fout"[^>]*>.*mag niet in de toekomst liggen/);
    const ok = await p.post(`/kennisgevingen/${notice}/reactie`, {
      reactie: 'niet-akkoord',
      ontvangenOp: '2026-11-23',
      kanaal: 'telefoon',
    });
    expect(ok.status).toBe(303);
    await h.drain();
    const caseText = textOf((await p.get(`/vertrekmeldingen/${id}`)).html);
    expect(caseText).toContain('Niet akkoord met het vertrek');
    expect(caseText).toContain('Risiconiveau Hoog');
  });
});

describe('voorcontrole en zoeken', () => {
  it('advises at the desk which custody holder is missing, through a POST form', async () => {
    const s = scenario('gezamenlijk-gezag');
    const p = await signedIn();
    await p.get('/voorcontrole');
    const res = await p.post('/voorcontrole', { kind: s.childBsn, aangever: s.declarantBsn!, medeondertekenaars: '' });
    expect(res.status).toBe(200);
    expect(textOf(res.html)).toContain('Vraag de ontbrekende gezaghouder om mee te doen');
    expect(textOf(res.html)).toMatch(/Ontbrekende gezaghouders B(as)?\.? Jansen/);
    const empty = await p.post('/voorcontrole', { kind: '', aangever: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('Er zijn 2 fouten in het formulier');
  });

  it('finds cases by BSN through a POST form and links them by id only', async () => {
    const s = scenario('gezamenlijk-gezag');
    const p = await signedIn();
    await p.get('/zoeken');
    const res = await p.post('/zoeken', { burgerservicenummer: s.childBsn });
    expect(res.status).toBe(200);
    const found = links(res.html, 'vertrekmeldingen');
    expect(found).toEqual([await caseOf('gezamenlijk-gezag')]);
    for (const href of res.html.matchAll(/(?:href|action)="([^"]*)"/g)) expect(href[1]).not.toContain(s.childBsn);
    const logged = await h.rows(
      sql`SELECT * FROM audit_log WHERE operation = 'zoeken:1' AND actor_sub = 'dev-gemeente'`,
    );
    expect(logged.length).toBeGreaterThan(0);
  });
});
