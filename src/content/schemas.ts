import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';

/** A text given in every one of the site's languages; a missing language is a build error. */
export const localizedText = z.object(
  Object.fromEntries(localeCodes.map((code) => [code, z.string().trim().min(1)])) as Record<
    Locale,
    z.ZodString
  >,
);

/** Where a translation stands: the Dutch source, checked by a native speaker, or a draft. */
export const translationStatus = z.enum(['source', 'reviewed', 'draft']);

/** Frontmatter of a page under `content/pages/<lang>/<slug>.mdx`. */
export const pageSchema = z.object({
  title: z.string().trim().min(1).max(70),
  description: z.string().trim().min(1).max(160),
  translationStatus,
});

/** A phone line for urgent help (112, Veilig Thuis...), in `content/data/help-lines.yaml`. */
export const helpLineSchema = z.object({
  /** The line's own name, not translated ("Veilig Thuis"). */
  name: z.string().trim().min(1),
  /** The number as people write it in the Netherlands, e.g. "0800-2000". */
  phone: z.string().regex(/^[0-9+][0-9 -]+$/),
  /** What the line is for, in a few words per language. */
  description: localizedText,
  /** Shown in the one-line urgent-help strip on every page. */
  inStrip: z.boolean().default(false),
});
