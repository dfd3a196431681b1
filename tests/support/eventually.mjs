// Waits for something the server does in its own time (closing a socket, writing a log
// line) instead of sleeping a fixed time, so a slow CI machine only waits longer.
import { setTimeout as sleep } from 'node:timers/promises';

export async function eventually(check, { seconds = 10, what = 'the condition' } = {}) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${seconds} s`);
    await sleep(50);
  }
}
