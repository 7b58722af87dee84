import { AppError } from '../../api/app-error';
import * as auth from '../../services/auth/auth';
import * as setup from '../../services/setup/setup';
import * as userAdmin from '../../services/team/user-admin';
import type { RegistryPart } from './part';

/** Status, first-run setup, login and the session, and the caller's own account. */
export const accountProcedures = {
  'app.status': { access: 'public', scope: 'none', handler: (ctx) => auth.appStatus(ctx.state, ctx.session) },
  'setup.defaults': { access: 'public', scope: 'none', handler: () => setup.setupDefaults() },
  'setup.initialize': {
    access: 'public',
    scope: 'none',
    handler: (ctx, input) => setup.initialize(ctx.state, input),
  },
  'auth.login': {
    access: 'public',
    scope: 'none',
    handler: async (ctx, input) => {
      if (ctx.session) {
        ctx.state.sessions.destroy(ctx.session.id);
      }
      const { session, info } = await auth.login(ctx.state, input.userId, input.password, ctx.today);
      ctx.setSession(session);
      return info;
    },
  },
  'auth.unlock': {
    access: 'locked',
    scope: 'none',
    handler: (ctx, input) => auth.unlock(ctx.state, ctx.session, input.password, ctx.today),
  },
  'auth.lock': {
    access: 'password',
    scope: 'none',
    purpose: 'account',
    handler: (ctx) => {
      auth.lock(ctx.state, ctx.session);
      return null;
    },
  },
  'auth.logout': {
    access: 'locked',
    scope: 'none',
    handler: (ctx) => {
      auth.logout(ctx.state, ctx.session);
      ctx.setSession(null);
      return null;
    },
  },
  'auth.changePassword': {
    access: 'password',
    scope: 'none',
    purpose: 'account',
    handler: (ctx, input) =>
      auth.changePassword(ctx.state, ctx.session, input.currentPassword, input.newPassword),
  },
  'me.setLanguage': {
    access: 'password',
    scope: 'none',
    purpose: 'account',
    handler: (ctx, input) => {
      userAdmin.setLanguage(ctx.service, input.language);
      const status = auth.appStatus(ctx.state, ctx.session);
      if (!status.session) throw new AppError('unauthenticated', 'error.unauthenticated');
      return status.session;
    },
  },
} satisfies RegistryPart;
