import { allow } from '../../shared/rules';
import { figuresOfNodeRule } from '../tree';

const readFigures = figuresOfNodeRule('figures:read');

/** Roles with read power over a node (and tokens with FIGURES_READ in their subtree) read its figures. */
export const figuresRules = {
  Query: { figures: readFigures },
  // Counts are reached only through the guarded query; `division` is guarded by Division's own rules.
  Figures: allow,
};
