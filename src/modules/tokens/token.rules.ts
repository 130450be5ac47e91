import type { Context } from '../../context';
import type { Organisation } from '../organisations';
import { argsRule, isPerson, and } from '../../shared/rules';
import { TokenService } from './token.service';

/** The organisation's admin manages its tokens; the street office or bureau above may list and revoke them. */
function mayManage(ctx: Context, org: Organisation, issuing: boolean): boolean {
  return ctx.viewer.adminsOrganisation(org.id) || (!issuing && ctx.viewer.canOversee(org.divisionPath));
}

const issue = argsRule<{ input: { organisationId: string } }>('token:issue', async (ctx, _p, { input }) =>
  mayManage(ctx, await new TokenService(ctx).organisation(input.organisationId), true),
);
const list = argsRule<{ organisationId: string }>('token:list', async (ctx, _p, args) =>
  mayManage(ctx, await new TokenService(ctx).organisation(args.organisationId), false),
);
const revoke = argsRule<{ id: string }>('token:revoke', async (ctx, _p, args) =>
  mayManage(ctx, (await new TokenService(ctx).byId(args.id)).organisation as Organisation, false),
);

/** Only people manage tokens: a token can never issue or revoke tokens. */
export const tokenRules = {
  Query: { apiTokens: and(isPerson, list) },
  Mutation: { issueToken: and(isPerson, issue), revokeToken: and(isPerson, revoke) },
  // Reached only through the guarded entry points above.
  ApiToken: isPerson,
  IssuedTokenPayload: isPerson,
};
