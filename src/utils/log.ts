/**
 * One JSON log line: an event name, a reference and an outcome, never anything a visitor typed.
 * `level: 'error'` (written to stderr) marks what the team must know about: Workers Logs can
 * alert on it. Lines without a level are plain information.
 */
export function logEvent(event: string, fields: Record<string, unknown>, level?: 'info' | 'error'): void {
  const line = JSON.stringify({ event, ...(level ? { level } : {}), ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}
