import { defineModule } from '../../shared/module';
import { Account } from './account.entity';
import { AuthResolver } from './auth.resolver';
import { authRules } from './auth.rules';
import { LoginThrottleCounter } from './login-throttle.entity';

// What the server uses: the login throttle.
export { createLoginThrottle, type LoginThrottle } from './login-throttle';
// What the server and the CLI use: accounts, and creating an administrator.
export { Account } from './account.entity';
export { AdministratorRefused, createAdministrator } from './administrator';

/** Sign-in and the caller's identity. */
export const authModule = defineModule({
  name: 'auth',
  entities: [Account, LoginThrottleCounter],
  resolvers: [AuthResolver],
  rules: authRules,
});
