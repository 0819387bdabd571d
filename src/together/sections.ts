import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Fragment = DefaultTreeAdapterMap['documentFragment'];

/** One section of a rendered content page: the part under one second-level heading. */
export interface ContentSection {
  /** The heading's id (stable across languages: `## Title {#id}` in the Markdown), or `intro`. */
  id: string;
  html: string;
}

/** A Dutch section and the same section in her language; either is missing when a translation lags. */
export interface SectionPair {
  id: string;
  own?: ContentSection | undefined;
  dutch?: ContentSection | undefined;
}

/** The id of the text before the first heading. */
export const introSectionId = 'intro';

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function firstHeading(node: Node): Element | undefined {
  if (!isElement(node)) return undefined;
  if (/^h[1-6]$/.test(node.tagName)) return node;
  for (const child of node.childNodes) {
    const heading = firstHeading(child);
    if (heading) return heading;
  }
  return undefined;
}

/**
 * The id of the section a top-level node opens: a second-level heading with an id, or a
 * component (such as the topic navigator) whose first heading is one.
 */
function sectionIdOpenedBy(node: Node): string | undefined {
  const heading = firstHeading(node);
  return heading?.tagName === 'h2' ? attribute(heading, 'id') : undefined;
}

/** Splits rendered page content (HTML) into its sections, in order. */
export function splitSections(html: string): ContentSection[] {
  const fragment = parseFragment(html);
  const groups: { id: string; nodes: Node[] }[] = [{ id: introSectionId, nodes: [] }];
  for (const node of fragment.childNodes) {
    const id = sectionIdOpenedBy(node);
    if (id) groups.push({ id, nodes: [] });
    groups.at(-1)!.nodes.push(node);
  }
  return groups
    .map(({ id, nodes }) => ({ id, html: serializeNodes(nodes).trim() }))
    .filter((section) => section.html !== '');
}

function serializeNodes(nodes: Node[]): string {
  const holder: Fragment = { nodeName: '#document-fragment', childNodes: nodes };
  return serialize(holder);
}

const idAttributes = new Set(['id', 'for']);
const idListAttributes = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'headers']);

/**
 * Prefixes every id in rendered content, and every reference to one (`for`, `aria-*`, `href="#…"`),
 * so the Dutch column can share a page with the same content in another language.
 */
export function prefixIds(html: string, prefix: string): string {
  const fragment = parseFragment(html);
  const visit = (node: Node) => {
    if (!isElement(node)) return;
    for (const attr of node.attrs) {
      if (idAttributes.has(attr.name)) attr.value = prefix + attr.value;
      else if (idListAttributes.has(attr.name)) attr.value = attr.value.split(/\s+/).filter(Boolean).map((id) => prefix + id).join(' ');
      else if (attr.name === 'href' && attr.value.length > 1 && attr.value.startsWith('#')) attr.value = `#${prefix}${attr.value.slice(1)}`;
    }
    node.childNodes.forEach(visit);
  };
  fragment.childNodes.forEach(visit);
  return serialize(fragment);
}

/**
 * Pairs her sections with the Dutch ones by id, in the Dutch order; a section only her
 * translation has comes last.
 */
export function pairSections(own: ContentSection[], dutch: ContentSection[]): SectionPair[] {
  const ownById = new Map(own.map((section) => [section.id, section]));
  const pairs: SectionPair[] = dutch.map((section) => ({ id: section.id, own: ownById.get(section.id), dutch: section }));
  const paired = new Set(dutch.map((section) => section.id));
  for (const section of own) if (!paired.has(section.id)) pairs.push({ id: section.id, own: section });
  return pairs;
}
