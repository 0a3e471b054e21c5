/** Shortest password Parley accepts (better-auth's check and the users admin form agree). */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password: argon2 would take any length; this bounds the work per attempt. */
export const MAX_PASSWORD_LENGTH = 128;
