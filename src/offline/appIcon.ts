/** The site's colours as the browser and the phone's home screen use them. */
export const appColors = { theme: '#7d2948', background: '#fffaf4' } as const;

const heart = 'M16 25s-8-4.9-8-10.4A4.6 4.6 0 0 1 16 12a4.6 4.6 0 0 1 8 2.6C24 20.1 16 25 16 25z';

/** The icon (a white heart on the theme colour) as SVG: the favicon, and the source of the app icons. */
export function appIconSvg({ maskable = false } = {}): string {
  // A maskable icon fills its square; the phone crops it to its own shape, keeping the middle 80 %.
  const background = maskable ? `<rect width="32" height="32" fill="${appColors.theme}"/>` : `<rect width="32" height="32" rx="7" fill="${appColors.theme}"/>`;
  const shape = maskable ? `<path d="${heart}" fill="#fff" transform="translate(3.2 2.4) scale(0.8)"/>` : `<path d="${heart}" fill="#fff"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${background}${shape}</svg>`;
}

/**
 * The favicon as a `data:` address, written into every page's head: a separate file would cost
 * her phone one more request on every page she opens (the browser asks for it after the page
 * has loaded, and revalidates it), for 200 bytes. Only what a URL may not hold is escaped
 * (`<`, `>`, `#`, `%` and spaces, which the HTML checker rejects in an `href`); quotes become `'`.
 */
export function appIconDataUrl(): string {
  return `data:image/svg+xml,${appIconSvg().replace(/"/g, "'").replace(/[<>#% ]/g, encodeURIComponent)}`;
}

/** The PNG icons for the web app manifest and the iOS home screen, by file name. */
export const appIcons = {
  'icon-192.png': { size: 192, maskable: false },
  'icon-512.png': { size: 512, maskable: false },
  'icon-maskable-512.png': { size: 512, maskable: true },
  'apple-touch-icon.png': { size: 180, maskable: true },
} as const;
export type AppIconName = keyof typeof appIcons;
