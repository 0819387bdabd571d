import { contentComponents } from '../content';
import CallbackForm from '../forms/CallbackForm.astro';
import ReferrerLinks from './ReferrerLinks.astro';

/**
 * The components the page for referrers (`verwijzers.mdx`) may use: those of every content page,
 * plus the callback form and the referral links. A module of its own, so their CSS is bundled
 * only with the route for referrers.
 */
export const referrerContentComponents = { ...contentComponents, CallbackForm, ReferrerLinks };
