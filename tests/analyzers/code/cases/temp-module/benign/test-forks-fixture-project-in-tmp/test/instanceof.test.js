// source: @fastify/error 4.2.1's test/instanceof.test.js (abridged): the test writes a fixture project to a scratch
// directory, forks its index.js, waits for its answer and deletes the directory. Nothing loads a test.
const cp = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { test } = require('node:test')

test('ensure that instanceof works accross different installations of the fastify-error module', async (t) => {
  const testCwd = path.resolve(os.tmpdir(), `fastify-error-instanceof-test-${Math.random().toString(36).substring(2, 15)}`)
  fs.mkdirSync(testCwd, { recursive: true })
  fs.writeFileSync(path.resolve(testCwd, 'index.js'), `
    const { createError } = require('fastify-error')
    process.send(createError('X') instanceof Error)
  `)
  const child = cp.fork(path.resolve(testCwd, 'index.js'), { cwd: testCwd, stdio: 'inherit' })
  const finished = new Promise((resolve) => child.on('message', resolve))
  t.assert.ok(await finished)
  fs.rmSync(testCwd, { recursive: true, force: true })
})
