/**
 * The file under `content/data/` behind each data collection. Contacts, villages, topics and practices are
 * JSON because the Worker imports them too (the team's phone number, the list of villages, the
 * topics she can choose on the sign-up, the midwife practices she can have found us through); the others are YAML, easier to edit by hand.
 */
export const dataFiles = {
  helpLines: 'help-lines.yaml',
  contacts: 'contacts.json',
  topics: 'topics.json',
  giftPackage: 'gift-package.yaml',
  villages: 'villages.json',
  meetups: 'meetups.yaml',
  practices: 'practices.json',
} as const;

/** The name of a data collection (every collection but the pages). */
export type DataCollection = keyof typeof dataFiles;
