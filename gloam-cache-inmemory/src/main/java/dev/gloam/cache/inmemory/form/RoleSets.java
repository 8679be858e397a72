package dev.gloam.cache.inmemory.form;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Shares equal role-id arrays between members. The members of a guild mostly hold one of a few
 * combinations of roles, and they arrive together (in GUILD_CREATE or a chunk), so a small table of
 * the arrays seen last lets them share one array each. A slot is simply overwritten on a collision:
 * no locks, a fixed size, and an array it lets go of stays correct, only unshared. Shared arrays
 * are never written to.
 */
final class RoleSets {
  private static final int SLOTS = 4096;
  private static final AtomicReferenceArray<long[]> SEEN = new AtomicReferenceArray<>(SLOTS);

  private RoleSets() {}

  static long[] share(long[] roles) {
    if (roles.length == 0) {
      return roles;
    }
    int hash = Arrays.hashCode(roles);
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    long[] seen = SEEN.get(slot);
    if (seen != null && Arrays.equals(seen, roles)) {
      return seen;
    }
    SEEN.set(slot, roles);
    return roles;
  }
}
