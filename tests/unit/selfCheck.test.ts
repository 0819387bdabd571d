import { describe, expect, it } from 'vitest';
import { talkTopicIds } from '../../src/content/topics';
import { parseRegistration } from '../../src/forms/registration';
import { parseSelfCheck, selfCheckFields } from '../../src/forms/selfCheck';
import { useTranslations } from '../../src/i18n/useTranslations';
import { noteLanguage } from '../../src/mail/noteLanguage';
import { teamEmail } from '../../src/mail/registrationEmails';
import { areaIds, areas, questionField, questionIds } from '../../src/selfCheck/areas';
import { radarChart, radarChartFor } from '../../src/selfCheck/chart';
import { summarize } from '../../src/selfCheck/summary';
import { parseAnswers } from '../../src/submissions/requestBody';

const today = '2026-11-22';
/** Every question answered with `value`, except those in `own`. */
const answered = (value: number, own: Record<string, number> = {}) =>
  Object.fromEntries(questionIds.map((id) => [questionField(id), String(own[id] ?? value)]));
const signUp = {
  lang: 'ti',
  name: 'Selam Tesfay',
  phone: '06 12345678',
  contactBy: 'call',
  talkLanguage: 'ti',
  'dueDate-day': '3',
  'dueDate-month': '5',
  'dueDate-year': '2027',
  village: 'drunen',
  consent: 'yes',
};
const meta = { reference: 'HJ-TEST', from: 'Hallo jij! <hallojij@example.org>', inbox: 'team@example.org' };

describe('self-check answers', () => {
  it('turns twelve answers into six area scores, the mean of each area', () => {
    const result = parseSelfCheck(answered(4, { body1: 2, body2: 3, dailyLife1: 5 }), useTranslations('nl'));
    expect(result.ok && result.value.scores).toEqual({ body: 2.5, feelings: 4, meaning: 4, quality: 4, participation: 4, dailyLife: 4.5 });
  });

  it('asks again for a missing answer, an answer off the scale and a changed one, in her language', () => {
    const posted = { ...answered(3), 'selfCheck-body1': '', 'selfCheck-feelings2': '7', 'selfCheck-meaning1': '<script>' };
    const result = parseSelfCheck(posted, useTranslations('ti'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['selfCheck-body1', 'selfCheck-feelings2', 'selfCheck-meaning1']);
    expect(new Set(Object.values(result.errors))).toEqual(new Set([useTranslations('ti')('error.selfCheck.required')]));
  });

  it('asks for every area: an area left out entirely is not scored as zero', () => {
    const withoutMeaning = Object.fromEntries(Object.entries(answered(4)).filter(([field]) => !field.includes('meaning')));
    const result = parseSelfCheck(withoutMeaning, useTranslations('nl'));
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['selfCheck-meaning1', 'selfCheck-meaning2']);
  });
});

describe('what the result says', () => {
  it('names the strongest areas and offers the topics of the lowest ones, lowest first', () => {
    const summary = summarize({ body: 4.5, feelings: 2, meaning: 3, quality: 5, participation: 3.5, dailyLife: 1.5 });
    expect(summary.goingWell).toEqual(['quality']);
    expect(summary.talkTopics).toEqual([...areas.dailyLife.topics, ...areas.feelings.topics, ...areas.meaning.topics]);
  });

  it('offers nothing to talk about when every area is above the middle, and names no strength when none is high', () => {
    expect(summarize({ body: 4, feelings: 4, meaning: 4, quality: 4, participation: 4, dailyLife: 4 })).toEqual({ goingWell: ['body', 'feelings'], talkTopics: [] });
    expect(summarize({ body: 3.5, feelings: 3.5, meaning: 3.5, quality: 3.5, participation: 3.5, dailyLife: 3.5 }).goingWell).toEqual([]);
  });

  it('offers only topics that exist in the topics data file', () => {
    for (const id of areaIds) for (const topic of areas[id].topics) expect(talkTopicIds).toContain(topic);
  });
});

