import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { helpLineSchema, pageSchema } from './content/schemas';

/** Long texts, one MDX file per language and page: `content/pages/<lang>/<slug>.mdx`. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.{md,mdx}' }),
  schema: pageSchema,
});

/** Urgent-help phone lines: each number written once, used by the strip and the help pages. */
const helpLines = defineCollection({
  loader: file('./content/data/help-lines.yaml'),
  schema: helpLineSchema,
});

export const collections = { pages, helpLines };
