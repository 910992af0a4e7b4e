// The one way to ask "what would the edge do": load the handler out of a built edge.zip (never
// from the source tree) and invoke it with an origin-response event. Tests, the emulator's data
// plane and the bench all go through here, so they all exercise the bytes Lambda would run.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { unzipSync } from 'fflate'
import { HeaderguardError, errorMessage } from '../errors.js'
import type { CloudFrontResponse, CloudFrontResponseEvent } from './cloudfront-event.js'

/** The zip is not a loadable Lambda package (bad entry names, no handler file). */
export class EdgeZipError extends HeaderguardError {
  override name = 'EdgeZipError'
}

export interface EdgeRunnerOptions {
  /**
   * Run the function in a worker thread that a timeout or a crash can kill without harming
   * the caller. Use it for any zip you did not just build yourself.
   */
  isolated?: boolean
  /** Per invocation; default 30,000 (origin-response's limit). In-process mode cannot stop a synchronous loop. */
  timeoutMs?: number
  /** The isolated worker's old-generation heap limit; default 128. */
  memoryMb?: number
  /** Lambda's Handler setting; default `index.handler`. */
  handler?: string
}

export interface EdgeInvocation {
  /** What the function returned, after the JSON round trip Lambda applies to it. */
  response?: CloudFrontResponse
  /** Why there is no response: the function threw, returned no object, crashed or timed out. */
  error?: string
  timedOut: boolean
  durationMs: number
}

export interface EdgeFunction {
  /** Never throws for the function's failures: they come back in the invocation. */
  invoke(event: CloudFrontResponseEvent): Promise<EdgeInvocation>
  close(): Promise<void>
}

export type EdgeHandler = (event: CloudFrontResponseEvent) => unknown

interface LoadedZip {
  /** file: URL of the handler module inside the extracted package. */
  url: string
  exportName: string
}

const DEFAULT_TIMEOUT_MS = 30_000
const DEFAULT_MEMORY_MB = 128

/** Split Lambda's `file.export` handler setting and find the module the way Node.js runtimes do. */
function locateHandler(names: string[], handler: string): { file: string; exportName: string } {
  const dot = handler.lastIndexOf('.')
  if (dot <= 0 || dot === handler.length - 1) {
    throw new EdgeZipError(
      `handler '${handler}' must look like 'index.handler' (module file, then export name)`
    )
  }
  const base = handler.slice(0, dot)
  const file = ['.mjs', '.js', '.cjs'].map((ext) => base + ext).find((f) => names.includes(f))
  if (!file) {
    throw new EdgeZipError(
      `the zip has no ${base}.mjs, ${base}.js or ${base}.cjs for handler '${handler}' (entries: ${names.join(', ')})`
    )
  }
  return { file, exportName: handler.slice(dot + 1) }
}

/** Entry names that would escape the extraction directory are refused, not sanitised. */
function checkEntryName(name: string): void {
  const parts = name.split('/')
  if (
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    parts.includes('..') ||
    parts.includes('.')
  ) {
    throw new EdgeZipError(
      `zip entry '${name}' has an unsafe path; a Lambda package holds relative paths only`
    )
  }
}

/**
 * Extract once per distinct zip into a content-addressed directory: the same bytes always map
 * to the same module URL, so re-opening a zip reuses its warm module like a warm Lambda does.
 */
async function extract(zip: Uint8Array, handler: string): Promise<LoadedZip> {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip)
  } catch (error) {
    throw new EdgeZipError(`not a readable zip: ${errorMessage(error)}`, { cause: error })
  }
  const names = Object.keys(files).filter((n) => !n.endsWith('/'))
  names.forEach(checkEntryName)
  const { file, exportName } = locateHandler(names, handler)
  const digest = createHash('sha256').update(zip).digest('hex')
  const root = join(tmpdir(), 'headerguard-edge')
  const dir = join(root, digest)
  if (!existsSync(join(dir, file))) {
    // Write beside, then rename: parallel test workers may extract the same zip at once.
    const staging = join(root, `${digest}.${process.pid}.${Math.random().toString(36).slice(2)}`)
    for (const name of names) {
      const target = join(staging, name)
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, files[name] as Uint8Array)
    }
    try {
      await rename(staging, dir)
    } catch (error) {
      await rm(staging, { recursive: true, force: true })
      if (!existsSync(join(dir, file))) throw error
    }
  }
  return { url: pathToFileURL(join(dir, file)).href, exportName }
}

