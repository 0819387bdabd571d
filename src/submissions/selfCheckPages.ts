import { hasSelfCheckAnswers, parseSelfCheck, type SelfCheckAnswers } from '../forms/selfCheck';
import type { Translate } from '../i18n/useTranslations';
import { areaIds, questionField, questionIds } from '../selfCheck/areas';
import { radarChartFor, scoreInWords } from '../selfCheck/chart';
import { summarize } from '../selfCheck/summary';
import { escapeHtml } from '../utils/html';
import type { PageDecoration } from './rerenderForm';

const show = (element: Element): void => void element.removeAttribute('hidden');
const hide = (element: Element): void => void element.setAttribute('hidden', '');

/**
 * The sign-up page with her self-check: the box that sends it along, her picture, and the hidden
 * fields that carry her answers (filled in with her other answers). Shown whenever the post has
 * self-check answers, so a changed answer gets its message there instead of vanishing.
 */
export const showSelfCheckOnSignUp: PageDecoration = (rewriter, answers, t) => {
  if (!hasSelfCheckAnswers(answers)) return rewriter;
  const checked = parseSelfCheck(answers, t);
  return rewriter
    .on('[data-self-check-slot]', { element: show })
    .on('[data-self-check-invite]', { element: hide })
    .on('[data-self-check-chart]', {
      element(element) {
        if (checked.ok) element.setInnerContent(radarChartFor(checked.value.scores, t), { html: true });
      },
    });
};

/**
 * The result page (`/{lang}/hoe-gaat-het/uitkomst/`, built with every possible sentence hidden)
 * with her picture, her score per area, where it goes best, the topics she might like to talk
 * about, her answers in the form that carries them to the sign-up, and the picture to save.
 * Nothing of it is kept: it exists only in this answer.
 */
export function selfCheckResultPage(page: Response, t: Translate, { answers, scores }: SelfCheckAnswers): Response {
  const summary = summarize(scores);
  const chart = radarChartFor(scores, t);
  const list = new Intl.ListFormat(t.lang, { type: 'conjunction' });
  return new HTMLRewriter()
    .on('[data-no-answers]', { element: hide })
    .on('[data-results]', { element: show })
    .on('[data-chart]', {
      element(element) {
        element.setInnerContent(chart, { html: true });
      },
    })
    .on('[data-area-score]', {
      element(element) {
        const area = areaIds.find((id) => id === element.getAttribute('data-area-score'));
        if (area) element.setInnerContent(escapeHtml(scoreInWords(scores[area], t.lang)));
      },
    })
    .on('[data-going-well]', {
      element(element) {
        if (summary.goingWell.length === 0) return;
        show(element);
        element.setInnerContent(escapeHtml(t('selfCheck.result.goingWell', { areas: list.format(summary.goingWell.map((id) => t(`selfCheck.area.${id}`))) })));
      },
    })
    .on(summary.talkTopics.length > 0 ? '[data-talk]' : '[data-nothing-to-talk]', { element: show })
    .on('[data-talk-topic]', {
      element(element) {
        if (summary.talkTopics.includes(element.getAttribute('data-talk-topic') ?? '')) show(element);
      },
    })
    .on('form[data-carry] input[type="hidden"]', {
      element(element) {
        const question = questionIds.find((id) => questionField(id) === element.getAttribute('name'));
        if (question && answers[question] !== undefined) element.setAttribute('value', String(answers[question]));
      },
    })
    .on('[data-chart-download]', {
      element(element) {
        element.setAttribute('href', `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart)}`);
      },
    })
    .transform(page);
}
