import { describe, expect, it } from 'vitest';
import { helpLineSchema, pageSchema } from '../../src/content/schemas';
import { telHref, unbreakablePhone, whatsappHref, mapHref } from '../../src/content/links';
import { charactersInScript, getScriptFont, toUnicodeRange } from '../../src/fonts/scriptFonts';
import { buildContentSecurityPolicy, cspHash, inlineBlocks } from '../../src/security/contentSecurityPolicy';
import { withChooserAsDefault } from '../../src/seo/sitemapLinks';

describe('script fonts', () => {
  it('keeps only the characters of the script, once each', () => {
    const ethiopic = getScriptFont('Ethi')!;
    expect(charactersInScript('ትግርኛ ትግርኛ Hallo!', ethiopic).map((c) => String.fromCodePoint(c)).join('')).toBe('ርትኛግ');
    expect(getScriptFont('Latn')).toBeUndefined();
  });

  it('folds code points into unicode-range runs', () => {
    expect(toUnicodeRange([0x621, 0x622, 0x623, 0x625, 0x60c])).toEqual(['U+621-623', 'U+625', 'U+60C']);
    expect(toUnicodeRange([])).toEqual([]);
  });
});

describe('content security policy', () => {
  it('allows inline blocks only by hash, never unsafe-inline', () => {
    const policy = buildContentSecurityPolicy({ scripts: ['sha256-a'], styles: ['sha256-b', 'sha256-b'] });
    expect(policy).toContain("script-src 'self' 'sha256-a'");
    expect(policy).toContain("style-src 'self' 'sha256-b';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe');
  });

  it('hashes like a browser does and finds inline blocks but not external scripts', async () => {
    expect(await cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    const blocks = inlineBlocks('<style>a{}</style><script src="/x.js"></script><script type="module">go()</script>');
    expect(blocks).toEqual({ scripts: ['go()'], styles: ['a{}'] });
  });
});

describe('phone links', () => {
  it('dials Dutch numbers internationally and short numbers as they are', () => {
    expect(telHref('0800-2000')).toBe('tel:+318002000');
    expect(telHref('088-0767 000')).toBe('tel:+31880767000');
    expect(telHref('112')).toBe('tel:112');
  });

  it('opens WhatsApp and the map without any account, and keeps numbers on one line', () => {
    expect(whatsappHref('06-12345678')).toBe('https://wa.me/31612345678');
    expect(() => whatsappHref('12')).toThrow(/not a valid phone number/);
    expect(mapHref({ street: 'Raadhuisplein 2', postcode: '5251 AA', town: 'Vlijmen' })).toBe(
      'https://www.openstreetmap.org/search?query=Raadhuisplein%202%2C%205251%20AA%20Vlijmen',
    );
    expect(unbreakablePhone('088-0767 000')).toBe('088\u20110767\u00a0000');
  });
});

describe('content schemas', () => {
  it('names the field that is wrong', () => {
    const result = pageSchema.safeParse({ description: 'x', translationStatus: 'final' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['title', 'translationStatus']);
  });

  it('needs a help line description in every language', () => {
    const description = { nl: 'a', en: 'a', pl: 'a', tr: 'a', ar: 'a' };
    const result = helpLineSchema.safeParse({ name: 'X', phone: '112', description });
    expect(result.error?.issues[0]?.path).toEqual(['description', 'ti']);
  });
});

describe('sitemap alternates', () => {
  it('makes the chooser x-default instead of a Dutch page', () => {
    const item = withChooserAsDefault({
      url: 'https://example.org/pl/',
      links: [
        { lang: 'nl', url: 'https://example.org/' },
        { lang: 'nl', url: 'https://example.org/nl/' },
        { lang: 'pl', url: 'https://example.org/pl/' },
      ],
    } as never);
    expect(item.links).toEqual([
      { lang: 'nl', url: 'https://example.org/nl/' },
      { lang: 'pl', url: 'https://example.org/pl/' },
      { lang: 'x-default', url: 'https://example.org/' },
    ]);
    const root = withChooserAsDefault({ url: 'https://example.org/' } as never);
    expect(root.links?.map((link) => link.lang)).toEqual(['nl', 'en', 'pl', 'tr', 'ar', 'ti', 'x-default']);
  });
});
