import practices from '../../content/data/practices.json' with { type: 'json' };

/** A midwife practice from `content/data/practices.json`: staff add, rename and retire them in /admin/. */
export interface Practice {
  id: string;
  name: string;
  village: string;
  /** `false`: retired; no longer offered or linked, and its old links count as `unknown`. */
  active: boolean;
}

/** The practices in the file's order, retired ones included (the team mail and the report still name them). */
export const allPractices: readonly Practice[] = practices.map(({ id, name, village, active }) => ({ id, name, village, active: active !== false }));

/** The practices she can choose on the sign-up, and that get their own links and QR codes. */
export const activePractices: readonly Practice[] = allPractices.filter((practice) => practice.active);

/** Whether an id names a practice that is not retired. */
export const isActivePractice = (id: string): boolean => activePractices.some((practice) => practice.id === id);

/** The other ways she can have found Hallo jij!, in the order the sign-up offers them. */
export const otherRoutes = ['consultatiebureau', 'folder', 'family', 'social', 'other'] as const;
export type OtherRoute = (typeof otherRoutes)[number];

/** Every value the sign-up's `route` accepts: an active practice's id, or one of `otherRoutes`. */
export const routeValues = (): string[] => [...activePractices.map((practice) => practice.id), ...otherRoutes];

/** The other routes, in Dutch: the team mail and the project leader's report. */
const dutchRouteNames: Readonly<Record<string, string>> = {
  consultatiebureau: 'Consultatiebureau',
  folder: 'Folder',
  family: 'Familie of vriendin',
  social: 'Sociale media',
  other: 'Anders',
  referrer: 'Verwijzer (terugbelverzoek)',
  unknown: 'Onbekend',
};

/** How she found Hallo jij!, in Dutch: the practice's name (also when retired), or the route's name, or the value. */
export function dutchRouteName(route: string): string {
  return allPractices.find((practice) => practice.id === route)?.name ?? dutchRouteNames[route] ?? route;
}
