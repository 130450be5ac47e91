import { AuthResolver } from './auth.resolver';
import { authRules } from './auth.rules';

/** Sign-in and the caller's identity. */
export const authModule = { name: 'auth', resolvers: [AuthResolver], rules: authRules } as const;
