import * as z from 'zod/mini';
import { tallySchema } from '../counts/tally';

const emailMessageSchema = z.object({
  from: z.string(),
  to: z.array(z.string()).check(z.minLength(1)),
  subject: z.string(),
  text: z.string(),
  html: z.optional(z.string()),
  replyTo: z.optional(z.string()),
});

/**
 * One e-mail of a submission, with the Idempotency-Key every try of it carries. `sealed`: the
 * team's e-mail is encrypted for the team (src/mail/seal.ts); an unsealed one waits until the key
 * setting lets it be sealed, unless the team accepted clear text (src/delivery/teamMailSecurity.ts).
 */
export const outboxEmailSchema = z.object({
  role: z.enum(['team', 'receipt']),
  idempotencyKey: z.string().check(z.minLength(1)),
  message: emailMessageSchema,
  sealed: z.optional(z.boolean()),
  /** A sealed e-mail's version: a salted hash of its clear content (src/delivery/sentVersions.ts). */
  contentId: z.optional(z.string()),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

/**
 * What waits in the outbox queue when Resend cannot take a submission's e-mails: everything needed
 * to send them again (the team's first, then her own), and nothing else. In the dead-letter queue
 * the same message also says which e-mails did arrive and why it was given up.
 */
export const outboxMessageSchema = z.object({
  version: z.literal(1),
  form: z.string(),
  reference: z.string(),
  /** When she sent it, by the server's clock (ISO 8601): shown on a correction. */
  submittedAt: z.optional(z.string()),
  emails: z.array(outboxEmailSchema).check(z.minLength(1)),
  /** Keys of e-mails Resend accepted before the message was given up (dead-letter queue only). */
  delivered: z.optional(z.array(z.string())),
  /** The last error before it was given up (dead-letter queue only). */
  reason: z.optional(z.string()),
  /** What the evaluation counts once the team's e-mail arrives (src/counts/): no person in it. */
  tally: z.optional(tallySchema),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** The producer side of a Cloudflare Queue, as the outbox uses it. */
export interface MessageQueue {
  send(body: OutboxMessage, options?: { delaySeconds?: number }): Promise<unknown>;
}

/** One delivered queue message, as the consumers use it. */
export interface QueuedMessage {
  readonly body: unknown;
  /** How often this message has been delivered, this time included (1 the first time). */
  readonly attempts: number;
  ack(): void;
  retry(options?: { delaySeconds?: number }): void;
}
