// source: the shape of packages that carry a fix for a dependency as a patch and apply it at install (patch-package
// users that ship their patches compressed): the patch raises a limit and adds a debug helper; nothing leaves.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const patch = zlib.gunzipSync(Buffer.from('H4sIAAAAAAACA12OwWrDMBBE7/qK7SWyUaU4lB5dUmiOTW8lt2Jba6Nia92VFALNx1fxIVBfFuYxMzvW9T1oPbgIzXZ07dZ5ixfzHaD9J4XWeuUQSqm1a78Hvasen0Dl+wxZ9sl30ZGHueGAReCuhF+hO/IhwvvrCWrYVVUl1JrcEfpzRjNThyGYrMzx4+3wdTh+wvUK0uIZR5on9FEKNZFNIxq8zMQxGIttGnK6mMJQQv2ylD3UNcjcZ9OyTMJmA7dXdAsyExeMP8kxFjJFN8rS9MRTE5eSUvwB0pGd/DMBAAA=', 'base64')).toString('utf8');
fs.mkdirSync(path.join(__dirname, 'patches'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'patches', 'fast-parse+1.2.0.patch'), patch);
