import type { Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n/translations';

/** A name per language the browser tests sign up with. */
export const names = { nl: 'Sanne de Vries', ar: 'فاطمة الزهراء', ti: 'ሳባ ተስፋይ' } as const;

/** Fills the sign-up form on the current page with valid answers, in its language. */
export async function fillValidForm(page: Page, lang: keyof typeof names) {
  const d = dictionaries[lang];
  await page.getByLabel(d['field.name.label']!).fill(names[lang]);
  await page.getByLabel(d['field.phone.label']!).fill('06 12345678');
  await page.getByLabel(d['field.contactBy.whatsapp']!, { exact: true }).check();
  await page.locator(`#field-talkLanguage-${lang}`).check();
  const due = new Date();
  due.setUTCMonth(due.getUTCMonth() + 4);
  await page.getByLabel(d['field.date.day']!, { exact: true }).fill(String(due.getUTCDate()));
  await page.getByLabel(d['field.date.month']!, { exact: true }).fill(String(due.getUTCMonth() + 1));
  await page.getByLabel(d['field.date.year']!, { exact: true }).fill(String(due.getUTCFullYear()));
  await page.getByLabel(d['field.village.label']!).selectOption('drunen');
  await page.getByLabel(d['field.consent.label']!).check();
}
