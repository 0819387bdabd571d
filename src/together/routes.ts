import { getReadTogetherPages, type ReadTogetherPage } from '../content/pages';

/** Static paths of the side-by-side views; `slug` is left out for the home page (`/ar/samen/`). */
export async function readTogetherRoutes() {
  const pages = await getReadTogetherPages();
  return pages.map((page) => ({
    params: { lang: page.lang, slug: page.slug || undefined },
    props: {
      page,
      availableIn: pages.filter((other) => other.slug === page.slug).map((other) => other.lang),
    } satisfies { page: ReadTogetherPage; availableIn: ReadTogetherPage['lang'][] },
  }));
}
