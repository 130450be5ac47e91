import { TokenResolver } from './token.resolver';
import { tokenRules } from './token.rules';

/** Partner organisations' scoped tokens. */
export const tokensModule = { name: 'tokens', resolvers: [TokenResolver], rules: tokenRules } as const;
