// Tests never reach the internet: any TCP connection to a non-loopback address fails loudly.
import net from 'node:net'

const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/
const originalConnect = net.Socket.prototype.connect

function targetHost(args: unknown[]): string | undefined {
  const first = args[0]
  if (Array.isArray(first)) return targetHost(first)
  if (first && typeof first === 'object') {
    const options = first as { host?: string; path?: string }
    if (options.path) return undefined // unix sockets and pipes are local
    return options.host ?? 'localhost'
  }
  if (typeof first === 'number') return typeof args[1] === 'string' ? args[1] : 'localhost'
  return undefined
}

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = targetHost(args)
  if (host !== undefined && !loopback.test(host)) {
    throw new Error(
      `tests may not reach the network: connection to ${host} refused by __tests__/setup/no-network.ts`
    )
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args)
} as typeof net.Socket.prototype.connect