describe('the radar chart', () => {
  const scores = { body: 5, feelings: 1, meaning: 3, quality: 5, participation: 2, dailyLife: 4 };
  const words = (dir: 'ltr' | 'rtl') => ({
    labels: { body: 'A', feelings: 'B', meaning: 'C', quality: 'D', participation: 'E', dailyLife: 'F' },
    scoreText: String,
    title: 'chart',
    dir,
    script: 'Latn' as const,
  });
  const shape = (svg: string) => /<polygon points="([^"]+)" fill="#7d2948"/.exec(svg)![1]!.split(' ').map((point) => point.split(',').map(Number));

  it('draws her scores: the top axis at full length for 5, the second area (clockwise) near the centre for 1', () => {
    const points = shape(radarChart(scores, words('ltr')));
    expect(points[0]).toEqual([0, -90]);
    expect(points[1]![0]).toBeGreaterThan(0);
    expect(Math.hypot(...(points[1] as [number, number]))).toBeCloseTo(18, 0);
  });

  it('mirrors in right-to-left: the second area lies to the left, each label anchored on its outer side', () => {
    const ltr = radarChart(scores, words('ltr'));
    const rtl = radarChart(scores, words('rtl'));
    expect(shape(rtl).map(([x, y]) => [x === 0 ? 0 : -x!, y])).toEqual(shape(ltr));
    // In a right-to-left text, 'start' is its right edge: the label right of the centre ends... left of the centre starts there.
    expect(/<text text-anchor="(\w+)" direction="rtl"><tspan x="-\d/.exec(rtl)![1]).toBe('start');
    expect(/<text text-anchor="(\w+)" direction="ltr"><tspan x="\d/.exec(ltr.replace(/<text text-anchor="middle"[^]*?<\/text>/, ''))![1]).toBe('start');
  });

  it('carries its words escaped and its scores in its accessible name, in her language', () => {
    const svg = radarChartFor(scores, useTranslations('ar'));
    expect(svg).toContain(`<title id="radar-chart-title">`);
    expect(svg).toContain(useTranslations('ar')('selfCheck.area.body'));
    expect(radarChart(scores, { ...words('ltr'), labels: { ...words('ltr').labels, body: '<img src=x>' } })).toContain('&lt;img src=x&gt;');
  });
});

describe('topics and the self-check on the sign-up', () => {
  it('accepts topics posted once per choice, and sends the team their Dutch titles', () => {
    const answers = parseAnswers('form', new URLSearchParams([...Object.entries(signUp), ['topics', 'geld'], ['topics', 'somber'], ['topics', 'geld']]).toString(), ['topics'])!;
    const result = parseRegistration(answers, today);
    expect(result.ok && result.value.topics).toEqual(['geld', 'somber']);
    const mail = teamEmail(result.ok ? result.value : (undefined as never), meta);
    expect(mail.text).toContain('Wil praten over: Geld en schulden; ');
  });

  it('refuses a topic that is not in the list, with a message in her language', () => {
    const result = parseRegistration({ ...signUp, topics: ['geld', 'https://spam.example'] }, today);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.topics).toBe(useTranslations('ti')('error.topics.unknown'));
  });

  it('sends her self-check along only when she ticks the box, and the team reads it in Dutch', () => {
    const without = parseRegistration({ ...signUp, ...answered(2) }, today);
    expect(without.ok && without.value.selfCheck).toBeUndefined();
    const withIt = parseRegistration({ ...signUp, ...answered(2, { body1: 5, body2: 4 }), selfCheckShare: 'yes' }, today);
    expect(withIt.ok && withIt.value.selfCheck).toMatchObject({ body: 4.5, feelings: 2 });
    const mail = teamEmail(withIt.ok ? withIt.value : (undefined as never), meta);
    expect(mail.text).toMatch(/^Lichaam +█████████░  4,5 van 5$/m);
    expect(mail.text).toMatch(/^Gevoel +████░░░░░░  2 van 5$/m);
    expect(mail.html).toContain('bgcolor="#7d2948"');
  });

  it('refuses changed self-check answers instead of sending them, and keeps her sign-up', () => {
    const result = parseRegistration({ ...signUp, ...answered(3), 'selfCheck-quality1': '99', selfCheckShare: 'yes' }, today);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({ selfCheckShare: useTranslations('ti')('error.selfCheck.unreadable') });
  });

  it('has a field for every question, in the order the page asks them', () => {
    expect(selfCheckFields).toEqual(questionIds.map(questionField));
    expect(selfCheckFields[0]).toBe('selfCheck-body1');
  });
});

describe('the language of her note', () => {
  it('is the page language when the note is in its script, and the script otherwise', () => {
    expect(noteLanguage('ሰላም፣ ብዛዕባ ገዛ ክዛረብ እደሊ', 'ti')).toBe('waarschijnlijk Tigrinya (de taal van de website die ze gebruikte)');
    expect(noteLanguage('مرحبا، أريد أن أتكلم عن السكن', 'nl')).toBe('niet bekend: geschreven in Arabisch schrift, op de website in het Nederlands');
    expect(noteLanguage('ሰላም', 'en')).toContain('Ethiopisch schrift');
  });

  it('stands in the team mail beside her note', () => {
    const result = parseRegistration({ ...signUp, message: 'ሰላም፣ ብዛዕባ ገዛ ክዛረብ እደሊ' }, today);
    expect(teamEmail(result.ok ? result.value : (undefined as never), meta).text).toContain('Taal van het bericht: waarschijnlijk Tigrinya');
  });
});
