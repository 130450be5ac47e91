import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Me, Session } from './auth.types';
import { AuthService } from './auth.service';

/** Sign-in and the caller's identity. */
@Resolver()
export class AuthResolver {
  @Query(() => Me, { description: 'The caller and their active roles, or the token and its scopes. 当前用户' })
  me(@Ctx() ctx: Context): Promise<Me> {
    return new AuthService(ctx).me();
  }

  @Mutation(() => Session, {
    description: 'Sign in with a username and password; returns a short-lived session token. 登录',
  })
  login(
    @Arg('username', { description: 'Username. 用户名' }) username: string,
    @Arg('password', { description: 'Password. 密码' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<Session> {
    return new AuthService(ctx).login(username, password);
  }

  @Mutation(() => Boolean, {
    description: 'Sign out everywhere: every session of yours stops working at once, on every instance. 退出登录',
  })
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return new AuthService(ctx).signOut();
  }
}
