// One Lighthouse run of a page as the bench counts it (bench/run.mjs): the numbers it takes from
// a report, and the run again when a report measured nothing.

const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'];
const auditIds = ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'total-byte-weight'];

/**
 * Why a Lighthouse report holds no measurement, in one line ('' when it holds one): a runtime
 * error (NO_FCP, a page that did not load), a category without a score, or one of the audits the
 * bench reads missing or without a number.
 */
export function whyNothingMeasured(lhr) {
  const reason = (() => {
    if (!lhr) return 'no report';
    if (lhr.runtimeError) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
    for (const id of categoryIds) if (typeof lhr.categories?.[id]?.score !== 'number') return `no ${id} score`;
    for (const id of auditIds) {
      const audit = lhr.audits?.[id];
      if (!audit) return `no ${id} audit`;
      if (!Number.isFinite(audit.numericValue)) return `${id}: ${audit.errorMessage ?? audit.numericValue}`;
    }
    if (!Array.isArray(lhr.audits['network-requests']?.details?.items)) return 'no network-requests audit';
    return '';
  })();
  return reason.replace(/\s+/g, ' ').trim();
}

/** The numbers the bench keeps from a report that measured something. */
export const numbersOf = (lhr) => ({
  performance: lhr.categories.performance.score * 100,
  accessibility: lhr.categories.accessibility.score * 100,
  bestPractices: lhr.categories['best-practices'].score * 100,
  seo: lhr.categories.seo.score * 100,
  lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
  tbtMs: lhr.audits['total-blocking-time'].numericValue,
  cls: lhr.audits['cumulative-layout-shift'].numericValue,
  totalBytes: lhr.audits['total-byte-weight'].numericValue,
  failed: Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary').map((audit) => audit.id),
  networkRecords: lhr.audits['network-requests'].details.items,
});

/**
 * Run `round` of `path`: `runLighthouse(path)` resolves to a report (or throws). A report that
 * measured nothing is logged in one line with its reason and run again at once, up to `attempts`
 * runs in all. Resolves to the numbers, or to undefined when no attempt measured anything; every
 * failed attempt is in `reruns` ({run, attempt, reason}).
 */
export async function measureRun({ runLighthouse, path, round, attempts = 3, log = console.log }) {
  const reruns = [];
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    let lhr;
    let reason;
    try {
      lhr = await runLighthouse(path);
      reason = whyNothingMeasured(lhr);
    } catch (error) {
      reason = `${error.code ?? error.name}: ${error.message}`.replace(/\s+/g, ' ');
    }
    if (!reason) return { numbers: numbersOf(lhr), reruns };
    reruns.push({ run: round, attempt, reason });
    log(`lighthouse: ${path} run ${round} measured nothing (${reason}), ${attempt < attempts ? 'running it again' : `${attempts} attempts, not counted`}`);
  }
  return { numbers: undefined, reruns };
}
