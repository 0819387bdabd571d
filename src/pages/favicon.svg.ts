import type { APIRoute } from 'astro';
import { appIconSvg } from '../offline/appIcon';

/** `/favicon.svg`: the app icon, from its one definition. */
export const GET: APIRoute = () => new Response(appIconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
