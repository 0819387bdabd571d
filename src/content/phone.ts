import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A `tel:` link for a number written the Dutch way ("0800-2000", "112"): international format
 * where libphonenumber knows the number, so it also dials from a foreign SIM; digits otherwise
 * (short numbers such as 112).
 */
export function telHref(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone, 'NL');
  if (parsed?.isValid()) return parsed.getURI();
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
