/** First tab stop on every page: jumps past the header to the page's content. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="fixed top-3 left-3 z-50 -translate-y-24 rounded-md bg-white px-4 py-2 font-medium text-blue-900 shadow-lg ring-1 ring-slate-300 focus:translate-y-0"
    >
      Skip to main content
    </a>
  );
}
