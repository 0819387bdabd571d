import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  contactSchema,
  giftItemSchema,
  helpLineSchema,
  meetupSchema,
  pageSchema,
  practiceSchema,
  topicSchema,
  villageSchema,
} from './content/schemas';
import { dataFiles, type DataCollection } from './content/dataFiles';

/** Long texts, one MDX file per language and page: `content/pages/<lang>/<slug>.mdx`. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.{md,mdx}' }),
  schema: pageSchema,
});

/** Facts that appear in more than one place, each written once in `content/data/<name>.yaml`. */
const dataFile = (collection: DataCollection) => file(`./content/data/${dataFiles[collection]}`);

export const collections = {
  pages,
  helpLines: defineCollection({ loader: dataFile('helpLines'), schema: helpLineSchema }),
  contacts: defineCollection({ loader: dataFile('contacts'), schema: contactSchema }),
  topics: defineCollection({ loader: dataFile('topics'), schema: topicSchema }),
  giftPackage: defineCollection({ loader: dataFile('giftPackage'), schema: giftItemSchema }),
  villages: defineCollection({ loader: dataFile('villages'), schema: villageSchema }),
  meetups: defineCollection({ loader: dataFile('meetups'), schema: meetupSchema }),
  practices: defineCollection({ loader: dataFile('practices'), schema: practiceSchema }),
};
