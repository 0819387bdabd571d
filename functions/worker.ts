import { EmailMessage } from 'cloudflare:email';
import { callback } from './api/callback';
import { editorLogin } from './api/cms/auth';
import { editorLoginCallback } from './api/cms/callback';
import { health } from './api/health';
import { register } from './api/register';
import { evaluationReport } from './api/report';
import { selfCheck } from './api/self-check';
import { practiceLink } from './api/via';
import type { Env, RequestHandler } from './env';
import { deliverDeadLetters, deliverOutbox } from './queues/outbox';
import { sendEvaluationReport } from './scheduled/report';
import { isPracticeLinkPath } from '../src/counts/practiceLink';
import { jsonResponse } from '../src/http/responses';

const routes: Record<string, RequestHandler> = {
  '/api/register': register,
  '/api/callback': callback,
  '/api/self-check': selfCheck,
  '/api/health': health,
  '/api/report': evaluationReport,
  '/api/cms/auth': editorLogin,
  '/api/cms/callback': editorLoginCallback,
};

/**
 * The Hallo jij! Worker. Static assets are served by Cloudflare before this code runs; only
 * `/api/*` reaches `fetch` (`run_worker_first` in wrangler.toml). `queue` takes the outbox and its
 * dead-letter queue; `scheduled` (the weekly Cron Trigger) sends the evaluation's report.
 */
export default {
  async fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    const route = routes[pathname] ?? (isPracticeLinkPath(pathname) ? practiceLink : undefined);
    if (route) return route(request, env, ctx);
    return jsonResponse({ error: 'notFound' }, { status: 404 });
  },

  async queue(batch, env) {
    if (batch.queue === env.DEAD_LETTER_QUEUE) {
      const sendRaw = async ({ from, to, raw }: { from: string; to: string; raw: string }) => {
        if (!env.TEAM_MAIL) throw new Error('TEAM_MAIL missing');
        await env.TEAM_MAIL.send(new EmailMessage(from, to, raw));
      };
      return deliverDeadLetters(batch.messages, env, sendRaw);
    }
    return deliverOutbox(batch.messages, env);
  },

  async scheduled(controller, env) {
    await sendEvaluationReport(controller.scheduledTime, env);
  },
} satisfies ExportedHandler<Env, unknown>;
