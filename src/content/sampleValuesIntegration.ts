import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findSampleValues } from './sampleValues';

/**
 * Lists every sample value still in `content/data/` at each build, and fails a production build
 * (`npm run build:production`, HALLOJIJ_PRODUCTION=1) while any remain: a made-up phone number
 * must never reach a mother.
 */
export function sampleValuesIntegration(): AstroIntegration {
  return {
    name: 'hallojij-sample-values',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const samples = findSampleValues(fileURLToPath(new URL('content/data/', config.root)));
        if (samples.length === 0) return;
        const list = samples.map((sample) => `${sample.file}: ${sample.id}`).join('\n  ');
        if (process.env.HALLOJIJ_PRODUCTION === '1') {
          throw new Error(`Sample values are still in content/data; replace them with the real ones:\n  ${list}`);
        }
        logger.warn(`${samples.length} sample value(s) still to replace with real data:\n  ${list}`);
      },
    },
  };
}
