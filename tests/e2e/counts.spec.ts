import { expect, test } from '@playwright/test';
import { eventually, openedAttachment, outbox, siteUrl } from './mailSink';

// The evaluation's counts (issue 23): the report e-mail of the Cron Trigger, in the real workerd of
// `wrangler dev`, through the real Resend SDK to the local stand-in.

const weekMs = 7 * 24 * 3600 * 1000;
const firstMonday = Date.UTC(1970, 0, 5);

/** Runs the Worker's `scheduled` handler as the Cron Trigger would at `time` (miniflare's endpoint; /__scheduled is served by the assets first). */
async function runCron(time: number, base = siteUrl) {
  const response = await fetch(`${base}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('0 6 * * 1')}&time=${time}`);
  expect(response.status).toBe(200);
}

test.describe('the report e-mail', () => {
  test('the weekly cron sends the report every four weeks to REPORT_INBOX, sealed for the team, with the CSV sealed too', async () => {
    // A report Monday of its own (a multiple of four weeks from the fixed first Monday), so each run has its own e-mail.
    const week = 4 * (2000 + Math.floor(Math.random() * 600));
    const reportTime = firstMonday + week * weekMs + 6 * 3600 * 1000;
    const day = new Date(reportTime).toISOString().slice(0, 10);
    await runCron(reportTime + weekMs); // the week after: no report
    await runCron(reportTime);
    const reports = await eventually(
      async () => (await outbox()).filter((email) => email.idempotencyKey?.startsWith('report:')),
      (found) => found.some((email) => email.idempotencyKey === `report:${day}`),
      15_000,
    );
    expect(reports.filter((email) => email.idempotencyKey === `report:${new Date(reportTime + weekMs).toISOString().slice(0, 10)}`)).toHaveLength(0);
    const report = reports.find((email) => email.idempotencyKey === `report:${day}`)!;
    expect(report.body.to).toEqual(['projectleider@example.org']);
    expect(report.body.subject).toMatch(/^Hallo jij! in cijfers, tot en met \w+ \d{4}$/);
    // Sealed: the text travelled as OpenPGP, no HTML part in clear, the CSV only as a sealed .asc file.
    expect(report.sealed).toBe(true);
    expect(report.travelledText).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(report.body.html).toBe('');
    expect(report.body.text).toContain('Aanmeldingen:');
    expect(report.body.text).toContain('<5: minder dan vijf');
    const [attachment] = report.body.attachments ?? [];
    expect(attachment!.filename).toMatch(/^hallojij-cijfers-\d{4}-\d{2}\.csv\.asc$/);
    const csv = await openedAttachment(attachment!);
    expect(csv.sealed).toBe(true);
    expect(csv.text.split('\r\n')[0]).toBe('month,form,dimension,value,label,count');
  });
});
