// Verifies the audit log's hash chain: npm run audit:verify. Exits 1 and names the first altered entry.
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/bootstrap.ts';
import { sealAudit, verifyAudit } from '../src/audit/seal.ts';

const config = loadConfig(process.env);
const database = await openDatabase(config);
if (process.argv.includes('--seal')) await database.atomic(await sealAudit(database));
const result = await verifyAudit(database);
await database.close();
if (result.ok) {
  console.log(`logboek in orde: ${result.checked} regels gecontroleerd, ${result.unsealed} nog niet verzegeld`);
} else {
  console.error(`logboek GEWIJZIGD: regel ${result.brokenAt} (${result.reason}); ${result.checked} regels ervoor zijn in orde`);
  process.exit(1);
}
