import contacts from '../../content/data/contacts.json' with { type: 'json' };

const team = contacts.find((contact) => contact.id === 'team');
if (!team) throw new Error('content/data/contacts.json has no contact with id "team"');

/**
 * How to reach the Hallo jij! team, from content/data/contacts.json: the number every error
 * message, confirmation page, folder and e-mail gives.
 */
export const teamContact: { phone: string; email: string } = { phone: team.phone ?? '', email: team.email ?? '' };
