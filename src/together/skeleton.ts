/**
 * The outline of a content page's Markdown (MDX) that the side-by-side view aligns on: each
 * second-level heading's stable id (`## Title {#id}`) and each top-level component, in order.
 * A heading without an id shows as `## ?`, so it never matches.
 */
export function sectionSkeleton(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const outline: string[] = [];
  for (const line of body.split('\n')) {
    const heading = /^##\s+.*?(?:\{#([a-z0-9-]+)\})?\s*$/.exec(line);
    if (heading && line.startsWith('## ')) outline.push(`## ${heading[1] ?? '?'}`);
    const component = /^<([A-Z][A-Za-z]*)\b/.exec(line);
    if (component) outline.push(`<${component[1]}>`);
  }
  return outline;
}
