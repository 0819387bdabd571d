/**
 * Progressive enhancement of a form page (sign-up, callback; the page works without it): gives the submission
 * an id and the time it was open (measured on the page, never the phone's clock), submits with fetch, and shows the server's answer in place: the
 * thank-you page, or this page again with the errors filled in and focus on the error summary.
 */
export function enhanceForm(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-form]');
  if (!form) return;
  const hidden = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  const submissionId = hidden('submissionId');
  const elapsed = hidden('elapsedMs');
  if (submissionId && !submissionId.value) submissionId.value = crypto.randomUUID();
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const status = form.querySelector<HTMLElement>('[data-form-status]');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!button || button.disabled) return;
    button.disabled = true;
    if (elapsed) elapsed.value = String(Math.round(performance.now()));
    if (status) status.textContent = status.dataset.sending ?? '';
    try {
      const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
      const response = await fetch(form.action, { method: 'POST', body, headers: { Accept: 'text/html' } });
      if (response.redirected) return window.location.assign(response.url);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const next = page.querySelector('main');
      const current = root.querySelector('main');
      if (!next || !current) throw new Error('unexpected answer');
      current.replaceWith(next);
      root.title = page.title;
      enhanceForm(root);
      root.querySelector<HTMLElement>('[data-error-summary]:not([hidden])')?.focus();
    } catch (error) {
      const summary = root.querySelector<HTMLElement>('[data-error-summary]');
      summary?.removeAttribute('hidden');
      // fetch rejects with a TypeError when the request never reached the site: for her, no
      // connection (navigator.onLine alone says true on many phones with a dead network).
      const message = error instanceof TypeError || !navigator.onLine ? 'offline' : 'unavailable';
      summary?.querySelectorAll('[data-form-message]').forEach((other) => other.setAttribute('hidden', ''));
      summary?.querySelector(`[data-form-message="${message}"]`)?.removeAttribute('hidden');
      summary?.focus();
      button.disabled = false;
      if (status) status.textContent = '';
    }
  });
}
