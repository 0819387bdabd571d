import { getLocaleDir, type Locale } from '../i18n/locales';
import type { EmailMessage } from './emailMessage';
import { escapeHtml } from '../utils/html';
import { headerSafe } from './headerSafe';

/** A language's name in Dutch for the team ("Arabisch"), or the words she wrote. */
export function dutchLanguageName(code: string): string {
  try {
    return /^[a-z]{2,3}$/.test(code) ? (new Intl.DisplayNames('nl', { type: 'language' }).of(code) ?? code) : code;
  } catch {
    return code;
  }
}

/**
 * What an inbox shows of a team e-mail before it is opened: only its kind and reference. Her answers
 * start further down, after a line that says so (text), and after a hidden preview text padded with
 * invisible characters (HTML), so a list of e-mails on a shared screen shows nothing of her. (A
 * sealed e-mail shows only its armour anyway.)
 */
export function teamPreview(kind: string, reference: string): { text: string; html: string } {
  const line = `${kind} ${reference}. Alleen voor het Hallo jij!-team; de gegevens staan verderop in deze e-mail.`;
  return {
    text: `${line}\n${'_'.repeat(40)}`,
    html: `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(line)}${'&#847;&zwnj;&nbsp;'.repeat(90)}</div>`,
  };
}

/** Label/value rows as an HTML table, every value escaped, each cell in its own direction. */
export function htmlTable(rows: readonly (readonly [string, string])[]): string {
  const cell = 'border-bottom:1px solid #ccc';
  return `<table cellpadding="6" style="border-collapse:collapse">
${rows.map(([label, value]) => `<tr><th align="left" valign="top" style="${cell}">${escapeHtml(label)}</th><td dir="auto" style="${cell};white-space:pre-wrap">${escapeHtml(value)}</td></tr>`).join('\n')}
</table>`;
}

/** A short letter in one language: paragraphs as text and as HTML with the language's direction. */
export function letter(lang: Locale, message: { from: string; to: string; subject: string; paragraphs: string[] }): EmailMessage {
  return {
    from: message.from,
    to: [message.to],
    subject: headerSafe(message.subject),
    text: message.paragraphs.join('\n\n'),
    html: `<!doctype html><html lang="${lang}" dir="${getLocaleDir(lang)}"><body style="font-family:sans-serif">
${message.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`).join('\n')}
</body></html>`,
  };
}
