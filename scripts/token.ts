// Mints a bearer token from the local dev issuer: npm run token -- --rol gemeente --gemeente 0363 [--sub naam]
// Refuses to run in production or when a real identity provider is configured.
import { parseArgs } from 'node:util';
import { ROLES } from '../src/app/auth/principal.ts';
import { isDevAuth, loadConfig } from '../src/config.ts';
import { devIssuerKeyFile, loadOrCreateKey, mintToken } from '../src/dev-issuer.ts';
import { dataDirOf } from '../src/platform/node.ts';

const config = loadConfig(process.env);
if (config.NODE_ENV === 'production' || !isDevAuth(config)) {
  console.error('npm run token works only in dev mode (no AUTH_JWKS_URL/AUTH_JWKS_FILE, NODE_ENV not production).');
  process.exit(2);
}
const { values } = parseArgs({
  options: {
    rol: { type: 'string', multiple: true, default: ['gemeente'] },
    gemeente: { type: 'string', multiple: true, default: [] },
    sub: { type: 'string', default: 'dev-gebruiker' },
    ttl: { type: 'string', default: '28800' },
  },
});
const unknown = values.rol!.filter((r) => !(ROLES as readonly string[]).includes(r));
if (unknown.length) {
  console.error(`unknown role(s): ${unknown.join(', ')}; choose from ${ROLES.join(', ')}`);
  process.exit(2);
}
const jwk = await loadOrCreateKey(devIssuerKeyFile(dataDirOf(config)));
const token = await mintToken(
  jwk,
  { sub: values.sub!, roles: values.rol!, ...(values.gemeente!.length ? { gemeentecodes: values.gemeente } : {}) },
  { ttlSeconds: Number(values.ttl) },
);
process.stdout.write(`${token}\n`);
