// When an action comes too late: the page then says how things stand now instead of showing an error page.
import { AppError, ConflictError } from '../../app/errors.ts';

/**
 * Someone else was first: the state no longer allows the action (a refusal), or another action changed the record
 * between reading and writing (a lost race).
 */
export const isConflict = (error: unknown): boolean =>
  (error instanceof AppError && error.code === 'conflict') || error instanceof ConflictError;

/** The refusal's own words, when there are any. */
export const conflictDetail = (error: unknown): string => (error instanceof AppError ? error.detail : '');
