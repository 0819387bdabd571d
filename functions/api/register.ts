import { formEndpoint } from '../../src/forms/formEndpoint';
import { registrationForm } from '../../src/forms/registrationForm';

/** `POST /api/register`: a mother signs herself up (fields and answers: README). */
export const register = formEndpoint(registrationForm);
