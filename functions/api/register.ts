import { registrationSubmission } from '../../src/submissions/registrationSubmission';
import { submissionHandler } from '../../src/submissions/handleSubmission';

/** `POST /api/register`: a mother signs herself up (fields and answers: README). */
export const register = submissionHandler(registrationSubmission);
