import * as z from 'zod/mini';

/** The mail settings the Worker reads from its environment (plus each form's inbox). */
export const mailConfigSchema = z.object({
  RESEND_API_KEY: z.string().check(z.minLength(1)),
  /** "Hallo jij! <hallojij@heusden.nl>" or a bare address. */
  MAIL_FROM: z.string().check(z.regex(/^([^<>\r\n]+<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/)),
  /** The Resend API address; a local Resend-compatible server in development and tests. */
  RESEND_BASE_URL: z.optional(z.url()),
});
export type MailConfig = z.infer<typeof mailConfigSchema> & { inbox: string };

/** The setting naming a form's team inbox, or the project leader's inbox for the evaluation's report. */
export type InboxSetting = 'REGISTRATION_INBOX' | 'CALLBACK_INBOX' | 'REPORT_INBOX';

/** The mail settings as the Worker's environment holds them: strings, any of them possibly missing. */
export type MailSettings = { readonly [Name in keyof MailConfig | InboxSetting as Exclude<Name, 'inbox'>]?: string | undefined };

/**
 * Reads the mail settings and the team inbox of one form (REGISTRATION_INBOX, CALLBACK_INBOX),
 * or names what is missing or wrong (the variable, never its value), so the function can answer
 * 503 and log which setting to fix.
 */
export function readMailConfig(
  env: MailSettings,
  inboxSetting: InboxSetting = 'REGISTRATION_INBOX',
): { ok: true; config: MailConfig } | { ok: false; problems: string[] } {
  const settings = mailConfigSchema.safeParse(env);
  const inbox = z.email().safeParse(env[inboxSetting]);
  if (settings.success && inbox.success) return { ok: true, config: { ...settings.data, inbox: inbox.data } };
  const problems = (settings.error?.issues ?? []).map((issue) => String(issue.path[0]));
  return { ok: false, problems: [...new Set([...problems, ...(inbox.success ? [] : [inboxSetting])])] };
}
