import type { Metadata } from 'next';
import '@fontsource-variable/inter';
import { Providers } from './providers';
import { SiteHeader } from './_components/site-header';
import { SkipLink } from './_components/skip-link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Parley', template: '%s · Parley' },
  description: 'Parley tracks diplomatic meetings: who met whom, when, where and on what.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <SkipLink />
        <Providers>
          <SiteHeader />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto max-w-7xl px-4 py-8 focus:outline-none sm:px-6 lg:px-8"
          >
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
