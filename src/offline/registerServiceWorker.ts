/** How long after the page has loaded the worker is registered. */
const settleMs = 3000;

/**
 * Registers the service worker a few seconds after the page has loaded: its start and the pages it
 * then keeps must not compete with the page itself for a cheap phone's processor and a thin
 * connection. Browsers without service workers simply do without.
 */
export function registerServiceWorker(path: string): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(path, { scope: '/' }).catch(() => undefined);
  const later = () => setTimeout(register, settleMs);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
