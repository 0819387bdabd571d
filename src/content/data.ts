import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'yaml';
import { dataFiles, type DataCollection } from './dataFiles';


/**
 * The entries of a data collection in the order of their YAML file: the order editors write is
 * the order visitors see (help lines by urgency). YAML parsing reads the JSON files too. Astro's content store does not keep it.
 */
export async function getDataEntries<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const file = join(process.cwd(), 'content/data', dataFiles[collection]);
  const order = (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((item) => item.id);
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
