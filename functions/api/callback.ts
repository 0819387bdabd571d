import { callbackForm } from '../../src/forms/callbackForm';
import { formEndpoint } from '../../src/forms/formEndpoint';

/** `POST /api/callback`: a referrer asks the team to call a mother (fields and answers: README). */
export const callback = formEndpoint(callbackForm);
