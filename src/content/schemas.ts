import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { clockTimePattern, unmentionedTimes } from './scheduleTimes';

/** A text given in every one of the site's languages; a missing language is a build error. */
export const localizedText = z.object(
  Object.fromEntries(localeCodes.map((code) => [code, z.string().trim().min(1)])) as Record<
    Locale,
    z.ZodString
  >,
);

/** Where a translation stands: the Dutch source, checked by a native speaker, or a draft. */
export const translationStatus = z.enum(['source', 'reviewed', 'draft']);

/** Frontmatter of a page under `content/pages/<lang>/<slug>.mdx`. */
export const pageSchema = z.object({
  title: z.string().trim().min(1).max(70),
  description: z.string().trim().min(1).max(160),
  translationStatus,
  /**
   * Who the page is for. Pages for mothers get the side-by-side view with Dutch
   * (`/{lang}/{slug}/samen/`) and the listen button; the page for referrers does not.
   */
  audience: z.enum(['mothers', 'referrers']).default('mothers'),
  /**
   * Translations only: per section id, the fingerprint of the Dutch section it was translated
   * from (src/translationStatus/sourceVersions.ts). Written by `npm run i18n:done`, never by hand.
   */
  sourceVersions: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().regex(/^[0-9a-f]{8}$/)).optional(),
});

/** A phone line for urgent help (112, Veilig Thuis...), in `content/data/help-lines.yaml`. */
export const helpLineSchema = z.object({
  /** The line's own name, not translated ("Veilig Thuis"). */
  name: z.string().trim().min(1),
  /** The number as people write it in the Netherlands, e.g. "0800-2000". */
  phone: z.string().regex(/^[0-9+][0-9 -]+$/),
  /** What the line is for, in a few words per language. */
  description: localizedText,
  /** A second number for the same line (113 also answers on 0800-0113). */
  alternativePhone: z.string().regex(/^[0-9+][0-9 -]+$/).optional(),
  /** Shown in the one-line urgent-help strip on every page. */
  inStrip: z.boolean().default(false),
  free: z.boolean(),
  anonymous: z.boolean(),
  /** Open day and night, every day. */
  always: z.boolean(),
  under18: z.boolean().default(false),
  /** When someone last checked the number against the line's own website. */
  lastChecked: z.coerce.date(),
});

/** Marks a value the municipality still has to confirm; production builds refuse it. */
const sample = z.boolean().default(false);

/** A street address; the map link is made from it. */
export const addressSchema = z.object({
  street: z.string().trim().min(1),
  postcode: z.string().regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, { error: 'A Dutch postcode, e.g. "5151 AA".' }),
  town: z.string().trim().min(1),
});

const dutchPhone = z.string().regex(/^[0-9+][0-9 -]+$/, { error: 'Write the number as dialled in the Netherlands, e.g. "0416-123456".' });

/** The Hallo jij! team or a Bijeen partner: how to reach them and what they help with. */
export const contactSchema = z
  .object({
    /** The organisation's own name (not translated). */
    name: z.string().trim().min(1).optional(),
    /** A description instead of a name, e.g. "your midwife or GP". */
    label: localizedText.optional(),
    sample,
    phone: dutchPhone.optional(),
    whatsapp: dutchPhone.optional(),
    email: z.email().optional(),
    website: z.url({ protocol: /^https$/ }).optional(),
    address: addressSchema.optional(),
    hours: localizedText.optional(),
    helpsWith: localizedText,
  })
  .refine((contact) => contact.name || contact.label, { error: 'A contact needs a name or a label.', path: ['name'] });

/** A topic of the question navigator: who to contact first. */
export const topicSchema = z.object({
  title: localizedText,
  advice: localizedText,
  contacts: z.array(z.string()).min(1),
  helpLines: z.array(z.string()).default([]),
  /** Show the quick-exit button with this topic (safety at home). */
  quickExit: z.boolean().default(false),
});

/** One thing in the gift package. */
export const giftItemSchema = z.object({ name: localizedText, sample });

/** A village of gemeente Heusden. */
export const villageSchema = z.object({ name: z.string().trim().min(1) });

/**
 * A midwife practice that tells mothers about Hallo jij! (`content/data/practices.json`). She can
 * choose it on the sign-up, it gets its own link and QR code per language, and the evaluation
 * counts how many mothers each practice brought. Retire a practice with `active: false` rather
 * than deleting it: its counts keep its name.
 */
export const practiceSchema = z.object({
  /** The practice's own name, not translated ("Verloskundigenpraktijk Drunen"). */
  name: z.string().trim().min(1),
  sample,
  /** The village id (`villages.json`) where the practice is. */
  village: z.string(),
  /** `false`: no longer on the sign-up or the referrers' page; old links still land, counted as unknown. */
  active: z.boolean().default(true),
});

/** The days of the week, as the meet-ups name them (the calendar file writes MO, TU, …). */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Which of the month's weekdays a monthly meet-up is on: the first … fourth, or the last. */
export const weeksOfMonth = ['first', 'second', 'third', 'fourth', 'last'] as const;

const clockTime = z.string().regex(clockTimePattern, { error: 'A time on the 24-hour clock, HH:MM, e.g. "10:00" or "13:30".' });

/** A regular meet-up for young mothers. */
export const meetupSchema = z
  .object({
    title: localizedText,
    description: localizedText,
    /** When, in words: "elke eerste woensdag van de maand, 10.00 tot 11.30 uur". Names `start` and `end`. */
    schedule: localizedText,
    /** Every week, or once a month (on the `week`'s `weekday`). */
    repeat: z.enum(['weekly', 'monthly']),
    weekday: z.enum(weekdays),
    /** Monthly meet-ups only: the first, second … or last `weekday` of the month. */
    week: z.enum(weeksOfMonth).optional(),
    /** Start and end, Amsterdam time: what her calendar gets (src/calendar/meetupCalendar.ts). */
    start: clockTime,
    end: clockTime,
    village: z.string(),
    place: z.string().trim().min(1),
    address: addressSchema,
    sample,
  })
  .superRefine((meetup, context) => {
    if (meetup.repeat === 'monthly' && !meetup.week) {
      context.addIssue({ code: 'custom', path: ['week'], message: 'A monthly meet-up needs its week: first, second, third, fourth or last.' });
    }
    if (meetup.repeat === 'weekly' && meetup.week) {
      context.addIssue({ code: 'custom', path: ['week'], message: 'A weekly meet-up has no week of the month: leave "week" out.' });
    }
    if (meetup.end <= meetup.start) context.addIssue({ code: 'custom', path: ['end'], message: `The end (${meetup.end}) must be after the start (${meetup.start}).` });
    for (const lang of localeCodes) {
      for (const which of unmentionedTimes(meetup.schedule[lang], lang, meetup)) {
        context.addIssue({
          code: 'custom',
          path: ['schedule', lang],
          message: `The ${lang} schedule "${meetup.schedule[lang]}" does not name the ${which} time ${meetup[which]}: make the text and the times agree (English on the 12-hour clock, the end with am/pm: "10 to 11.30 am").`,
        });
      }
    }
  });
