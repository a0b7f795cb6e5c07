// The jobs that hand a SIS request, or its withdrawal, to the competent authority, and ask it for news.
import { type NewJob, QUEUES } from '../../ports/jobs.ts';

export const sisHandOverJob = (requestId: string, what: 'request' | 'withdraw'): NewJob => ({
  id: `sis-hand-over:${requestId}:${what}`,
  queue: QUEUES.sisHandOver.name,
  key: `sis:${requestId}`,
  payload: { requestId, what },
});
