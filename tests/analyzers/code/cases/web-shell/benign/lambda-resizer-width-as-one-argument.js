// expect: clean
// source: the shape of Lambda image resizers (API Gateway event, ImageMagick in a layer): a query parameter of the
// event given as one argument of a fixed program is not a command line
const { execFileSync } = require('child_process');
const fs = require('fs');

exports.handler = async (event) => {
  const width = String(parseInt(event.queryStringParameters.width, 10) || 200);
  const key = event.pathParameters.key.replace(/[^\w.-]/g, '');
  execFileSync('/opt/bin/convert', [`/tmp/${key}`, '-resize', width, `/tmp/out-${key}`]);
  return { statusCode: 200, headers: { 'content-type': 'image/png' }, body: fs.readFileSync(`/tmp/out-${key}`).toString('base64'), isBase64Encoded: true };
};
