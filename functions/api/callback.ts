import { callbackSubmission } from '../../src/submissions/callbackSubmission';
import { submissionHandler } from '../../src/submissions/handleSubmission';

/** `POST /api/callback`: a referrer asks the team to call a mother (fields and answers: README). */
export const callback = submissionHandler(callbackSubmission);
