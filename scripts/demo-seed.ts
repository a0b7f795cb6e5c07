// Posts every demo scenario of the built-in fake BRP to a running service (npm start), as its BRP would:
// npm run demo:seed [-- --url http://localhost:8080]. Uses a dev token, so it works in dev mode only.
import { parseArgs } from 'node:util';
import { DEMO_MUNICIPALITIES, demoEvents } from '../adapters/brp/demo-events.ts';
import { DEMO_SCENARIOS } from '../adapters/brp/demo-persons.ts';
import { loadConfig } from '../src/config.ts';
import { devIssuerKeyFile, loadOrCreateKey, mintToken } from '../src/dev-issuer.ts';
import { dataDirOf } from '../src/platform/node.ts';

const { values } = parseArgs({
  options: { url: { type: 'string', default: `http://localhost:${process.env.PORT ?? 8080}` } },
});
const config = loadConfig(process.env);
const jwk = await loadOrCreateKey(devIssuerKeyFile(dataDirOf(config)));
const token = await mintToken(jwk, { sub: 'demo-brp', roles: ['brp-bron'], gemeentecodes: DEMO_MUNICIPALITIES });
const res = await fetch(`${values.url}/api/v1/gebeurtenissen`, {
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/cloudevents-batch+json' },
  body: JSON.stringify(demoEvents()),
});
const body = (await res.json()) as { id: string; status: string }[];
console.log(`HTTP ${res.status}: ${Array.isArray(body) ? body.length : 0} scenario's aangeboden`);
if (Array.isArray(body))
  for (const [i, r] of body.entries())
    console.log(`  ${DEMO_SCENARIOS[i].key.padEnd(34)} ${r.status.padEnd(10)} /api/v1/vertrekmeldingen/${r.id}`);
else console.log(body);
