/** A text's UTF-8 bytes in base64 (`btoa` alone takes Latin-1 only): e-mail bodies and attachments. */
export function utf8ToBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
