import { defineModule } from '../../shared/module';
import { ApiToken } from './api-token.entity';
import { TokenResolver } from './token.resolver';
import { tokenRules } from './token.rules';

// What the server and the CLI use: tokens, their secrets, and issuing one.
export { ApiToken } from './api-token.entity';
export { digestOf, looksLikeSecret, TOKEN_PREFIX } from './token-secret';
export { DEFAULT_TOKEN_DAYS } from './token.inputs';
export { issueToken } from './token.service';

/** Partner organisations' scoped tokens. */
export const tokensModule = defineModule({
  name: 'tokens',
  entities: [ApiToken],
  resolvers: [TokenResolver],
  rules: tokenRules,
});
