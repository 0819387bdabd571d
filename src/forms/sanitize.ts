/** C0/C1 control characters except tab and newline, which a message may contain. */
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Bidirectional embeddings, overrides and isolates: they can make a name display as another. */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Cleans one text answer: Unicode NFC, no control or bidi-override characters, trimmed, and for
 * single-line fields no line breaks. Scripts are left alone: an Arabic or Ethiopic name is valid.
 */
export function cleanText(value: unknown, { multiline = false } = {}): string {
  if (typeof value !== 'string') return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  let text = value.normalize('NFC').replace(controlCharacters, '').replace(bidiControls, '').replace(/\r\n?/g, '\n');
  text = multiline ? text.replace(/\t/g, ' ') : text.replace(/[\t\n]+/g, ' ');
  return text.trim();
}
