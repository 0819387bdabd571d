import contacts from '../../content/data/contacts.json' with { type: 'json' };

const team = contacts.find((contact) => contact.id === 'team');
if (!team) throw new Error('content/data/contacts.json has no contact with id "team"');

/** How to reach the team: what messages to her and to referrers name. */
export interface TeamContact {
  /** The number to call (a landline: it takes no WhatsApp). */
  phone: string;
  /** The number that takes WhatsApp messages. */
  whatsapp: string;
  email: string;
}

/** A field of the team's contact, or a build error naming it: a message never names an empty number. */
function required(field: keyof TeamContact): string {
  const value = team?.[field];
  if (!value) throw new Error(`content/data/contacts.json: the contact "team" needs a ${field}; the site's messages name it.`);
  return value;
}

/**
 * How to reach the Hallo jij! team, from content/data/contacts.json: the numbers and address every
 * error message, confirmation page, folder and e-mail gives. Call the phone number, send WhatsApp
 * messages to the WhatsApp number: they are different numbers.
 */
export const teamContact: TeamContact = { phone: required('phone'), whatsapp: required('whatsapp'), email: required('email') };
