import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Scope } from '../../auth/scopes';
import { Organisation } from '../organisations';
import { Person } from '../people';
import { RoleAssignment } from '../roles';
import { CAP } from '../../shared/caps';
import { MaxItems } from '../../shared/cost';

/** What kind of caller this is. */
export enum ViewerKind {
  PERSON = 'PERSON',
  TOKEN = 'TOKEN',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'A signed-in person or a partner token. 调用方类型',
  valuesConfig: {
    PERSON: { description: 'A signed-in person. 个人' },
    TOKEN: { description: "A partner organisation's token. 合作机构令牌" },
  },
});

/** The caller. */
@ObjectType({ description: 'Who is calling, and with which roles or scopes. 当前用户' })
export class Me {
  @Field(() => ViewerKind, { description: 'Person or token. 类型' })
  kind!: ViewerKind;

  @Field(() => Person, { nullable: true, description: 'The signed-in person. 本人' })
  person!: Person | null;

  @Field(() => [RoleAssignment], { description: "The person's active roles (empty for tokens). 当前任职" })
  @MaxItems(CAP.personRoles.limit)
  roles!: RoleAssignment[];

  @Field(() => Organisation, { nullable: true, description: "The token's organisation. 令牌所属机构" })
  organisation!: Organisation | null;

  @Field(() => [Scope], { nullable: true, description: "The token's scopes (null for people). 令牌权限" })
  @MaxItems(Object.keys(Scope).length)
  scopes!: Scope[] | null;
}

/** A new session. */
@ObjectType({ description: 'A new session token. 登录结果' })
export class Session {
  @Field({ description: 'Send as "Authorization: Bearer <token>". 会话令牌' })
  token!: string;

  @Field(() => Date, { description: 'When it stops working. 过期时间' })
  expiresAt!: Date;

  @Field(() => Person, { description: 'Who signed in. 本人' })
  person!: Person;
}
