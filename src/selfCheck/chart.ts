import { getLocale, type Script } from '../i18n/locales';
import type { Translate } from '../i18n/useTranslations';
import { escapeHtml } from '../utils/html';
import { areaIds, scaleMax, scaleValues, type AreaId, type AreaScores } from './areas';

/** What the chart needs besides her scores: the words, in her language, and how they run. */
export interface ChartWords {
  /** Each area's short name. */
  labels: Readonly<Record<AreaId, string>>;
  /** Each area's score as she reads it ("4,5"). */
  scoreText: (score: number) => string;
  /** The chart's accessible name, with every score in words. */
  title: string;
  dir: 'ltr' | 'rtl';
  script: Script;
}

const radius = 90;
const labelGap = 12;
const lineHeight = 15;
/** Characters per label line before it wraps, by script: Ethiopic and Arabic letters are wider. */
const lineLength: Record<Script, number> = { Latn: 14, Arab: 12, Ethi: 8 };

const round = (value: number) => Math.round(value * 10) / 10;

/** The point at `share` (0-1) of the way out along the axis of area `index`, mirrored for right-to-left. */
function pointOn(index: number, share: number, dir: 'ltr' | 'rtl'): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / areaIds.length;
  const x = Math.cos(angle) * radius * share;
  return [round(dir === 'rtl' ? -x : x), round(Math.sin(angle) * radius * share)];
}

/** A label's words in lines of at most `max` characters (a longer word keeps a line of its own). */
function wrap(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Her scores as a radar chart, a self-contained SVG: six axes from the top in reading direction
 * (clockwise, anti-clockwise in Arabic), rings for each step of the scale, her shape, and each
 * area's name with its score beside its axis. Calm colours: it is a picture of her week, not a
 * measurement of risk.
 */
export function radarChart(scores: AreaScores, words: ChartWords): string {
  const ring = (share: number) => areaIds.map((_, index) => pointOn(index, share, words.dir).join(',')).join(' ');
  const rings = scaleValues.map((value) => `<polygon points="${ring(value / scaleMax)}" fill="none" stroke="#d9cec6"/>`).join('');
  const axes = areaIds.map((_, index) => `<line x1="0" y1="0" x2="${pointOn(index, 1, words.dir).join('" y2="')}" stroke="#d9cec6"/>`).join('');
  const shape = areaIds.map((id, index) => pointOn(index, scores[id] / scaleMax, words.dir).join(',')).join(' ');
  const dots = areaIds.map((id, index) => {
    const [x, y] = pointOn(index, scores[id] / scaleMax, words.dir);
    return `<circle cx="${x}" cy="${y}" r="3.5" fill="#7d2948"/>`;
  }).join('');
  let top = -radius;
  let bottom = radius;
  const labels = areaIds.map((id, index) => {
    const [x, y] = pointOn(index, (radius + labelGap) / radius, words.dir);
    const lines = [...wrap(words.labels[id], lineLength[words.script]).map((line) => escapeHtml(line)), `<tspan font-weight="700">${escapeHtml(words.scoreText(scores[id]))}</tspan>`];
    // Left of the centre the text ends at its point, right of it it starts there; top and bottom are centred.
    const side = Math.abs(x) < 1 ? 'middle' : x > 0 ? 'left' : 'right';
    const anchor = side === 'middle' ? 'middle' : (side === 'left') === (words.dir === 'ltr') ? 'start' : 'end';
    const firstY = y < -1 ? y - (lines.length - 1) * lineHeight : y > 1 ? y + lineHeight * 0.8 : y;
    top = Math.min(top, firstY - lineHeight);
    bottom = Math.max(bottom, firstY + (lines.length - 1) * lineHeight + 6);
    const spans = lines.map((line, n) => `<tspan x="${x}" y="${round(firstY + n * lineHeight)}">${line}</tspan>`).join('');
    return `<text text-anchor="${anchor}" direction="${words.dir}">${spans}</text>`;
  }).join('');
  // The picture is as tall as its labels: a long name under the chart wraps onto more lines.
  const viewBox = `-180 ${round(top)} 360 ${round(bottom - top)}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="radar-chart" viewBox="${viewBox}" role="img" aria-labelledby="radar-chart-title" font-family="'Noto Sans Ethiopic','Noto Sans Arabic',system-ui,sans-serif" font-size="13" fill="#1d1a18"><title id="radar-chart-title">${escapeHtml(words.title)}</title>${rings}${axes}<polygon points="${shape}" fill="#7d2948" fill-opacity="0.25" stroke="#7d2948" stroke-width="2"/>${dots}${labels}</svg>`;
}

/** A score as she reads numbers in her language, with Western digits as on the rest of the site: "4,5". */
export function scoreInWords(score: number, lang: string): string {
  return new Intl.NumberFormat(lang, { numberingSystem: 'latn', maximumFractionDigits: 1 }).format(score);
}

/** Her radar chart with every word in the language of `t`. */
export function radarChartFor(scores: AreaScores, t: Translate): string {
  const labels = Object.fromEntries(areaIds.map((id) => [id, t(`selfCheck.area.${id}`)])) as Record<AreaId, string>;
  const scoreList = areaIds.map((id) => `${labels[id]} ${scoreInWords(scores[id], t.lang)}`).join(', ');
  return radarChart(scores, {
    labels,
    scoreText: (score) => scoreInWords(score, t.lang),
    title: t('selfCheck.chart.title', { scores: scoreList, max: scaleMax }),
    dir: t.dir,
    script: getLocale(t.lang).script,
  });
}
