import type { Role } from '../schemas.js';

/** The signed-in account a request acts for. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** coordinator, contributor, assessor: the one region they work in. */
  regionCode: string | null;
  /** viewer: the province it oversees, or null for every region (the ministry). */
  province: string | null;
  /** contributor: the OPD whose indicators it answers. */
  opd: string | null;
}

export type Action =
  | 'region.create'
  | 'region.list'
  | 'region.read'
  | 'region.settings'
  | 'period.create'
  | 'period.list'
  | 'user.create'
  | 'token.create'
  | 'assessment.create'
  | 'assessment.read'
  | 'assessment.write'
  | 'assignments.write'
  | 'indicator.write'
  | 'assessment.submit'
  | 'assessment.lock'
  | 'evidence.upload'
  | 'evidence.read'
  | 'report.publish'
  | 'verification.write'
  | 'dashboard.list'
  | 'dashboard.read'
  | 'audit.read';

/** What an action touches: the region (and its province), the OPD an indicator belongs to, the role to create. */
export interface Resource {
  regionCode?: string;
  province?: string;
  opd?: string;
  role?: Role;
}

const own = (user: User, resource: Resource) => user.regionCode !== null && user.regionCode === resource.regionCode;

/** Viewers oversee their province (or, with none, every region); everyone else their own region. */
const oversees = (user: User, resource: Resource) =>
  user.role === 'viewer' ? user.province === null || user.province === resource.province : own(user, resource);

/**
 * The one authorization rule of the server: every route asks it before doing anything, so
 * the whole matrix (test/server/authorization.test.ts) is this function.
 */
export function can(user: User | null, action: Action, resource: Resource = {}): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  const { role } = user;
  switch (action) {
    case 'region.list':
    case 'period.list':
    case 'token.create':
    case 'dashboard.list':
      return true;
    case 'region.read':
    case 'assessment.read':
    case 'evidence.read':
    case 'dashboard.read': // the dashboard: a viewer's province (or every region), anyone else's own region
      return oversees(user, resource);
    case 'user.create':
      // A coordinator adds its region's OPD contributors and assessors; the rest is the admin's.
      return role === 'coordinator' && own(user, resource) && (resource.role === 'contributor' || resource.role === 'assessor');
    case 'region.settings':
    case 'assessment.create':
    case 'assignments.write':
    case 'assessment.submit':
    case 'assessment.lock':
    case 'report.publish':
      return role === 'coordinator' && own(user, resource);
    case 'assessment.write':
      return (role === 'coordinator' || role === 'contributor') && own(user, resource);
    case 'verification.write':
      // The region's assessor verifies; those who answered never grade their own answers.
      return role === 'assessor' && own(user, resource);
    case 'indicator.write':
    case 'evidence.upload':
      return own(user, resource) && (role === 'coordinator' || (role === 'contributor' && user.opd !== null && user.opd === resource.opd));
    case 'region.create':
    case 'period.create':
    case 'audit.read':
      return false;
  }
}
