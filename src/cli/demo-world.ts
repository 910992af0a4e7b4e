// The demo's world: the emulator's example distribution in front of a copy of examples/site/,
// and a second distribution playing the payment provider whose checkout script the shop page
// embeds (examples/third-party/). The page names the provider's real-looking origin; the copy
// points it at the second loopback origin, so the demo never leaves the machine and the script
// still comes from another origin, as a third party's does.
import { cp, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_DISTRIBUTION_ID, defaultState } from '../emulator/index.js'
import type { EmulatorStateInput } from '../emulator/types.js'

export const EXAMPLE_SITE = 'examples/site'
export const THIRD_PARTY_FOLDER = 'examples/third-party'
/** The origin examples/site/shop/index.html loads the provider's script from. */
export const THIRD_PARTY_ORIGIN = 'https://pay.example.net'
export const THIRD_PARTY_DISTRIBUTION = 'E2PAYPROVIDEREXAMPLE'
/** The page with an inline script and the third party's script. */
export const SHOP_PAGE = '/shop/index.html'

/** The default world (redirect-to-https), its site folder the copy, plus the provider's CDN. */
export function demoState(siteCopy: string): EmulatorStateInput {
  const state = defaultState('redirect-to-https')
  const distributions = (state.distributions ?? []).map((d) =>
    d.id === DEFAULT_DISTRIBUTION_ID
      ? { ...d, origins: d.origins.map((o) => ({ ...o, folder: siteCopy })) }
      : d
  )
  distributions.push({
    id: THIRD_PARTY_DISTRIBUTION,
    comment: 'the payment provider of the example shop',
    origins: [{ id: 'pay-provider', folder: THIRD_PARTY_FOLDER }],
    defaultBehavior: { viewerProtocolPolicy: 'https-only' }
  })
  return { ...state, distributions }
}

export async function copySite(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true })
}

/** Every HTML page of the copy names `origin` where the original names the provider's. */
export async function pointAtThirdParty(siteCopy: string, origin: string): Promise<number> {
  let pages = 0
  for (const name of await readdir(siteCopy, { recursive: true })) {
    if (!name.endsWith('.html')) continue
    const file = join(siteCopy, name)
    const html = await readFile(file, 'utf8')
    if (!html.includes(THIRD_PARTY_ORIGIN)) continue
    await writeFile(file, html.replaceAll(THIRD_PARTY_ORIGIN, origin))
    pages += 1
  }
  return pages
}
