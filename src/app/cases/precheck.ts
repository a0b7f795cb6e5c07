// Use case: the desk pre-check before a departure is registered. It asks the BRP, stores no case, and is recorded in
// the logboek as a read (contract §5 v2).
import { interpretCustody } from '../../core/custody.ts';
import type { AbstractDatum } from '../../core/date.ts';
import { type PrecheckResult, precheck } from '../../core/precheck.ts';
import { CHILD_FIELDS } from '../../ports/brp.ts';
import type { Actor } from '../actor.ts';
import { PURPOSES, recordReads } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { today } from '../scope.ts';

export interface PrecheckInput {
  kind: { burgerservicenummer: string };
  aangever: { burgerservicenummer: string };
  medeondertekenaars?: { burgerservicenummer: string }[];
}

export interface PrecheckAnswer extends PrecheckResult {
  custody: { type: string | null; gezaghouders: { burgerservicenummer?: string; naam?: string }[] } | null;
}

export async function runPrecheck(ctx: AppContext, actor: Actor, input: PrecheckInput): Promise<PrecheckAnswer> {
  const childBsn = input.kind.burgerservicenummer;
  const [child] = await ctx.brp.personen([childBsn], CHILD_FIELDS);
  const custody = child ? interpretCustody(child.gezag, childBsn) : null;
  const result = precheck({
    childFound: !!child,
    birthDate: child?.geboorte?.datum as AbstractDatum | undefined,
    today: today(ctx),
    custody,
    declarantBsn: input.aangever.burgerservicenummer,
    coSignerBsns: (input.medeondertekenaars ?? []).map((m) => m.burgerservicenummer),
  });
  await recordReads(ctx, actor, [
    {
      operation: `voorcontrole:${result.advice}`,
      objectType: 'voorcontrole',
      purpose: PURPOSES.precheck,
      subjectBsn: childBsn,
    },
  ]);
  return {
    ...result,
    custody: custody ? { type: custody.type, gezaghouders: custody.kind === 'held' ? custody.holders : [] } : null,
  };
}
