import * as z from 'zod/mini';
import type { Translate } from '../i18n/useTranslations';
import { areaScores, questionField, questionIds, scaleValues, type AreaScores } from '../selfCheck/areas';
import { fieldRules, formResult, type FormResult } from './fields';

/** The self-check's fields in page order: one per question (`selfCheck-body1`), each a value of the scale. */
export const selfCheckFields: readonly string[] = questionIds.map(questionField);

const scaleChoices = scaleValues.map(String) as [string, ...string[]];

/** Her answers to "Hoe gaat het met je?": per question 1 to 5, and the six area scores. */
export interface SelfCheckAnswers {
  answers: Readonly<Record<string, number>>;
  scores: AreaScores;
}

/**
 * Checks her self-check answers as posted (the form, or the hidden fields it carries into the
 * sign-up): every question answered with a value of the scale. A missing or changed answer gets
 * its message, in the language of `t`, on that question.
 */
export function parseSelfCheck(raw: Readonly<Record<string, unknown>>, t: Translate): FormResult<SelfCheckAnswers> {
  const { choice } = fieldRules(t);
  const schema = z.object(Object.fromEntries(selfCheckFields.map((field) => [field, choice(scaleChoices, t('error.selfCheck.required'))])));
  return formResult(selfCheckFields, schema.safeParse(raw), {}, (form) => {
    const answers = Object.fromEntries(questionIds.map((id) => [id, Number(form[questionField(id)])]));
    return { answers, scores: areaScores(answers) };
  });
}

/** Whether a post carries any self-check answer at all. */
export const hasSelfCheckAnswers = (raw: Readonly<Record<string, unknown>>): boolean => selfCheckFields.some((field) => raw[field] !== undefined && raw[field] !== '');