let freshInstances = 0

interface ImportedHandler {
  handler: EdgeHandler
  /** Time to load and initialise the module (Lambda's cold-start init), in ms. */
  initMs: number
  /** The module's exports, for tests that check more than the handler. */
  exports: Record<string, unknown>
}

async function importLoaded(loaded: LoadedZip, fresh: boolean): Promise<ImportedHandler> {
  const url = fresh ? `${loaded.url}?instance=${++freshInstances}` : loaded.url
  const start = performance.now()
  // webpackIgnore: the ncc bundle must leave this a real import() of the extracted file.
  const mod = (await import(/* webpackIgnore: true */ url)) as Record<string, unknown>
  const initMs = performance.now() - start
  const handler = mod[loaded.exportName]
  if (typeof handler !== 'function') {
    throw new Error(`the handler module does not export a function named '${loaded.exportName}'`)
  }
  return { handler: handler as EdgeHandler, initMs, exports: mod }
}

/**
 * The handler function of a zip, imported into this process, and how long its module took to
 * load and initialise. `fresh` forces a new module instance (a cold start); the bench uses it.
 */
export async function importEdgeHandler(
  zip: Uint8Array,
  options: { handler?: string; fresh?: boolean } = {}
): Promise<ImportedHandler> {
  const loaded = await extract(zip, options.handler ?? 'index.handler')
  return importLoaded(loaded, options.fresh ?? false)
}

/** Lambda sends the result back as JSON; doing the same here drops what would not survive. */
function toResponse(result: unknown): { response?: CloudFrontResponse; error?: string } {
  if (result === null || typeof result !== 'object') {
    return {
      error: `the function returned ${result === null ? 'null' : typeof result}, not a response object`
    }
  }
  try {
    return { response: JSON.parse(JSON.stringify(result)) as CloudFrontResponse }
  } catch (error) {
    return { error: `the function's result is not JSON-serialisable: ${errorMessage(error)}` }
  }
}

function inProcess(handler: EdgeHandler, timeoutMs: number): EdgeFunction {
  return {
    async invoke(event) {
      const input = structuredClone(event)
      const start = performance.now()
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs)
      })
      try {
        const result = await Promise.race([Promise.resolve().then(() => handler(input)), timeout])
        const durationMs = performance.now() - start
        if (result === 'timeout') {
          return {
            error: `the function timed out after ${timeoutMs} ms`,
            timedOut: true,
            durationMs
          }
        }
        return { ...toResponse(result), timedOut: false, durationMs }
      } catch (error) {
        return {
          error: errorMessage(error),
          timedOut: false,
          durationMs: performance.now() - start
        }
      } finally {
        clearTimeout(timer)
      }
    },
    async close() {}
  }
}

