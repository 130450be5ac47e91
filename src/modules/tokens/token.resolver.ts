import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ApiToken } from './api-token.entity';
import { IssueTokenInput } from './token.inputs';
import { TokenService } from './token.service';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

/** A newly issued token with its secret. */
@ObjectType({ description: 'A new token and its secret, shown only this once. 新令牌' })
export class IssuedTokenPayload {
  @Field(() => ApiToken, { description: 'The token (without its secret). 令牌' })
  token!: ApiToken;

  @Field({ description: 'The secret (`gz_…`): store it now, it is never shown again. 密钥' })
  secret!: string;
}

/** Partner organisations' scoped tokens. */
@Resolver()
export class TokenResolver {
  @Query(() => [ApiToken], { description: "An organisation's tokens, newest first, without secrets. 令牌列表" })
  @MaxItems(CAP.organisationTokens.limit)
  apiTokens(
    @Arg('organisationId', () => ID, { description: 'The organisation. 机构' }) organisationId: string,
    @Ctx() ctx: Context,
  ) {
    return new TokenService(ctx).list(organisationId);
  }

  @Mutation(() => IssuedTokenPayload, { description: 'Issue a token for your organisation. 签发令牌' })
  issueToken(@Arg('input', { description: 'What to do. 输入' }) input: IssueTokenInput, @Ctx() ctx: Context) {
    return new TokenService(ctx).issue(input);
  }

  @Mutation(() => ApiToken, { description: 'Revoke a token at once. 撤销令牌' })
  revokeToken(@Arg('id', () => ID, { description: 'Identifier. 标识' }) id: string, @Ctx() ctx: Context) {
    return new TokenService(ctx).revoke(id);
  }
}
