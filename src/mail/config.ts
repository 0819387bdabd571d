import * as z from 'zod';

/** The mail settings the functions read from their environment. */
export const mailConfigSchema = z.object({
  RESEND_API_KEY: z.string().min(1),
  /** "Hallo jij! <hallojij@heusden.nl>" or a bare address. */
  MAIL_FROM: z.string().regex(/^([^<>\r\n]+<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/),
  REGISTRATION_INBOX: z.email(),
  /** The Resend API address; a local Resend-compatible server in development and tests. */
  RESEND_BASE_URL: z.url().optional(),
});
export type MailConfig = z.infer<typeof mailConfigSchema>;

/**
 * Reads the mail settings, or names what is missing or wrong (the variable, never its value),
 * so the function can answer 503 and log which setting to fix.
 */
export function readMailConfig(env: Record<string, unknown>): { ok: true; config: MailConfig } | { ok: false; problems: string[] } {
  const result = mailConfigSchema.safeParse(env);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, problems: [...new Set(result.error.issues.map((issue) => String(issue.path[0])))] };
}
