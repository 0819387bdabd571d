import type { FormMessage } from './formMessages';
import type { RegistrationField } from './registration';
import { escapeHtml } from '../mail/escape';
import type { Translate } from '../i18n/useTranslations';

/** The element an error summary link jumps to for a field (the first of a group). */
export function fieldAnchor(field: string): string {
  if (field === 'contactBy') return 'field-contactBy-call';
  if (field === 'talkLanguage') return 'field-talkLanguage-nl';
  if (field === 'dueDate') return 'field-dueDate-day';
  return `field-${field}`;
}

/**
 * The built sign-up page, rewritten on its way out (HTMLRewriter) so the form is defined once:
 * her answers back in the fields, each error beside its field and in the summary at the top,
 * the title starting with "Error:", or one message about the whole submission.
 */
export function rerenderRegistrationPage(
  page: Response,
  t: Translate,
  state: { answers: Record<string, unknown>; errors?: Partial<Record<RegistrationField, string>>; message?: FormMessage },
): Response {
  const errors: Record<string, string | undefined> = state.errors ?? {};
  const answer = (name: string) => {
    const value = state.answers[name];
    return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  };
  const errorItems = Object.entries(errors)
    .map(([field, message]) => `<li><a href="#${fieldAnchor(field)}">${escapeHtml(message ?? '')}</a></li>`)
    .join('');
  let currentField: string | null = null;

  const rewriter = new HTMLRewriter()
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
        if (currentField && errors[currentField]) element.setAttribute('class', 'field field--error');
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
    })
    .on('form[data-registration-form] input', {
      element(element) {
        const name = element.getAttribute('name') ?? '';
        const type = element.getAttribute('type');
        if (name === 'lang' || name === 'website') return;
        if (type === 'radio' || type === 'checkbox') {
          if (answer(name) !== '' && answer(name) === element.getAttribute('value')) element.setAttribute('checked', '');
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
    .on('form[data-registration-form] textarea', {
      element(element) {
        element.setInnerContent(escapeHtml(answer(element.getAttribute('name') ?? '')), { html: true });
      },
    })
    .on('form[data-registration-form] select option', {
      element(element) {
        if (element.getAttribute('value') === answer('village') && answer('village') !== '') element.setAttribute('selected', '');
        else element.removeAttribute('selected');
      },
    });
  return rewriter.transform(page);
}
