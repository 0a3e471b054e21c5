/** The `[slug]` of a topic's address, or null when it cannot be one (the page 404s). */
export function topicSlugOf(raw: string): string | null {
  try {
    const slug = decodeURIComponent(raw);
    return /^[\p{L}\p{N}-]{1,100}$/u.test(slug) ? slug : null;
  } catch {
    return null;
  }
}
