import { useTranslations } from '../i18n/useTranslations';
import { areaIds, scaleMax, type AreaScores } from '../selfCheck/areas';
import { escapeHtml } from '../utils/html';

const dutch = useTranslations('nl');
const heading = 'Hoe gaat het met haar? Haar eigen antwoorden op "Hoe gaat het met je?" (1 = niet goed, 5 = heel goed)';
/** Bar length in steps: one step per half point of the scale. */
const barSteps = scaleMax * 2;

const scoreText = (score: number) => `${String(score).replace('.', ',')} van ${scaleMax}`;
const filledSteps = (score: number) => Math.round(score * 2);

/**
 * Her self-check for the team, in plain text: per area (in Dutch) her score and a bar of it, so
 * the shape shows in any mail program, also in a sealed (text-only) e-mail.
 */
export function selfCheckLines(scores: AreaScores): string[] {
  const width = Math.max(...areaIds.map((id) => dutch(`selfCheck.area.${id}`).length));
  return [
    heading,
    ...areaIds.map((id) => `${dutch(`selfCheck.area.${id}`).padEnd(width)}  ${'█'.repeat(filledSteps(scores[id]))}${'░'.repeat(barSteps - filledSteps(scores[id]))}  ${scoreText(scores[id])}`),
  ];
}

/** The same as an HTML table whose bars are table cells, so they show in Outlook and Gmail alike. */
export function selfCheckTable(scores: AreaScores): string {
  const bar = (score: number) =>
    Array.from({ length: barSteps }, (_, step) => `<td width="10" height="14" bgcolor="${step < filledSteps(score) ? '#7d2948' : '#eee4e7'}"></td>`).join('');
  const rows = areaIds
    .map((id) => `<tr><th align="left" style="padding:4px 8px 4px 0">${escapeHtml(dutch(`selfCheck.area.${id}`))}</th><td><table cellpadding="0" cellspacing="1"><tr>${bar(scores[id])}</tr></table></td><td style="padding-left:8px">${escapeHtml(scoreText(scores[id]))}</td></tr>`)
    .join('\n');
  return `<h2 style="font-size:16px">${escapeHtml(heading)}</h2>
<table cellpadding="0" cellspacing="0">
${rows}
</table>`;
}
