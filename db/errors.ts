/** Expected failures live beside the domain's other shared types; db/ code imports them here. */
export { DomainError, notFound } from '@/lib/domain/errors';
