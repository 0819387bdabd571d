/** How long after the page has loaded the site becomes an app. */
const settleMs = 3000;

/**
 * A few seconds after the page has loaded, links the page's web app manifest (kept inert in
 * `<template data-app-manifest>` until then) and registers the service worker. Both only make
 * the site installable and usable offline; the manifest and its icons (6 KB) and the worker's
 * start must not compete with the page itself for a cheap phone's processor and a thin
 * connection. A browser without service workers still gets the manifest (add to home screen).
 */
export function becomeInstallable(workerPath: string): void {
  const settle = () =>
    setTimeout(() => {
      linkAppManifest();
      if ('serviceWorker' in navigator) void navigator.serviceWorker.register(workerPath, { scope: '/' }).catch(() => undefined);
    }, settleMs);
  if (document.readyState === 'complete') settle();
  else window.addEventListener('load', settle, { once: true });
}

function linkAppManifest(): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-app-manifest]');
  if (template && !document.querySelector('link[rel="manifest"]')) document.head.append(template.content.cloneNode(true));
}
