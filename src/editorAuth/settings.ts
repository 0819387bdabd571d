import * as z from 'zod/mini';

/** The repository the editor saves to when CMS_GITHUB_REPO is not set (build and Worker alike). */
export const defaultEditorRepository = 'gemeente-heusden/hallojij';

/**
 * The settings of the editor's GitHub login, read from the Worker's environment like the mail
 * settings (src/delivery/mailSettings.ts). CMS_GITHUB_CLIENT_SECRET is a secret (`wrangler secret put`).
 * The two origins exist for GitHub Enterprise and for the local stand-in the tests use.
 */
export const editorAuthSettingsSchema = z.object({
  CMS_GITHUB_CLIENT_ID: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,100}$/)),
  CMS_GITHUB_CLIENT_SECRET: z.string().check(z.minLength(1), z.maxLength(200)),
  CMS_GITHUB_REPO: z._default(z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/)), defaultEditorRepository),
  CMS_GITHUB_ORIGIN: z._default(z.url({ protocol: /^https?$/ }), 'https://github.com'),
  CMS_GITHUB_API_ORIGIN: z._default(z.url({ protocol: /^https?$/ }), 'https://api.github.com'),
});
export type EditorAuthSettings = z.infer<typeof editorAuthSettingsSchema>;

/**
 * The login settings, or the names of those missing or wrong (never their values), so the
 * login page can say it is not set up and the log can say which setting to fix.
 */
export function readEditorAuthSettings(env: { readonly [Name in keyof EditorAuthSettings]?: string | undefined }): { ok: true; settings: EditorAuthSettings } | { ok: false; problems: string[] } {
  const parsed = editorAuthSettingsSchema.safeParse(env);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, problems: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))] };
}
