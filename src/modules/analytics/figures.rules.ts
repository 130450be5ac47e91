import { Scope } from '../../auth/scopes';
import { allow, argsRule } from '../../shared/rules';
import { CITY_CODE } from '../tree/division.constants';
import { DivisionService } from '../tree/division.service';

const readFigures = argsRule<{ code?: string }>('figures:read', async (ctx, _p, args) =>
  ctx.viewer.canRead((await new DivisionService(ctx).byCode(args.code ?? CITY_CODE)).path, Scope.FIGURES_READ),
);

/** Roles with read power over a node (and tokens with FIGURES_READ in their subtree) read its figures. */
export const figuresRules = {
  Query: { figures: readFigures },
  // Counts are reached only through the guarded query; `division` is guarded by Division's own rules.
  Figures: allow,
};
