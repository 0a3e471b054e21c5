import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default algorithm) with its defaults: 19 MiB of memory, 2 passes, one
 * thread — OWASP's minimum recommendation, about 30 ms a hash on this project's machine.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when `password` matches the stored argon2 hash; false for a malformed hash. */
export async function verifyPassword({
  hash: stored,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/domain/passwords';
