import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { splitLatinNames } from '../i18n/bidi';
import { getLocaleDir } from '../i18n/locales';

const isolateLatinNames = defineHastPlugin({
  name: 'isolate-latin-names',
  text(node, ctx) {
    const parts = splitLatinNames(node.value);
    if (!parts.some((part) => part.isName)) return;
    ctx.replaceNode(
      node,
      parts.map((part) =>
        part.isName
          ? { type: 'element', tagName: 'bdi', properties: { dir: 'ltr' }, children: [{ type: 'text', value: part.text }] }
          : { type: 'text', value: part.text },
      ),
    );
  },
});

/**
 * Markdown (Sätteri hast) plugin: in content written right to left (`content/pages/ar/…`),
 * wraps Latin names such as "Hallo jij!" in `<bdi dir="ltr">`, so their punctuation stays on
 * the right side. Left out of the pipeline for every other language.
 */
export function isolateLatinNamesInRightToLeft(ctx: PluginFactoryContext) {
  const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
  const lang = /content\/pages\/([a-z]{2,3})\//.exec(path)?.[1];
  return lang && getLocaleDir(lang) === 'rtl' ? isolateLatinNames : null;
}
