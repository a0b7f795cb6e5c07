// A use case that refuses says why in domain terms; HTTP maps this to problem+json, the pages to a page.
import type { Refusal, RefusalCode } from '../core/decision.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';

/** A lost race in the store: the edges answer 409 (re-exported so they need not reach into the store). */
export { ConflictError } from '../store/database.ts';

export interface InvalidParam {
  name: string;
  reason: string;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: RefusalCode | 'too-many',
    readonly detail: string,
    readonly extra: { invalidParams?: InvalidParam[]; currentStatus?: string; id?: string } = {},
  ) {
    super(detail);
  }
}

export const notFound = (detail: string) => new AppError('not-found', detail);
export const forbidden = (detail = 'U heeft geen toegang tot deze gegevens.') => new AppError('forbidden', detail);
export const conflict = (detail: string, extra: AppError['extra'] = {}) => new AppError('conflict', detail, extra);
export const invalid = (invalidParams: InvalidParam[], detail = 'De invoer is ongeldig.') =>
  new AppError('invalid', detail, { invalidParams });

export function fromRefusal(r: Refusal): AppError {
  return new AppError(r.code, r.detail, {
    ...(r.currentStatus ? { currentStatus: r.currentStatus } : {}),
    ...(r.field ? { invalidParams: [{ name: r.field, reason: r.detail }] } : {}),
  });
}

/**
 * A job's failure that still leaves a trace: the writes in `uow` (e.g. an attempt counted) are committed while the
 * job itself is retried or dead-lettered.
 */
export class FailedWith extends Error {
  override name = 'FailedWith';
  constructor(
    readonly failure: unknown,
    readonly uow: UnitOfWork,
  ) {
    super((failure as Error)?.message ?? 'failed');
  }
}
