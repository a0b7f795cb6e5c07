// The handler for each queue: thin wrappers that hand the job's payload to the domain's shell functions.
import type { Deps } from '../deps.ts';
import type { JobHandlers } from './runner.ts';
import { assessCase } from './assess-case.ts';
import { handleImmigration } from './immigration.ts';
import { closeCaseOps } from './closure.ts';
import { deliverNotification, notificationDeliveryDead } from './deliver-notification.ts';
import { deliverSignal, signalDeliveryDead } from './deliver-signal.ts';
import { sealAudit } from '../audit/seal.ts';
import { purgeExpired } from './retention.ts';

const str = (v: unknown) => String(v);
const optNum = (v: unknown) => (v === undefined || v === null ? undefined : Number(v));

export function createHandlers(deps: Deps): JobHandlers {
  return {
    'assess-case': { run: (j) => assessCase(deps, str(j.payload.caseId)) },
    immigration: { run: (j) => handleImmigration(deps, str(j.payload.eventRecordId)) },
    'close-case': { run: (j) => closeCaseOps(deps, str(j.payload.caseId), 'afgesloten', 'immigratie') },
    'deliver-notification': {
      run: (j) => deliverNotification(deps, str(j.payload.notificationId), optNum(j.payload.followUp)),
      dead: (j, reason) => notificationDeliveryDead(deps, str(j.payload.notificationId), reason, optNum(j.payload.followUp)),
    },
    'deliver-signal': {
      run: (j) => deliverSignal(deps, str(j.payload.signalId), Number(j.payload.seq)),
      dead: (j) => signalDeliveryDead(deps, str(j.payload.signalId)),
    },
    'seal-audit': { run: () => sealAudit(deps.database) },
    retention: { run: () => purgeExpired(deps) },
  };
}
