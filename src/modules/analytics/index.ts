import { defineModule } from '../../shared/module';
import { FiguresResolver } from './figures.resolver';
import { figuresRules } from './figures.rules';

/** The city's figures. */
export const analyticsModule = defineModule({ name: 'analytics', resolvers: [FiguresResolver], rules: figuresRules });
