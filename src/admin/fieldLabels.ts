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
  repeat: 'Hoe vaak',
  weekday: 'Dag',
  week: 'Welke in de maand',
  start: 'Begintijd',
  end: 'Eindtijd',
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
  weekly: 'Elke week',
  monthly: 'Eén keer per maand',
  monday: 'Maandag',
  tuesday: 'Dinsdag',
  wednesday: 'Woensdag',
  thursday: 'Donderdag',
  friday: 'Vrijdag',
  saturday: 'Zaterdag',
  sunday: 'Zondag',
  first: 'De eerste',
  second: 'De tweede',
  third: 'De derde',
  fourth: 'De vierde',
  last: 'De laatste',
};

/** The Dutch label of a choice's value; the value itself when there is none. */
export const optionLabel = (value: string): string => options[value] ?? value;

const clockTime = 'Een tijd met twee cijfers, een dubbele punt en twee cijfers, bijvoorbeeld "09:30" of "13:00".';

const dutchPhone = 'Schrijf het nummer zoals je het in Nederland belt, met cijfers, spaties of een streepje, bijvoorbeeld "0416-123456".';

/** What the editor says, in Dutch, when a field does not match its schema's pattern. */
const patternMessages: Record<string, string> = {
  phone: dutchPhone,
  alternativePhone: dutchPhone,
  whatsapp: dutchPhone,
  postcode: 'Een Nederlandse postcode: vier cijfers en twee hoofdletters, bijvoorbeeld "5151 AA".',
  start: clockTime,
  end: clockTime,
};

/** The Dutch message for a field's pattern; undefined when the schema's own message is used. */
export const patternMessage = (name: string): string | undefined => patternMessages[name];

/** Dutch hints under a field, where its label alone does not say enough. */
const hints: Record<string, string> = {
  schedule: 'Noem in elke taal dezelfde begin- en eindtijd als bij Begintijd en Eindtijd. Anders wordt de website niet gebouwd. Engels met am/pm, bijvoorbeeld "10 to 11.30 am".',
  week: 'Alleen bij "Eén keer per maand": de hoeveelste dag van de maand, bijvoorbeeld de eerste woensdag.',
  start: 'Zo komt de ontmoeting in de agenda van de moeder. Bijvoorbeeld 10:00.',
  end: 'Bijvoorbeeld 11:30.',
};

/** The Dutch hint of a field; undefined when it has none. */
export const fieldHint = (name: string): string | undefined => hints[name];
