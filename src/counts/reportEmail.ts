import type { EmailMessage } from '../mail/emailMessage';
import { utf8ToBase64 } from '../utils/base64';
import { escapeHtml } from '../utils/html';
import { reportLabels } from './labels';
import { evaluationReport, type CountRow } from './report';
import { reportCsv, reportTablesHtml, reportText, smallCellNote } from './renderReport';
import { reportMonths } from './reportOutput';

/** Where else the numbers are: the attachment, and the report page for staff. */
const elsewhere = 'De cijfers staan ook in de bijlage (CSV), en op /admin/rapport/ van de website voor wie in de redactie mag opslaan.';

/** The report's title for the months up to `month`. */
export const reportTitle = (month: string) => `Hallo jij! in cijfers, tot en met ${new Intl.DateTimeFormat('nl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))}`;

/** The report as an HTML fragment (heading, tables, the small-cell note): the e-mail's body and /admin/'s report page. */
export function reportBodyHtml(rows: readonly CountRow[], month: string): string {
  const report = evaluationReport(rows, { month, months: reportMonths });
  return `<h1 style="font-size:24px;margin:0 0 8px">${escapeHtml(reportTitle(month))}</h1><p style="margin:0 0 8px">Aantallen per maand, de laatste ${reportMonths} maanden, nieuwste eerst.</p><p style="margin:0 0 16px;color:#4a423d">${escapeHtml(smallCellNote)}</p>${reportTablesHtml(report, reportLabels())}`;
}

/**
 * The project leader's e-mail: the report for the months up to `month` as HTML tables with bars,
 * as text, and as a CSV attachment. Only numbers under the small-cell rule: no person in it.
 */
export function reportEmail(rows: readonly CountRow[], options: { from: string; to: string; month: string }): EmailMessage {
  const { month } = options;
  const report = evaluationReport(rows, { month, months: reportMonths });
  const labels = reportLabels();
  return {
    from: options.from,
    to: [options.to],
    subject: reportTitle(month),
    text: `${reportTitle(month)}\n\n${reportText(report, labels)}\n\n${elsewhere}\n`,
    html: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(reportTitle(month))}</title></head><body style="font-family:Arial,sans-serif;color:#1d1a18;margin:0;padding:16px">${reportBodyHtml(rows, month)}<p style="margin:16px 0 0;color:#4a423d">${escapeHtml(elsewhere)}</p></body></html>`,
    attachments: [{ filename: `hallojij-cijfers-${month}.csv`, content: utf8ToBase64(reportCsv(report, labels)) }],
  };
}
