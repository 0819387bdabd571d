import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A data entry whose values the municipality still has to confirm (`sample: true`). */
export interface SampleValue {
  file: string;
  id: string;
}

/** Every entry marked `sample: true` in the YAML and JSON files of a data folder. */
export function findSampleValues(dataDir: string): SampleValue[] {
  const found: SampleValue[] = [];
  for (const file of readdirSync(dataDir).filter((name) => /\.(ya?ml|json)$/.test(name)).sort()) {
    const entries: unknown = parse(readFileSync(join(dataDir, file), 'utf8'));
    if (!Array.isArray(entries)) continue;
    for (const entry of entries as { id?: string; sample?: boolean }[]) {
      if (entry.sample === true) found.push({ file, id: entry.id ?? '?' });
    }
  }
  return found;
}
