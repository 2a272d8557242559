// A Hono middleware: the request's Accept-Language header picks the locale it stores for the handlers.
export function locale(supported = ['en']) {
  return async function (c, next) {
    const wanted = (c.req.header('accept-language') || '').split(',')[0].slice(0, 2);
    c.set('locale', supported.includes(wanted) ? wanted : supported[0]);
    await next();
  };
}