// Runs inside the worker (CommonJS, evaluated from this string so the ncc bundle needs no
// extra file). It answers each {id, event} with {id, json} or {id, error}.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
let loading
function load() {
  if (!loading) {
    loading = import(workerData.url).then((mod) => {
      const handler = mod[workerData.exportName]
      if (typeof handler !== 'function') throw new Error("the handler module does not export a function named '" + workerData.exportName + "'")
      return handler
    })
  }
  return loading
}
parentPort.on('message', async ({ id, event }) => {
  try {
    const handler = await load()
    // The timeout counts the invocation only, as Lambda's does: loading the module is the init.
    parentPort.postMessage({ id, started: true })
    const result = await handler(event)
    if (result === null || typeof result !== 'object') {
      parentPort.postMessage({ id, error: 'the function returned ' + (result === null ? 'null' : typeof result) + ', not a response object' })
      return
    }
    parentPort.postMessage({ id, json: JSON.stringify(result) })
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? String(error.message) : String(error) })
  }
})
`

/** Lambda's limit on a function's init phase (loading the module), separate from the timeout. */
const INIT_TIMEOUT_MS = 10_000

interface WorkerReply {
  id: number
  started?: boolean
  json?: string
  error?: string
}

class IsolatedFunction implements EdgeFunction {
  private worker: Worker | undefined
  private queue: Promise<unknown> = Promise.resolve()
  private nextId = 0
  private closed = false

  constructor(
    private readonly loaded: LoadedZip,
    private readonly timeoutMs: number,
    private readonly memoryMb: number
  ) {}

  // One invocation at a time, as one Lambda execution environment does.
  invoke(event: CloudFrontResponseEvent): Promise<EdgeInvocation> {
    const run = this.queue.then(() => this.run(event))
    this.queue = run.catch(() => undefined)
    return run
  }

  async close(): Promise<void> {
    this.closed = true
    await this.kill()
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: this.loaded,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb }
    })
    // An idle function must not keep the caller's process alive; a pending call's timer does.
    worker.unref()
    this.worker = worker
    return worker
  }

  private async kill(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    if (worker) await worker.terminate()
  }

  private run(event: CloudFrontResponseEvent): Promise<EdgeInvocation> {
    if (this.closed) {
      return Promise.resolve({ error: 'the function was closed', timedOut: false, durationMs: 0 })
    }
    const worker = this.worker ?? this.spawn()
    const id = ++this.nextId
    const start = performance.now()
    return new Promise((resolve) => {
      const finish = (outcome: {
        response?: CloudFrontResponse
        error?: string
        timedOut?: boolean
      }) => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        resolve({
          ...outcome,
          timedOut: outcome.timedOut ?? false,
          durationMs: performance.now() - start
        })
      }
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return
        if (reply.started) {
          clearTimeout(timer)
          timer = setTimeout(timeOut, this.timeoutMs)
          return
        }
        if (reply.json !== undefined) finish(toResponse(JSON.parse(reply.json)))
        else finish({ error: reply.error ?? 'the function failed without a message' })
      }
      const onError = (error: Error) => {
        if (this.worker === worker) this.worker = undefined
        void worker.terminate()
        finish({ error: `the function crashed: ${error.message}` })
      }
      const onExit = (code: number) => {
        if (this.worker === worker) this.worker = undefined
        finish({ error: `the function's runtime exited with code ${code}` })
      }
      const kill = (error: string, timedOut: boolean) => {
        // A runaway function is killed; the next invocation starts a fresh one (a cold start).
        worker.off('exit', onExit)
        if (this.worker === worker) this.worker = undefined
        void worker.terminate()
        finish({ error, timedOut })
      }
      const timeOut = () => kill(`the function timed out after ${this.timeoutMs} ms`, true)
      let timer = setTimeout(
        () => kill(`the function's init did not finish within ${INIT_TIMEOUT_MS} ms`, false),
        INIT_TIMEOUT_MS
      )
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      worker.postMessage({ id, event })
    })
  }
}

/** Open a built edge.zip for invocation. Throws EdgeZipError only when the zip is not loadable. */
export async function openEdgeZip(
  zip: Uint8Array,
  options: EdgeRunnerOptions = {}
): Promise<EdgeFunction> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const handlerSetting = options.handler ?? 'index.handler'
  if (options.isolated) {
    const loaded = await extract(zip, handlerSetting)
    return new IsolatedFunction(loaded, timeoutMs, options.memoryMb ?? DEFAULT_MEMORY_MB)
  }
  const loaded = await extract(zip, handlerSetting)
  try {
    return inProcess((await importLoaded(loaded, false)).handler, timeoutMs)
  } catch (error) {
    // A module that fails to initialise is the function's failure: report it per invocation.
    const message = `the function failed to initialise: ${errorMessage(error)}`
    return {
      invoke: async () => ({ error: message, timedOut: false, durationMs: 0 }),
      close: async () => undefined
    }
  }
}
