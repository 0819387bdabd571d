import type { FormMessage } from '../forms/formMessages';
import type { Translate } from '../i18n/useTranslations';
import { escapeHtml } from '../utils/html';

/** What the form page shows again: her answers, and the errors or the message about the whole submission. */
export interface FormState {
  answers: Record<string, unknown>;
  anchors: Readonly<Record<string, string>>;
  errors?: Record<string, string>;
  message?: FormMessage;
  /** A form's own additions to the page, from her answers. */
  decorate?: PageDecoration;
}

/** Adds a form's own handlers to the page's rewriter (HTMLRewriter), from her answers. */
export type PageDecoration = (rewriter: HTMLRewriter, answers: Readonly<Record<string, unknown>>, t: Translate) => HTMLRewriter;

/**
 * A built form page, rewritten on its way out (HTMLRewriter) so each form is defined once: her
 * answers back in the fields, each error beside its field and in the summary at the top (linking
 * to `anchors[field]` or `field-<name>`), the title starting with "Error:", or one message about
 * the whole submission.
 */
export function rerenderFormPage(page: Response, t: Translate, state: FormState): Response {
  const rewriter = withAnswers(withProblems(new HTMLRewriter(), t, state), state);
  return (state.decorate ? state.decorate(rewriter, state.answers, t) : rewriter).transform(page);
}

/**
 * The problems: "Error:" before the title, the error summary with a link per field, the message
 * about the whole submission, and each field's own error beside it.
 */
function withProblems(rewriter: HTMLRewriter, t: Translate, state: FormState): HTMLRewriter {
  const errors: Record<string, string | undefined> = state.errors ?? {};
  const errorItems = Object.entries(errors)
    .map(([field, message]) => `<li><a href="#${state.anchors[field] ?? `field-${field}`}">${escapeHtml(message ?? '')}</a></li>`)
    .join('');
  let currentField: string | null = null;
  if (!state.message && errorItems === '') return rewriter;
  return rewriter
    .on('title', {
      element(element) {
        element.prepend(`${t('form.errorTitlePrefix')} `);
      },
    })
    .on('[data-error-summary]', {
      element(element) {
        element.removeAttribute('hidden');
      },
    })
    .on('[data-error-list]', {
      element(element) {
        element.setInnerContent(errorItems, { html: true });
      },
    })
    .on('[data-form-message]', {
      element(element) {
        if (element.getAttribute('data-form-message') === state.message) element.removeAttribute('hidden');
      },
    })
    .on('[data-field]', {
      element(element) {
        currentField = element.getAttribute('data-field');
        if (currentField && errors[currentField]) element.setAttribute('class', `${element.getAttribute('class') ?? 'field'} field--error`);
      },
    })
    .on('[data-field] fieldset', {
      element(element) {
        if (currentField && errors[currentField]) {
          const describedBy = [element.getAttribute('aria-describedby'), `${currentField}-error`].filter(Boolean).join(' ');
          element.setAttribute('aria-describedby', describedBy);
        }
      },
    })
    .on('[data-error-for]', {
      element(element) {
        const message = errors[element.getAttribute('data-error-for') ?? ''];
        if (!message) return;
        element.removeAttribute('hidden');
        element.setInnerContent(`<span class="visually-hidden">${escapeHtml(t('form.errorPrefix'))}</span> ${escapeHtml(message)}`, { html: true });
      },
    });
}

/** Her answers back in the fields (never the language or the hidden field), and the fields with an error marked invalid. */
function withAnswers(rewriter: HTMLRewriter, state: FormState): HTMLRewriter {
  const errors: Record<string, string | undefined> = state.errors ?? {};
  const answer = (name: string) => {
    const value = state.answers[name];
    return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  };
  /** Whether she chose this value: one answer, or one of a list (her topics). */
  const chose = (name: string, value: string | null) => {
    const given = state.answers[name];
    return Array.isArray(given) ? given.some((item) => String(item) === value) : answer(name) !== '' && answer(name) === value;
  };
  let currentSelect = '';
  return rewriter
    .on('form[data-form] input', {
      element(element) {
        const name = element.getAttribute('name') ?? '';
        const type = element.getAttribute('type');
        if (name === 'lang' || name === 'website') return;
        if (type === 'radio' || type === 'checkbox') {
          if (chose(name, element.getAttribute('value'))) element.setAttribute('checked', '');
          else element.removeAttribute('checked');
        } else {
          element.setAttribute('value', answer(name));
        }
        if (errors[name] && type !== 'radio') {
          element.setAttribute('aria-invalid', 'true');
          element.setAttribute('aria-describedby', [element.getAttribute('aria-describedby'), `${name}-error`].filter(Boolean).join(' '));
        }
      },
    })
    .on('form[data-form] textarea', {
      element(element) {
        element.setInnerContent(escapeHtml(answer(element.getAttribute('name') ?? '')), { html: true });
      },
    })
    .on('form[data-form] select', {
      element(element) {
        currentSelect = element.getAttribute('name') ?? '';
      },
    })
    .on('form[data-form] select option', {
      element(element) {
        const chosen = answer(currentSelect);
        if (chosen !== '' && element.getAttribute('value') === chosen) element.setAttribute('selected', '');
        else element.removeAttribute('selected');
      },
    });
}
