import villages from '../../content/data/villages.json' with { type: 'json' };

/** The villages of gemeente Heusden, from `content/data/villages.json`: id and name. */
export const villagesOfHeusden: readonly { id: string; name: string }[] = villages;

/** The ids of the villages, for the sign-up's rules. */
export const villageIds = villages.map((village) => village.id) as [string, ...string[]];

/** A village's name as the data file spells it ("Oudheusden"), or the id when it is not there. */
export function villageName(id: string): string {
  return villagesOfHeusden.find((village) => village.id === id)?.name ?? id;
}
