/**
 * "Hoe gaat het met je?": the six areas of life of positive health, the questions of each, and
 * the answer scale. The words are in the translation files (`selfCheck.area.<id>`,
 * `selfCheck.question.<questionId>`, `selfCheck.scale.<value>`); this is their shape.
 */

/** The area ids, in the order the page asks them and the chart draws them (clockwise from the top). */
export const areaIds = ['body', 'feelings', 'meaning', 'quality', 'participation', 'dailyLife'] as const;
/** One area of life. */
export type AreaId = (typeof areaIds)[number];

/**
 * Per area its questions (ids `<area><n>`) and the sign-up topics (content/data/topics.json) the
 * result page offers when the area is among the harder ones for her.
 */
export const areas = {
  body: { questions: ['body1', 'body2'], topics: ['zwanger'] },
  feelings: { questions: ['feelings1', 'feelings2'], topics: ['somber'] },
  meaning: { questions: ['meaning1', 'meaning2'], topics: ['werk'] },
  quality: { questions: ['quality1', 'quality2'], topics: ['wonen'] },
  participation: { questions: ['participation1', 'participation2'], topics: ['relatie'] },
  dailyLife: { questions: ['dailyLife1', 'dailyLife2'], topics: ['geld', 'formulieren'] },
} as const satisfies Record<AreaId, { questions: readonly string[]; topics: readonly string[] }>;

/** A question's id: `body1`. */
export type QuestionId = (typeof areas)[AreaId]['questions'][number];

/** The answer scale, lowest first: 1 "not good" to 5 "very good". */
export const scaleValues = [1, 2, 3, 4, 5] as const;
/** The highest answer, the chart's outer ring. */
export const scaleMax = scaleValues[scaleValues.length - 1]!;

/** Every question id, in page order. */
export const questionIds: readonly QuestionId[] = areaIds.flatMap((id) => areas[id].questions);

/** The form field of a question: `selfCheck-body1`. Its value is one of `scaleValues`. */
export const questionField = (questionId: string): string => `selfCheck-${questionId}`;

/** Her score per area: the mean of its answers, 1 to 5, to one decimal. */
export type AreaScores = Readonly<Record<AreaId, number>>;

/** The area scores from her answers per question (all present and on the scale). */
export function areaScores(answers: Readonly<Record<string, number>>): AreaScores {
  const score = (id: AreaId) => {
    const values = areas[id].questions.map((question: QuestionId) => answers[question]!);
    return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
  };
  return Object.fromEntries(areaIds.map((id) => [id, score(id)])) as Record<AreaId, number>;
}
