import { STATE_KEY, teardownState, type HarnessState } from './global-setup';

/** Stops what global setup started. */
export default async function globalTeardown(): Promise<void> {
  await teardownState((globalThis as Record<string, unknown>)[STATE_KEY] as HarnessState | undefined);
}
