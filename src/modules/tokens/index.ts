import { defineModule } from '../../shared/module';
import { ApiToken } from './api-token.entity';
import { TokenResolver } from './token.resolver';
import { tokenRules } from './token.rules';

/** Partner organisations' scoped tokens. */
export const tokensModule = defineModule({
  name: 'tokens',
  entities: [ApiToken],
  resolvers: [TokenResolver],
  rules: tokenRules,
});
