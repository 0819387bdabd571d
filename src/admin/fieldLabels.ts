/** Dutch labels and hints for the editor's fields, by schema field name (staff work in Dutch). */
const labels: Record<string, string> = {
  id: 'Korte naam (id)',
  name: 'Naam',
  label: 'Omschrijving in plaats van een naam',
  sample: 'Voorbeeldwaarde (nog niet bevestigd)',
  phone: 'Telefoonnummer',
  alternativePhone: 'Tweede telefoonnummer',
  whatsapp: 'WhatsApp-nummer',
  email: 'E-mailadres',
  website: 'Website',
  address: 'Adres',
  street: 'Straat en huisnummer',
  postcode: 'Postcode',
  town: 'Plaats',
  hours: 'Openingstijden',
  helpsWith: 'Helpt met',
  description: 'Omschrijving',
  inStrip: 'In de balk met hulpnummers bovenaan elke pagina',
  free: 'Gratis',
  anonymous: 'Anoniem',
  always: 'Dag en nacht bereikbaar',
  under18: 'Voor jongeren onder 18',
  lastChecked: 'Laatst gecontroleerd op',
  title: 'Titel',
  advice: 'Advies',
  contacts: 'Eerst contact opnemen met',
  helpLines: 'Hulplijnen bij dit onderwerp',
  quickExit: 'Toon de knop "Snel weg"',
  schedule: 'Wanneer',
  village: 'Dorp',
  place: 'Plek',
  translationStatus: 'Status van de vertaling',
  audience: 'Voor wie',
  sourceVersions: 'Vertaald van (wordt vanzelf bijgewerkt)',
  body: 'Tekst',
};

/** The Dutch label of a field; the field's own name when there is none yet. */
export const fieldLabel = (name: string): string => labels[name] ?? name;

/** Dutch labels for the values of a choice (the value itself is what the files keep). */
const options: Record<string, string> = {
  source: 'Nederlandse brontekst',
  reviewed: 'Nagekeken door een moedertaalspreker',
  draft: 'Concept (nog niet nagekeken)',
  mothers: 'Moeders',
  referrers: 'Verwijzers',
};

/** The Dutch label of a choice's value; the value itself when there is none. */
export const optionLabel = (value: string): string => options[value] ?? value;

const dutchPhone = 'Schrijf het nummer zoals je het in Nederland belt, met cijfers, spaties of een streepje, bijvoorbeeld "0416-123456".';

/** What the editor says, in Dutch, when a field does not match its schema's pattern. */
const patternMessages: Record<string, string> = {
  phone: dutchPhone,
  alternativePhone: dutchPhone,
  whatsapp: dutchPhone,
  postcode: 'Een Nederlandse postcode: vier cijfers en twee hoofdletters, bijvoorbeeld "5151 AA".',
};

/** The Dutch message for a field's pattern; undefined when the schema's own message is used. */
export const patternMessage = (name: string): string | undefined => patternMessages[name];
