import { describe, expect, it } from '@jest/globals'
import { planTargets, urlRoles } from '../../src/verify/site.js'

const urlsOf = (bases: string[], paths: string[] = []) =>
  planTargets(bases, paths, 'id', false).map((t) => [t.kind, t.url])

describe('which URL is a page and which is a folder (issue 14 point 7)', () => {
  it('checks a URL with a path exactly as given, with the 404 probe at its origin', () => {
    expect(urlsOf(['https://site.example/index.html'])).toEqual([
      ['page', 'https://site.example/index.html'],
      ['not-found', 'https://site.example/headerguard-404-id'],
      ['http-redirect', 'http://site.example/index.html']
    ])
  })

  it('joins verify paths to the origin of a page URL, never to the page', () => {
    const urls = urlsOf(['https://site.example/docs/intro.html'], ['/', '/missing'])
    expect(urls).toEqual([
      ['page', 'https://site.example/docs/intro.html'],
      ['page', 'https://site.example/'],
      ['page', 'https://site.example/missing'],
      ['not-found', 'https://site.example/headerguard-404-id'],
      ['http-redirect', 'http://site.example/docs/intro.html']
    ])
    expect(urls.some(([, u]) => u!.includes('intro.html/'))).toBe(false)
  })

  it('joins verify paths and the probe to a URL that ends in /', () => {
    expect(urlsOf(['https://site.example/app/'], ['/a'])).toEqual([
      ['page', 'https://site.example/app/a'],
      ['not-found', 'https://site.example/app/headerguard-404-id'],
      ['http-redirect', 'http://site.example/app/a']
    ])
    expect(urlsOf(['https://site.example/app/'])[0]).toEqual(['page', 'https://site.example/app/'])
  })

  it('treats a bare origin as the folder / (with or without the slash)', () => {
    for (const base of ['https://site.example', 'https://site.example/']) {
      expect(urlsOf([base]).slice(0, 2)).toEqual([
        ['page', 'https://site.example/'],
        ['not-found', 'https://site.example/headerguard-404-id']
      ])
    }
  })

  it('takes a folder URL without a trailing slash as a page: /app is not /app/', () => {
    expect(urlsOf(['http://site.example/app'])).toEqual([
      ['page', 'http://site.example/app'],
      ['not-found', 'http://site.example/headerguard-404-id']
    ])
  })

  it('checks a URL with a query as given and drops the fragment the browser never sends', () => {
    expect(urlRoles('https://site.example/?lang=de#top')).toEqual({
      page: 'https://site.example/?lang=de',
      folder: 'https://site.example/'
    })
  })

  it('keeps credentials of a page URL on the paths joined to its origin', () => {
    expect(urlRoles('https://u:p@site.example/private/a.html').folder).toBe(
      'https://u:p@site.example/'
    )
  })

  it('fetches a page once when the verify paths name it too', () => {
    expect(urlsOf(['https://site.example/a'], ['/a']).filter(([k]) => k === 'page')).toEqual([
      ['page', 'https://site.example/a']
    ])
  })
})
