'use client';

import { useEffect, useState } from 'react';

/** `value`, updated only after it has stopped changing for `delay` ms (type-ahead requests). */
export function useDebouncedValue<T>(value: T, delay = 150): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}
