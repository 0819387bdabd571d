/** One line for a header such as Subject: no CR, LF or other control characters, ever. */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}
