// Verifies the logboek: npm run audit:verify [-- --seal]. Walks the hash chain from the start, checks that the newest
// anchor outside the database (AUDIT_ANCHOR_FILE, AUDIT_ANCHOR_URL) carries this service's signature and is still in
// the chain, so altered entries and removed newest entries are both found. Exits 1 and says what is wrong.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { anchorSignatureValid } from '../src/app/audit/anchor.ts';
import { sealAudit, verifyAudit } from '../src/app/audit/seal.ts';
import { compose } from '../src/compose.ts';
import { loadConfig } from '../src/config.ts';
import { dataDirOf, nodePlatform } from '../src/platform/node.ts';

const fail = (message: string): never => {
  console.error(`logboek NIET IN ORDE: ${message}`);
  process.exit(1);
};
const config = loadConfig({ ...process.env, RUN_WORKER: 'false', LOG_LEVEL: 'silent' });
// The service's key is read, never created here: a verifier that made a new key would accept nothing.
const keyFile = config.SIGNING_KEY_FILE ?? join(dataDirOf(config), 'signing-key.jwk.json');
if (!existsSync(keyFile))
  fail(`de ondertekeningssleutel (${keyFile}) ontbreekt; zonder die sleutel is het anker niet te controleren`);
const runtime = await compose(config, await nodePlatform(config));
const { ctx } = runtime;
try {
  if (process.argv.includes('--seal')) await sealAudit(ctx);
  const anchor = await ctx.anchor.latest().catch((e: Error) => fail(`het anker is niet te lezen (${e.name})`));
  if (anchor && !(await anchorSignatureValid(anchor, ctx.signer.publicJwks() as JSONWebKeySet))) {
    fail(`het anker op positie ${anchor.chainPos} is niet door deze dienst ondertekend`);
  }
  const result = await verifyAudit(ctx);
  if (result.ok && !anchor && result.checked > 0)
    fail(`${result.checked} verzegelde regels maar geen anker buiten de database: is het ankerbestand weg?`);
  if (!result.ok)
    fail(
      `${result.reason}${result.brokenAt ? ` (regel ${result.brokenAt})` : ''}; ` +
        `${result.checked} regels ervoor zijn in orde`,
    );
  const anchored = anchor ? `; verankerd tot positie ${anchor.chainPos} (${anchor.at})` : '';
  console.log(
    `logboek in orde: ${result.checked} regels gecontroleerd, ${result.unsealed} nog niet verzegeld${anchored}`,
  );
} finally {
  await runtime.close();
}
