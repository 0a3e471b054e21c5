import type { UserRole } from '@/lib/domain/vocabularies';

/**
 * The demo accounts created with the demo data (PARLEY_DEMO_DATA=full or seed) and listed on
 * the sign-in page in demo mode only, so that the README's start command gives a working app in
 * one step. Their passwords are public: never load demo data into a real installation.
 */
export const demoAccounts: ReadonlyArray<{
  role: UserRole;
  name: string;
  email: string;
  password: string;
}> = [
  { role: 'admin', name: 'Ada Admin', email: 'admin@parley.example', password: 'parley-admin' },
  { role: 'editor', name: 'Eli Editor', email: 'editor@parley.example', password: 'parley-editor' },
  {
    role: 'viewer',
    name: 'Vera Viewer',
    email: 'viewer@parley.example',
    password: 'parley-viewer',
  },
];
