import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { appIcons, appIconSvg, type AppIconName } from '../../offline/appIcon';

export const getStaticPaths = (() => Object.keys(appIcons).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

/** `/icons/icon-192.png` and the other app icons, drawn from the SVG icon at build time (sharp). */
export const GET: APIRoute = async ({ params }) => {
  const { size, maskable } = appIcons[params.icon as AppIconName];
  const png = await sharp(Buffer.from(appIconSvg({ maskable })), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
