import { describe, expect, it } from 'vitest';
import { brokenByteBudgets } from '../../bench/bytes.mjs';
import { measureRun, whyNothingMeasured } from '../../bench/lighthouseRuns.mjs';

/** A Lighthouse report as the bench reads it, with an LCP of `lcpMs`. */
const report = (lcpMs: number) => ({
  categories: { performance: { score: 0.98 }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: 1 } },
  audits: {
    'largest-contentful-paint': { id: 'largest-contentful-paint', score: 1, scoreDisplayMode: 'numeric', numericValue: lcpMs },
    'total-blocking-time': { id: 'total-blocking-time', score: 1, scoreDisplayMode: 'numeric', numericValue: 120 },
    'cumulative-layout-shift': { id: 'cumulative-layout-shift', score: 1, scoreDisplayMode: 'numeric', numericValue: 0 },
    'total-byte-weight': { id: 'total-byte-weight', score: 1, scoreDisplayMode: 'numeric', numericValue: 9000 },
    'network-requests': { id: 'network-requests', score: null, scoreDisplayMode: 'informative', details: { items: [] } },
  },
});
const noFcp = { runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.\nPlease ensure you keep the browser window in the foreground.' }, categories: { performance: { score: null } }, audits: {} };

describe('a bench Lighthouse run that measured nothing', () => {
  it('says why in one line', () => {
    expect(whyNothingMeasured(report(812))).toBe('');
    expect(whyNothingMeasured(undefined)).toBe('no report');
    expect(whyNothingMeasured(noFcp)).toBe('NO_FCP: The page did not paint any content. Please ensure you keep the browser window in the foreground.');
    const withoutScore = report(812);
    withoutScore.categories.seo.score = null as unknown as number;
    expect(whyNothingMeasured(withoutScore)).toBe('no seo score');
    const withoutLcp = report(Number.NaN);
    Object.assign(withoutLcp.audits['largest-contentful-paint'], { errorMessage: 'NO_LCP' });
    expect(whyNothingMeasured(withoutLcp)).toBe('largest-contentful-paint: NO_LCP');
    const { 'total-byte-weight': _, ...audits } = report(812).audits;
    expect(whyNothingMeasured({ ...report(812), audits })).toBe('no total-byte-weight audit');
  });

  it('is logged with its page and reason and run again, and the next run counts', async () => {
    const reports = [noFcp, report(Number.NaN), report(790)];
    const lines: string[] = [];
    const { numbers, reruns } = await measureRun({ runLighthouse: async () => reports.shift(), path: '/ti/aanmelden/', round: 3, log: (line: string) => lines.push(line) });
    expect(numbers?.lcpMs).toBe(790);
    expect(numbers?.performance).toBe(98);
    expect(reruns.map((rerun) => [rerun.run, rerun.attempt])).toEqual([[3, 1], [3, 2]]);
    expect(lines).toEqual([
      '/ti/aanmelden/ run 3 measured nothing (NO_FCP: The page did not paint any content. Please ensure you keep the browser window in the foreground.), running it again',
      '/ti/aanmelden/ run 3 measured nothing (largest-contentful-paint: NaN), running it again',
    ].map((line) => `lighthouse: ${line}`));
  });

  it('is run again a bounded number of times, then not counted', async () => {
    const lines: string[] = [];
    let calls = 0;
    const runLighthouse = async () => {
      calls += 1;
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9222'), { code: 'ECONNREFUSED' });
    };
    const { numbers, reruns } = await measureRun({ runLighthouse, path: '/nl/', round: 1, attempts: 3, log: (line: string) => lines.push(line) });
    expect(numbers).toBeUndefined();
    expect(calls).toBe(3);
    expect(reruns).toHaveLength(3);
    expect(lines.at(-1)).toBe('lighthouse: /nl/ run 1 measured nothing (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9222), 3 attempts, not counted');
  });
});

describe('the self-check pages carry no script of their own', () => {
  const page = (path: string, slug: string, scripts: string[]) => ({ path, lang: 'ar', slug, htmlBrotli: 5000, cssBrotli: 0, jsBrotli: 0, scriptBrotli: 200, fontBytes: 0, scripts });
  const others = [page('/ar/', 'home', ['inline:offline', 'inline:listen']), page('/ar/aanmelden/', 'aanmelden', ['inline:offline', 'inline:form']), page('/ar/verwijzers/', 'verwijzers', ['inline:copy'])];

  it('may have the scripts of the home, sign-up or questions page of its language', () => {
    const selfCheck = page('/ar/hoe-gaat-het/', 'hoe-gaat-het', ['inline:offline', 'inline:listen', 'inline:form']);
    expect(brokenByteBudgets([...others, selfCheck])).toEqual([]);
  });

  it('breaks a budget with any other, also as the Worker sends the result', () => {
    const selfCheck = page('/ar/hoe-gaat-het/', 'hoe-gaat-het', ['inline:offline', 'inline:copy']);
    expect(brokenByteBudgets([...others, selfCheck])).toEqual(['/ar/hoe-gaat-het/: script not on the ar home, sign-up or questions page (inline:copy)']);
    const result = page('POST /api/self-check?lang=ar', 'hoe-gaat-het/uitkomst', ['inline:offline', 'src:/_astro/chart.js']);
    expect(brokenByteBudgets([result], { scriptsFrom: others })).toEqual(['POST /api/self-check?lang=ar: script not on the ar home, sign-up or questions page (src:/_astro/chart.js)']);
  });
});
