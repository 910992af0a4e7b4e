// `headerguard emulator`: the first stdout line is the JSON contract; SIGTERM stops it cleanly.
import { expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

it('prints {endpoint, distributions, caFile} first, serves, and exits 0 on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve('src/cli.ts'), 'emulator', '--port', '0'],
    {
      cwd: resolve('.'),
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const firstLine = await new Promise<string>((done, fail) => {
    let buffered = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const end = buffered.indexOf('\n')
      if (end !== -1) done(buffered.slice(0, end))
    })
    child.on('exit', (code) => fail(new Error(`exited ${code} before printing: ${stderr}`)))
  })
  const info = JSON.parse(firstLine) as {
    endpoint: string
    distributions: Record<string, string>
    caFile: string
  }
  expect(info.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  expect(Object.keys(info.distributions)).toEqual(['EDFDVBD6EXAMPLE'])
  expect(readFileSync(info.caFile, 'utf8')).toContain('BEGIN CERTIFICATE')
  const state = (await (await fetch(`${info.endpoint}/__emulator/state`)).json()) as {
    distributions: { id: string; status: string }[]
  }
  expect(state.distributions).toEqual([
    expect.objectContaining({ id: 'EDFDVBD6EXAMPLE', status: 'Deployed' })
  ])
  const page = await fetch(`${info.distributions.EDFDVBD6EXAMPLE}/robots.txt`, {
    redirect: 'manual'
  })
  const body = await page.text()
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  child.kill('SIGTERM')
  // The default distribution allows plain HTTP, so the printed viewer URL serves pages as is.
  expect(page.status).toBe(200)
  expect(body).toContain('User-agent')
  expect(await exit).toBe(0)
  expect(stderr).toContain('stopped (SIGTERM)')
})
