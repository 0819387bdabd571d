/** The YAML file under `content/data/` behind each data collection. */
export const dataFiles = {
  helpLines: 'help-lines',
  contacts: 'contacts',
  topics: 'topics',
  giftPackage: 'gift-package',
  villages: 'villages',
  meetups: 'meetups',
} as const;

/** The name of a data collection (every collection but the pages). */
export type DataCollection = keyof typeof dataFiles;
