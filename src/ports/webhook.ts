// Port for pushing a signal CloudEvent to a recipient organisation's webhook.
export interface WebhookPort {
  /** Resolves on a 2xx answer; throws otherwise (the job retries with back-off). */
  post(url: string, body: string, headers: Record<string, string>): Promise<void>;
}
