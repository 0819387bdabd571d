import { escapeHtml } from '../utils/html';
import { dimensionNames, formNames, type ReportLabels } from './labels';
import type { MonthReport, Shown } from './report';

const dutchMonth = (month: string) => new Intl.DateTimeFormat('nl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
const shownText = (count: Shown) => String(count);

/** The legend of the small-cell rule, in the report and its e-mail. */
export const smallCellNote =
  '<5: minder dan vijf, het precieze aantal blijft verborgen. ≥5: vijf of meer, verborgen omdat je anders een aantal onder vijf zou kunnen uitrekenen. Er staat niemand in dit overzicht: alleen aantallen per maand.';

/**
 * The report as HTML tables, with each bar drawn as a table cell of a given width and colour, so
 * it shows in Outlook and Gmail alike (no CSS bars, no images, no script). Inline styles only.
 */
export function reportTablesHtml(report: readonly MonthReport[], labels: ReportLabels): string {
  const cell = 'padding:4px 8px;border-bottom:1px solid #e4dcd6;vertical-align:middle';
  const bar = (share: number) =>
    share > 0
      ? `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="${Math.max(2, Math.round(share * 100))}%"><tr><td bgcolor="#7d2948" height="12" style="background:#7d2948;height:12px;font-size:1px;line-height:1px">&nbsp;</td></tr></table>`
      : '';
  return report
    .map((month) => {
      const forms = month.forms
        .map((form) => {
          const heading = `<h3 style="margin:16px 0 4px;font-size:16px">${escapeHtml(formNames[form.form] ?? form.form)}: ${escapeHtml(shownText(form.total))}</h3>`;
          if (form.total === 0) return heading;
          const tables = form.breakdowns
            .map((breakdown) => {
              const rows = breakdown.rows
                .map((row) => `<tr><td style="${cell}">${escapeHtml(labels(breakdown.dimension, row.value))}</td><td align="right" style="${cell};white-space:nowrap">${escapeHtml(shownText(row.count))}</td><td width="50%" style="${cell}">${bar(row.share)}</td></tr>`)
                .join('');
              return `<table cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;max-width:640px;margin:4px 0 12px"><caption style="text-align:left;font-weight:bold;padding:4px 0">${escapeHtml(dimensionNames[breakdown.dimension])}</caption><tr><th align="left" style="${cell}">&nbsp;</th><th align="right" style="${cell}">Aantal</th><th style="${cell}">&nbsp;</th></tr>${rows}</table>`;
            })
            .join('');
          return heading + tables;
        })
        .join('');
      return `<h2 style="margin:24px 0 8px;font-size:20px">${escapeHtml(dutchMonth(month.month))}</h2>${forms}`;
    })
    .join('');
}

/** The report as plain text: the e-mail's text part and `npm run report`. */
export function reportText(report: readonly MonthReport[], labels: ReportLabels): string {
  const lines: string[] = [];
  for (const month of report) {
    lines.push(dutchMonth(month.month), '='.repeat(dutchMonth(month.month).length));
    for (const form of month.forms) {
      lines.push(`${formNames[form.form] ?? form.form}: ${shownText(form.total)}`);
      if (form.total === 0) continue;
      for (const breakdown of form.breakdowns) {
        lines.push(`  ${dimensionNames[breakdown.dimension]}`);
        for (const row of breakdown.rows) lines.push(`    ${labels(breakdown.dimension, row.value).padEnd(36)} ${shownText(row.count).padStart(4)}`);
      }
    }
    lines.push('');
  }
  lines.push(smallCellNote);
  return lines.join('\n');
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The report as CSV (the e-mail's attachment): month, form, part, value, name, count; the same numbers as the tables. */
export function reportCsv(report: readonly MonthReport[], labels: ReportLabels): string {
  const lines = ['month,form,dimension,value,label,count'];
  for (const month of report)
    for (const form of month.forms) {
      lines.push([month.month, form.form, 'total', '', '', shownText(form.total)].map(csvField).join(','));
      for (const breakdown of form.breakdowns) for (const row of breakdown.rows) lines.push([month.month, form.form, breakdown.dimension, row.value, labels(breakdown.dimension, row.value), shownText(row.count)].map(csvField).join(','));
    }
  return `${lines.join('\r\n')}\r\n`;
}
