import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A `tel:` link for a number written the Dutch way ("0800-2000", "112"): E.164 where
 * libphonenumber knows the number, so it also dials from a foreign SIM; short numbers such as
 * 112 and 113 as dialled.
 */
export function telHref(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone, 'NL');
  if (parsed?.isValid()) return parsed.getURI();
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** A WhatsApp chat link (wa.me takes the international number without "+"). */
export function whatsappHref(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone, 'NL');
  if (!parsed?.isValid()) throw new Error(`"${phone}" is not a valid phone number for WhatsApp.`);
  return `https://wa.me/${parsed.number.slice(1)}`;
}

/** A map search for an address (OpenStreetMap: no account, no tracking, opens on any phone). */
export function mapHref(address: { street: string; postcode: string; town: string }): string {
  const query = `${address.street}, ${address.postcode} ${address.town}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** A phone number as shown in running text: non-breaking hyphen and spaces, so it never wraps mid-number. */
export function unbreakablePhone(phone: string): string {
  return phone.replaceAll('-', '\u2011').replaceAll(' ', '\u00a0');
}
