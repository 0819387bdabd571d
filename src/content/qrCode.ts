import QRCode from 'qrcode';

/**
 * A QR code for a URL as inline SVG markup, made at build time (no image request, sharp at any
 * print size). Error correction M survives a crumpled folder; the quiet zone is kept for scanners.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr-code" ');
}
