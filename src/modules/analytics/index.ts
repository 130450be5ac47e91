import { FiguresResolver } from './figures.resolver';
import { figuresRules } from './figures.rules';

/** The city's figures. */
export const analyticsModule = { name: 'analytics', resolvers: [FiguresResolver], rules: figuresRules } as const;
