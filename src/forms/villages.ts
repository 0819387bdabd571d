import villages from '../../content/data/villages.json' with { type: 'json' };

/** The ids of the villages of gemeente Heusden, from `content/data/villages.json`. */
export const villageIds = villages.map((village) => village.id) as [string, ...string[]];
