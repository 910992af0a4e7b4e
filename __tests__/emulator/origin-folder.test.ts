import { describe, expect, it } from '@jest/globals'
import { startEmulator } from '../../src/emulator/index.js'

describe('origin folders', () => {
  it('a missing folder fails the start with the distribution, the folder and what to do', async () => {
    await expect(
      startEmulator({
        port: 0,
        cwd: '/',
        state: {
          distributions: [
            { id: 'EMISSINGFOLDER1', origins: [{ id: 'site', folder: 'no/such/site' }] }
          ]
        }
      })
    ).rejects.toThrow(
      /distribution EMISSINGFOLDER1: origin folder 'no\/such\/site' does not exist .*start the emulator from the headerguard checkout/
    )
  })
})
