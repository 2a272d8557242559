// expect: clean
// source: @prisma/client@5.8.1 runtime/binary.js (minified): a serializer that compares `e` with `==` and encodes a
// Buffer once (`Buffer.from(e).toString("base64")`), and a debug print of settings read from the environment. A
// one-letter name of a minified bundle is reused everywhere: `e=="bigint"` is a comparison, not `e` holding base64.
function ji(e){return typeof e=="bigint"?{prisma__type:"bigint",prisma__value:e.toString()}:Buffer.isBuffer(e)?{prisma__type:"bytes",prisma__value:Buffer.from(e).toString("base64")}:e}
function dbg(e){e=process.env.DEBUG_PRISMA_SECRET_TOKEN;if(e)console.log(Buffer.from(ji(e)).toString("base64"))}
module.exports={serialize:ji,debug:dbg};
