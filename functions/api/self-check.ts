import { answerSelfCheck } from '../../src/submissions/selfCheckPost';
import type { RequestHandler } from '../env';

/** `POST /api/self-check`: her result of "Hoe gaat het met je?", drawn from her answers and kept nowhere (README). */
export const selfCheck: RequestHandler = (request, env) => answerSelfCheck(request, env);
