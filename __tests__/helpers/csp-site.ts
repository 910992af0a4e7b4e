// A site for the CSP preview tests, on two loopback origins: the site itself and a "third
// party". Its page has exactly one of each: an inline script (which calls eval), a script from
// the other origin, an inline <style> block and an allowed same-origin script.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hashSource } from '../../src/csp-preview/violations.js'
import { type SiteServer, startSiteServer } from './site-server.js'

export const INLINE_SCRIPT = "\n      window.sum = eval('1 + 1')\n    "
export const INLINE_STYLE = '\n      p { color: rebeccapurple }\n    '

export interface CspTestSite {
  site: SiteServer
  thirdParty: SiteServer
  /** The page URL: `http://127.0.0.1:PORT/`. */
  page: string
  close(): Promise<void>
}

export async function startCspTestSite(): Promise<CspTestSite> {
  const thirdParty = await startSiteServer({
    '/widget.js': { headers: { 'content-type': 'text/javascript' }, body: 'window.widget = true' }
  })
  const html = `<!doctype html>
<html>
  <head>
    <title>shop</title>
    <style>${INLINE_STYLE}</style>
  </head>
  <body>
    <p>Checkout</p>
    <a href="/about">About</a>
    <script>${INLINE_SCRIPT}</script>
    <script src="/app.js"></script>
    <script src="${thirdParty.url}/widget.js"></script>
  </body>
</html>
`
  const site = await startSiteServer({
    '/': { body: html },
    // What a CloudFront distribution with DefaultRootObject index.html asks the origin for '/'.
    '/index.html': { body: html },
    '/about': { body: '<!doctype html><title>about</title><p>About us</p><a href="/">Home</a>' },
    '/app.js': { headers: { 'content-type': 'text/javascript' }, body: 'window.app = true' },
    '*': { status: 404, body: 'not found' }
  })
  return {
    site,
    thirdParty,
    page: `${site.url}/`,
    close: async () => {
      await site.close()
      await thirdParty.close()
    }
  }
}

/** A policy file whose CSP is `csp`; returns its path. */
export function writeCspPolicy(dir: string, csp: string, name = 'policy.yml'): string {
  const file = join(dir, name)
  writeFileSync(
    file,
    `version: 1\nextends: none\nheaders:\n  content-security-policy: ${JSON.stringify(csp)}\n`
  )
  return file
}

export const TIGHT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'"

/** The tight policy plus exactly what the page needs. */
export function allowingCsp(site: CspTestSite): string {
  return `default-src 'self'; script-src 'self' ${site.thirdParty.url} ${hashSource(INLINE_SCRIPT)} 'unsafe-eval'; style-src 'self' ${hashSource(INLINE_STYLE)}`
}
