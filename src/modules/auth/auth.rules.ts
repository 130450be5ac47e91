import { allow, isSignedIn } from '../../shared/rules';

/** Anyone may try to sign in; `me` needs a caller. Fields of Me describe the caller to themself. */
export const authRules = {
  Query: { me: isSignedIn },
  Mutation: { login: allow },
  Me: isSignedIn,
  Session: allow,
};
