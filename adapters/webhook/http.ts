// Webhook delivery over HTTP(S) with a timeout; any non-2xx answer is a failure to retry.
import type { WebhookPort } from '../../src/ports/webhook.ts';

export class WebhookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookError';
  }
}

export function createHttpWebhook(timeoutMs = 10_000, f: typeof fetch = fetch): WebhookPort {
  return {
    async post(url, body, headers) {
      let res: Response;
      try {
        res = await f(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(timeoutMs) });
      } catch (err) {
        throw new WebhookError(`unreachable (${(err as Error).name})`);
      }
      await res.body?.cancel();
      if (res.status < 200 || res.status > 299) throw new WebhookError(`answered ${res.status}`);
    },
  };
}
