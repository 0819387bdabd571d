import { describe, expect, it } from 'vitest';
import { savedTranslation } from '../../src/translationStatus/markTranslationCurrent';
import { sourceVersionsOf } from '../../src/translationStatus/sourceVersions';

const dutch = 'Welkom.\n\n## Wat zit erin? {#wat-zit-erin}\n\nEen boek.\n\n## Wanneer? {#wanneer}\n\nNa de geboorte.\n';
const english = 'Welcome.\n\n## What is in it? {#wat-zit-erin}\n\nA book.\n';

describe('the editor’s switch “this translation matches the Dutch text”', () => {
  it('records the fingerprint of each Dutch section the translation has, as i18n:done does', () => {
    const saved = savedTranslation(dutch, { title: 'Gift', body: english, markCurrent: true, sourceVersions: { intro: '00000000' } });
    const { wanneer: _missing, ...expected } = sourceVersionsOf(dutch);
    expect(saved).toEqual({ title: 'Gift', body: english, sourceVersions: expected });
  });

  it('is never saved, and leaves the record alone when it is off', () => {
    expect(savedTranslation(dutch, { title: 'Gift', body: english, markCurrent: false, sourceVersions: { intro: '00000000' } })).toEqual({
      title: 'Gift',
      body: english,
      sourceVersions: { intro: '00000000' },
    });
    expect(savedTranslation(dutch, { title: 'Gift', body: english })).toEqual({ title: 'Gift', body: english });
  });
});
