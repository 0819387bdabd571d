import { describe, expect, it } from 'vitest';
import { reportLabels } from '../../src/counts/labels';
import { evaluationReport, lastMonths, publishedRows, suppress, type CountRow } from '../../src/counts/report';
import { reportCsv, reportTablesHtml, reportText } from '../../src/counts/renderReport';

const row = (over: Partial<CountRow>): CountRow => ({ month: '2026-11', form: 'registration', lang: 'nl', village: 'drunen', route: 'folder', outcome: 'delivered', count: 1, ...over });

describe('the small-cell rule', () => {
  it('shows a count under 5 as "<5" and every other count exactly', () => {
    expect(suppress([12, 7, 5])).toEqual([12, 7, 5]);
    expect(suppress([12, 4, 1])).toEqual([12, '<5', '<5']);
  });

  it('hides the next smallest count as "≥5" when a single small one could be worked out from the total', () => {
    expect(suppress([12, 7, 2])).toEqual([12, '≥5', '<5']);
    expect(suppress([6, 3])).toEqual(['≥5', '<5']);
  });

  it('whatever the counts, no hidden count can be worked out from the total and the numbers shown', () => {
    for (const counts of [[9], [3], [20, 1], [5, 5, 1], [8, 2, 2, 30], [1, 1, 1], [40, 6, 5, 4]]) {
      const shown = suppress(counts);
      const hidden = shown.filter((count) => typeof count !== 'number');
      expect(hidden.length === 0 || hidden.length >= 2 || counts.length === 1).toBe(true);
      counts.forEach((count, index) => expect(shown[index] === count || (count < 5 && shown[index] === '<5') || (count >= 5 && shown[index] === '≥5')).toBe(true));
    }
  });
});

describe('the report', () => {
  const rows = [
    row({ lang: 'ar', village: 'vlijmen', route: 'verloskundigen-drunen', count: 6 }),
    row({ lang: 'ar', village: 'drunen', route: 'verloskundigen-drunen', count: 4 }),
    row({ lang: 'nl', village: 'drunen', route: 'folder', count: 7 }),
    row({ lang: 'ti', village: 'drunen', route: 'folder', outcome: 'queued-delivered', count: 2 }),
    row({ form: 'callback', lang: 'en', village: '-', route: 'referrer', count: 3 }),
    row({ form: 'scan', lang: 'pl', village: '-', route: 'verloskundigen-drunen', outcome: 'scanned', count: 9 }),
    row({ month: '2026-10', lang: 'tr', count: 5 }),
    row({ month: '2025-01', lang: 'tr', count: 50 }),
  ];
  const report = evaluationReport(rows, { month: '2026-11', months: 3 });

  it('covers the months asked for, newest first, with each form\'s total and its breakdowns under the rule', () => {
    expect(lastMonths('2026-01', 3)).toEqual(['2026-01', '2025-12', '2025-11']);
    expect(report.map((month) => month.month)).toEqual(['2026-11', '2026-10', '2026-09']);
    const [signUps, callbacks, scans] = report[0]!.forms;
    expect(signUps!.total).toBe(19);
    const by = (dimension: string) => Object.fromEntries(signUps!.breakdowns.find((b) => b.dimension === dimension)!.rows.map((r) => [r.value, r.count]));
    // ti (2) alone is small, so nl (7), the next smallest, is hidden too: 19 − 10 no longer gives ti.
    expect(by('lang')).toEqual({ ar: 10, nl: '≥5', ti: '<5' });
    expect(by('village')).toEqual({ drunen: 13, vlijmen: 6 });
    expect(by('route')).toEqual({ 'verloskundigen-drunen': 10, folder: 9 });
    expect(by('outcome')).toEqual({ delivered: '≥5', 'queued-delivered': '<5' });
    expect(callbacks!.total).toBe('<5');
    expect(scans!.total).toBe(9);
    expect(report[2]!.forms.map((form) => form.total)).toEqual([0, 0, 0]);
  });

  it('prints the counters as JSON rows with "<5" for small counts and never a number under 5', () => {
    const published = publishedRows(rows).rows;
    expect(published).toHaveLength(rows.length);
    expect(published[0]).toMatchObject({ month: '2026-11' });
    for (const item of published) expect(item.count === '<5' || (typeof item.count === 'number' && item.count >= 5)).toBe(true);
    expect(published.find((item) => item.lang === 'ti')).toEqual({ month: '2026-11', form: 'registration', lang: 'ti', village: 'drunen', route: 'folder', outcome: 'queued-delivered', count: '<5' });
  });

  it('draws bars as table cells and writes the same numbers in the text and the CSV, none of them under 5', () => {
    const labels = reportLabels();
    const html = reportTablesHtml(report, labels);
    expect(html).toContain('bgcolor="#7d2948"');
    expect(html).toContain('Verloskundigenpraktijk Drunen');
    expect(html).toContain('Arabisch');
    expect(html).not.toMatch(/<script|style="[^"]*(linear-gradient|display:\s*flex)/);
    const csv = reportCsv(report, labels);
    expect(csv.split('\r\n')[0]).toBe('month,form,dimension,value,label,count');
    expect(csv).toContain('2026-11,registration,lang,ti,Tigrinya,<5');
    const shownCounts = [
      ...[...html.matchAll(/<td align="right"[^>]*>([^<]*)<\/td>/g)].map((match) => match[1]!.replace('&lt;', '<')),
      ...[...html.matchAll(/<h3[^>]*>[^<]*: ([^<]*)<\/h3>/g)].map((match) => match[1]!.replace('&lt;', '<')),
      ...csv.trim().split('\r\n').slice(1).map((line) => line.split(',').at(-1)!),
      ...reportText(report, labels).split('\n').flatMap((line) => /^ {4}.* (\S+)$|^[A-Z][^:]*: (\S+)$/.exec(line)?.slice(1).filter(Boolean) ?? []),
    ];
    expect(shownCounts.length).toBeGreaterThan(30);
    for (const count of shownCounts) expect(count === '<5' || count === '≥5' || count === '0' || Number(count) >= 5, count).toBe(true);
  });
});

describe('the report\'s interval', () => {
  it('sends every REPORT_EVERY_WEEKS weeks of the weekly cron (default 4), counted from a fixed Monday', async () => {
    const { isReportWeek, reportEveryWeeksFrom } = await import('../../src/counts/reportSchedule');
    expect([undefined, '', 'monthly', '0', '53', '2.5'].map(reportEveryWeeksFrom)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(reportEveryWeeksFrom(' 2 ')).toBe(2);
    const mondays = Array.from({ length: 12 }, (_, week) => new Date(Date.UTC(2026, 0, 5 + 7 * week, 6)));
    const sent = mondays.filter((monday) => isReportWeek(monday, 4));
    expect(sent).toHaveLength(3);
    expect((sent[1]!.getTime() - sent[0]!.getTime()) / (7 * 24 * 3600 * 1000)).toBe(4);
    expect(mondays.every((monday) => isReportWeek(monday, 1))).toBe(true);
  });
});
