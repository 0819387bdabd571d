import type { OutboxMessage } from '../src/delivery/outboxMessage';

/**
 * The Worker's environment, typed once here from @cloudflare/workers-types: the bindings of
 * wrangler.toml and the settings (Cloudflare variables and secrets, strings that may be missing;
 * each part of the Worker names the missing one in its log). Code in src/ asks for the part it
 * needs (src/submissions/bindings.ts, src/delivery/mailSettings.ts, src/editorAuth/settings.ts),
 * and this type fits each of them without a cast.
 */
export interface Env {
  /** The built site (dist/): the form pages a refused post is answered with. */
  ASSETS: Fetcher;
  /** Per-client submission counter (a salted hash of the address, never the address). */
  RATE_LIMIT: KVNamespace;
  /** The outbox and its dead-letter queue. */
  OUTBOX: Queue<OutboxMessage>;
  DEAD_LETTERS: Queue<OutboxMessage>;
  /** The name of the dead-letter queue, to tell its batches from the outbox's. */
  DEAD_LETTER_QUEUE?: string;
  /** The evaluation's counts (src/counts/, migrations/): a number per month × form × language × village × route × outcome. */
  COUNTS?: D1Database;
  /** `off`: count nothing, without a deploy. */
  COUNTING?: string;
  /** The second channel: Email Routing to the team's verified inbox. */
  TEAM_MAIL?: SendEmail;
  /** Salt of every hash the Worker keeps (client addresses, e-mail addresses, versions of sealed e-mails). */
  RATE_LIMIT_SALT?: string;
  /** Confirmations and receipts per e-mail address a day (default 2; src/submissions/receiptLimit.ts). */
  RECEIPTS_PER_ADDRESS?: string;
  /** The team's OpenPGP public key(s): every e-mail to the team is sealed with them (src/mail/seal.ts). */
  TEAM_OPENPGP_KEY?: string;
  /** `accepted`: no key; the team's own mail system encrypts (src/delivery/teamMailSecurity.ts). */
  TEAM_MAIL_PLAINTEXT?: string;
  RESEND_API_KEY?: string;
  MAIL_FROM?: string;
  REGISTRATION_INBOX?: string;
  CALLBACK_INBOX?: string;
  RESEND_BASE_URL?: string;
  OUTBOX_RETRY_DELAYS?: string;
  /** The project leader's inbox for the evaluation's report (src/counts/), and its interval in weeks (default 4). */
  REPORT_INBOX?: string;
  REPORT_EVERY_WEEKS?: string;
  /** The editor's GitHub login (src/editorAuth/settings.ts): OAuth app, repository, origins. */
  CMS_GITHUB_CLIENT_ID?: string;
  CMS_GITHUB_CLIENT_SECRET?: string;
  CMS_GITHUB_REPO?: string;
  CMS_GITHUB_ORIGIN?: string;
  CMS_GITHUB_API_ORIGIN?: string;
}

/** A request handler of the Worker: one per endpoint. */
export type RequestHandler = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;
