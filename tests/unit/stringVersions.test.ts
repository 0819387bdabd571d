import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataStrings, interfaceStrings, stringStates, stringVersionsOf } from '../../src/translationStatus/stringVersions';

const translationLanguages = ['en', 'pl', 'tr', 'ar', 'ti'];

describe('translated strings and their fingerprints', () => {
  it('joins the plural forms of an interface string, so Polish and Arabic forms follow the Dutch ones', () => {
    const dutch = interfaceStrings({ 'a.title': 'Titel', 'a.count_one': '1 minuut', 'a.count_other': '{{count}} minuten' });
    expect([...dutch.keys()]).toEqual(['interface:a.count', 'interface:a.title']);
    const polish = interfaceStrings({ 'a.title': 'Tytuł', 'a.count_one': 'minuta', 'a.count_few': 'minuty', 'a.count_many': 'minut' });
    const recorded = stringVersionsOf(dutch);
    expect(stringStates(dutch, polish, recorded)).toEqual([
      { key: 'interface:a.count', state: 'current' },
      { key: 'interface:a.title', state: 'current' },
    ]);
    const changed = interfaceStrings({ 'a.title': 'Titel', 'a.count_one': '1 minuut', 'a.count_other': 'ongeveer {{count}} minuten' });
    expect(stringStates(changed, polish, recorded).map(({ state }) => state)).toEqual(['outdated', 'current']);
  });

  it('names a data file’s texts by file, item id and field, and finds them nested', () => {
    const items = [
      { id: 'mamacafe-drunen', place: 'Bibliotheek', title: { nl: 'Mama-café', en: 'Mum café' }, address: { street: 'Raadhuisplein 15' } },
      { id: 'team', hours: { nl: '9 tot 5', en: '' }, extra: [{ label: { nl: 'x', en: 'y' } }] },
    ];
    expect(Object.fromEntries(dataStrings('meetups.yaml', items, 'en'))).toEqual({
      'data:meetups/mamacafe-drunen/title': 'Mum café',
      'data:meetups/team/hours': '',
      'data:meetups/team/extra/0/label': 'y',
    });
    const dutch = dataStrings('meetups.yaml', items, 'nl');
    expect(stringStates(dutch, dataStrings('meetups.yaml', items, 'en'), stringVersionsOf(dutch)).find(({ key }) => key.endsWith('/hours'))!.state).toBe('missing');
  });
});

// Each test runs the scripts several times as their own Node processes: seconds, not milliseconds.
describe('npm run i18n:report and i18n:done on a copy of the strings', { timeout: 30_000 }, () => {
  const copies: string[] = [];
  afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function copyOfStrings() {
    const dir = mkdtempSync(join(tmpdir(), 'hallojij-strings-'));
    copies.push(dir);
    const folders = { I18N_INTERFACE_DIR: join(dir, 'interface'), I18N_DATA_DIR: join(dir, 'data'), I18N_RECORDS_DIR: join(dir, 'records') };
    cpSync(new URL('../../src/i18n/translations/', import.meta.url), folders.I18N_INTERFACE_DIR, { recursive: true });
    cpSync(new URL('../../content/data/', import.meta.url), folders.I18N_DATA_DIR, { recursive: true });
    cpSync(new URL('../../content/translation-records/', import.meta.url), folders.I18N_RECORDS_DIR, { recursive: true });
    // The report runs over the pages too; it reads the repository's, which are left alone.
    const run = (script: string, args: string[]) => execFileSync(process.execPath, [`scripts/${script}.mjs`, ...args], { encoding: 'utf8', env: { ...process.env, ...folders } });
    type Report = { strings: { source: string; key: string; lang: string; state: string }[] };
    const report = () => (JSON.parse(run('i18n-report', ['--json'])) as Report).strings;
    return { folders, run, report };
  }

  it('a changed Dutch string is reported outdated in all five translations, and nothing else, until it is marked done', () => {
    const { folders, run, report } = copyOfStrings();
    expect(report()).toEqual([]);

    const meetupsFile = join(folders.I18N_DATA_DIR, 'meetups.yaml');
    const meetups = readFileSync(meetupsFile, 'utf8');
    writeFileSync(meetupsFile, meetups.replace('nl: elke eerste woensdag van de maand, 10.00 tot 11.30 uur', 'nl: elke eerste woensdag van de maand, 9.30 tot 11.30 uur'));
    expect(readFileSync(meetupsFile, 'utf8')).not.toBe(meetups);
    const messagesFile = join(folders.I18N_INTERFACE_DIR, 'nl.json');
    const messages = JSON.parse(readFileSync(messagesFile, 'utf8')) as Record<string, string>;
    writeFileSync(messagesFile, JSON.stringify({ ...messages, 'footer.privacy': 'Privacy en cookies' }, null, 2));

    const expected = translationLanguages.flatMap((lang) => [
      { source: 'interface', key: 'footer.privacy', lang, state: 'outdated' },
      { source: 'data', key: 'meetups/mamacafe-drunen/schedule', lang, state: 'outdated' },
    ]);
    expect(report()).toEqual(expected);
    expect(run('i18n-report', [])).toMatch(/en: \d+ current, 2 outdated, 0 missing/);

    run('i18n-done', ['en', 'strings', 'data:meetups/mamacafe-drunen/schedule']);
    expect(report()).toEqual(expected.filter((entry) => !(entry.lang === 'en' && entry.source === 'data')));
    run('i18n-done', ['pl', 'strings']);
    expect(report().filter((entry) => entry.lang === 'pl')).toEqual([]);
  });

  it('a translation left out is reported missing', () => {
    const { folders, report } = copyOfStrings();
    const messagesFile = join(folders.I18N_INTERFACE_DIR, 'ti.json');
    const { 'footer.contact': _left, ...messages } = JSON.parse(readFileSync(messagesFile, 'utf8')) as Record<string, string>;
    writeFileSync(messagesFile, JSON.stringify(messages, null, 2));
    expect(report()).toEqual([{ source: 'interface', key: 'footer.contact', lang: 'ti', state: 'missing' }]);
  });
});
