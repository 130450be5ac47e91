import { Scope } from '../../auth/scopes';
import {
  allOf,
  allow,
  argsRule,
  objectRule,
  readVerdict,
  scopeVerdict,
  treeNodeVerdict,
  viewerRule,
} from '../../shared/rules';
import type { Division } from './division.entity';
import type { UpdateDivisionInput } from './division.inputs';
import { CITY_CODE } from './division.constants';
import { DivisionService } from './division.service';

/** People, and tokens with TREE_READ (whose searches stay within their subtree). */
const readsTree = viewerRule('tree:read', (ctx) => ctx.viewer.kind === 'person' || scopeVerdict(ctx, Scope.TREE_READ));

const seeDivision = objectRule<Division>('division:see', (ctx, d) => treeNodeVerdict(ctx, d.path));
const readOrganisationsAt = objectRule<Division>('division:organisations', (ctx, d) =>
  allOf(
    () => treeNodeVerdict(ctx, d.path),
    () => readVerdict(ctx, d.path, Scope.ORGANISATIONS_READ),
  ),
);
const readPeopleAt = objectRule<Division>('division:people', (ctx, d) =>
  allOf(
    () => treeNodeVerdict(ctx, d.path),
    () => readVerdict(ctx, d.path, Scope.PEOPLE_READ),
  ),
);

const administerByCode = argsRule<{ input: UpdateDivisionInput }>('division:administer', async (ctx, _p, { input }) => {
  const division = await new DivisionService(ctx).byCode(input.code);
  ctx.audit.scope(division.path, true);
  return ctx.viewer.canAdminister(division.path);
});

/**
 * The rule of a figures query taking `code` (the city by default): a role with read power over
 * the node, or a token with FIGURES_READ in its subtree. One per query, each with its own name.
 */
export function figuresOfNodeRule(name: string) {
  return argsRule<{ code?: string }>(name, async (ctx, _p, args) =>
    readVerdict(ctx, (await new DivisionService(ctx).byCode(args.code ?? CITY_CODE)).path, Scope.FIGURES_READ),
  );
}

/** Who may read and change the governance tree. */
export const divisionRules = {
  Query: { division: readsTree, divisions: readsTree },
  Mutation: { updateDivision: administerByCode },
  Division: {
    '*': seeDivision,
    householdHead: readPeopleAt,
    organisations: readOrganisationsAt,
    roleHolders: readOrganisationsAt,
  },
  DivisionConnection: allow,
  DivisionEdge: allow,
  PageInfo: allow,
};
