import { Scope } from '../../auth/scopes';
import { allow, argsRule, isPerson, objectRule, and, readVerdict } from '../../shared/rules';
import { DivisionService, figuresOfNodeRule } from '../tree';
import type { Compound } from './property.entities';

const readCommunity = argsRule<{ communityCode: string }>('property:read', async (ctx, _p, args) =>
  readVerdict(
    ctx,
    (await new DivisionService(ctx).byCode(args.communityCode, 'communityCode')).path,
    Scope.ORGANISATIONS_READ,
  ),
);
const figures = figuresOfNodeRule('property:figures');

/** A community and those above it see its compounds and who manages them. */
export const propertyRules = {
  Query: { compounds: and(isPerson, readCommunity), redPropertyFigures: figures },
  Compound: {
    '*': objectRule<Compound>('property:see', (ctx, c) => readVerdict(ctx, c.communityPath, Scope.ORGANISATIONS_READ)),
  },
  RedPropertyFigures: allow,
};
