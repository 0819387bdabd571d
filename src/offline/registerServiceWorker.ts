/**
 * Registers the service worker once the page has loaded, so it never competes with the page
 * itself on a thin connection. Browsers without service workers simply do without.
 */
export function registerServiceWorker(path: string): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(path, { scope: '/' }).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
