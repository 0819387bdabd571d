/**
 * One JSON log line about a submission's e-mails: form, reference, outcome and try, never an
 * answer. `level: 'error'` marks what the team must know about (the dead-letter queue): Workers
 * Logs can alert on it.
 */
export function logDelivery(fields: { form?: string; ref?: string; outcome: string; attempt?: number; detail?: string | undefined }, level: 'info' | 'error' = 'info'): void {
  const line = JSON.stringify({ event: 'outbox', level, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}
