/**
 * Who a confirmation or receipt may greet by name. The forms can be filled in by anyone with any
 * address, so what comes back in the municipality's e-mail must not be able to carry a link or an
 * advert: a name is used only when it looks like a person's name. Letters of any script (with
 * their marks), hyphens and apostrophes, at most four words of at most 24 letters; no digits, dots,
 * slashes, colons or other signs (`evil.example`, `javascript:`, `06…`), at most 60 characters.
 */
const nameWord = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;

/** The name as given when it looks like a person's name, else undefined. */
export function nameForGreeting(name: string): string | undefined {
  const trimmed = name.trim();
  const words = trimmed.split(/\s+/);
  if (trimmed === '' || trimmed.length > 60 || words.length > 4) return undefined;
  return words.every((word) => word.length <= 24 && nameWord.test(word)) ? words.join(' ') : undefined;
}

/** Her first name when her name looks like a person's name, else undefined. */
export function firstNameForGreeting(name: string): string | undefined {
  return nameForGreeting(name)?.split(' ')[0];
}
