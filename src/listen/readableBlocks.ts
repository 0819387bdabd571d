const blockSelector = 'h1, h2, h3, h4, p, li, summary, dt, dd, th, td, figcaption';

/**
 * The blocks of text to read aloud, in reading order: the smallest headings, paragraphs and list
 * items under `root` that she can see, leaving out anything marked `data-listen-skip` (the player
 * itself, the quick exit).
 */
export function readableBlocks(root: ParentNode): HTMLElement[] {
  const candidates = [...root.querySelectorAll<HTMLElement>(blockSelector)];
  return candidates.filter(
    (element) =>
      !element.closest('[data-listen-skip]') &&
      !element.querySelector(blockSelector) &&
      element.getClientRects().length > 0 &&
      (element.textContent ?? '').trim() !== '',
  );
}
