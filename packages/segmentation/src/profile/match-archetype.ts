import { ARCHETYPE_PLAYBOOK, type Archetype, type ArchetypeCondition } from "./archetype-playbook";
import type { FeatureRoles } from "./feature-roles";
import type { SegmentProfile, SegmentProfiles } from "./profile-segments";

/**
 * The first playbook archetype whose conditions all hold for the segment, or null when the data
 * has none of the roles the playbook speaks about (e.g. flower measurements): calling such a
 * segment "Regulars" with a marketing plan would be made up.
 */
export function matchArchetype(
  segment: SegmentProfile,
  profiles: SegmentProfiles,
  roles: FeatureRoles,
): Archetype | null {
  if (Object.keys(roles).length === 0) return null;
  for (const archetype of ARCHETYPE_PLAYBOOK) {
    if (archetype.conditions.every((condition) => holds(condition, segment, profiles, roles)))
      return archetype;
  }
  return null;
}

function holds(
  condition: ArchetypeCondition,
  segment: SegmentProfile,
  profiles: SegmentProfiles,
  roles: FeatureRoles,
): boolean {
  const role = condition.roles.find((candidate) => roles[candidate] !== undefined);
  if (role === undefined) return false;
  const feature = roles[role] as string;
  const mean = segment.numeric[feature]?.mean;
  const overall = profiles.overall.numeric[feature]?.mean;
  if (mean === undefined || overall === undefined) return false;
  let measured: number;
  if (condition.measure === "mean") measured = mean;
  else if (overall > 0) measured = mean / overall;
  else return false;
  return condition.op === ">=" ? measured >= condition.value : measured <= condition.value;
}
