// URL credentials never reach a report: the userinfo ends at the authority's last `@` (as the
// WHATWG URL parser reads it), and every field of a run's result is redacted, not a chosen few.
import { describe, expect, it } from '@jest/globals'
import { type PipelineResult, redactResult } from '../../src/pipeline.js'
import { stripUserinfo, urlSecrets } from '../../src/report/redact.js'

describe('stripUserinfo', () => {
  it('removes the whole userinfo, a raw @ in the password included, and keeps the host', () => {
    const url = 'https://deploy:p@ss@www.example.com/a?b=c@d'
    expect(new URL(url).host).toBe('www.example.com')
    expect(stripUserinfo(`see ${url} now`)).toBe('see https://www.example.com/a?b=c@d now')
  })

  it('leaves an @ after the authority alone', () => {
    for (const text of ['https://www.example.com/@user', 'https://h.example/?to=a@b', 'a@b.c'])
      expect(stripUserinfo(text)).toBe(text)
  })

  it('hands the password, raw and decoded, to the log mask', () => {
    expect(urlSecrets('https://deploy:p%40ss@www.example.com/')).toEqual(['p%40ss', 'p@ss'])
    expect(urlSecrets('https://TOKEN@www.example.com/')).toEqual(['TOKEN'])
  })
})

describe('redactResult', () => {
  it('strips credentials from the CSP preview and any other field of the result', () => {
    const secretUrl = 'https://deploy:s3cr3t@www.example.com/checkout'
    const result: PipelineResult = {
      mode: 'plan',
      policyFile: '.github/security-headers.yml',
      diagnostics: [],
      notes: [`loaded ${secretUrl}`],
      error: `could not reach ${secretUrl}`,
      distributionStatuses: ['Deployed'],
      cspPreview: {
        browser: 'Chromium 156',
        pages: [
          {
            url: secretUrl,
            violations: [
              {
                directive: 'script-src-elem',
                blocked: `${secretUrl}/app.js`,
                source: secretUrl,
                line: 3,
                count: 1,
                enforced: true,
                suggestion: 'add https://www.example.com to script-src'
              }
            ],
            policyWarnings: [],
            problems: []
          }
        ]
      }
    }
    const redacted = JSON.stringify(redactResult(result))
    expect(redacted).not.toContain('s3cr3t')
    expect(redacted).toContain('https://www.example.com/checkout')
    expect(redactResult(result).distributionStatuses).toEqual(['Deployed'])
  })
})
