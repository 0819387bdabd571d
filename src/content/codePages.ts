/**
 * Pages built from code instead of content (the forms), by Dutch slug, in every language.
 * A slug goes here in the same change that adds its route, so links to it appear with it.
 */
export const codePageSlugs: readonly string[] = ['aanmelden', 'aanmelden/bedankt'];
