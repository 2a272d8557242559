'use strict';
process.on('message', (m) => {
  try {
    const fn = new Function('return (' + m.params[0] + ').apply(null, arguments);');
    Promise.resolve(fn.apply(null, m.params[1])).then((result) => process.send({ id: m.id, result }));
  } catch (e) { process.send({ id: m.id, error: String(e) }); }
});
