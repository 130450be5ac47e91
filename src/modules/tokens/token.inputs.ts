import { Field, ID, InputType, Int } from 'type-graphql';
import { Scope } from '../../auth/scopes';

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 366;

/** A new partner token. */
@InputType({ description: 'A new partner token for an organisation. 新令牌' })
export class IssueTokenInput {
  @Field(() => ID, { description: 'The organisation. 机构' })
  organisationId!: string;

  @Field({ description: 'A name to recognise it by, 1–80 characters. 名称' })
  name!: string;

  @Field(() => [Scope], { description: 'What it may do (at least one). 权限范围' })
  scopes!: Scope[];

  @Field(() => Int, {
    defaultValue: DEFAULT_TOKEN_DAYS,
    description: `Days until it expires, 1–${MAX_TOKEN_DAYS} (default ${DEFAULT_TOKEN_DAYS}). 有效天数`,
  })
  expiresInDays: number = DEFAULT_TOKEN_DAYS;
}
