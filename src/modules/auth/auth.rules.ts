import { allow, isPerson, isSignedIn } from '../../shared/rules';

/** Anyone may try to sign in; `me` needs a caller; only people (not tokens) sign out. Fields of Me describe the caller to themself. */
export const authRules = {
  Query: { me: isSignedIn },
  Mutation: { login: allow, signOut: isPerson },
  Me: isSignedIn,
  Session: allow,
};
