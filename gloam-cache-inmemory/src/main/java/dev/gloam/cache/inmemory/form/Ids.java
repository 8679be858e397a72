package dev.gloam.cache.inmemory.form;

import dev.gloam.model.id.Id;
import java.util.List;
import java.util.Optional;

/** Ids as the cached forms keep them: plain {@code long}s, 0 for none. */
final class Ids {
  private static final long[] NONE = new long[0];

  private Ids() {}

  static long[] none() {
    return NONE;
  }

  static long orZero(Optional<? extends Id<?>> id) {
    return id.isPresent() ? id.get().value() : 0L;
  }

  static long[] of(List<? extends Id<?>> ids) {
    if (ids.isEmpty()) {
      return NONE;
    }
    long[] values = new long[ids.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = ids.get(i).value();
    }
    return values;
  }

  static long[] copy(long[] ids) {
    return ids.length == 0 ? NONE : ids.clone();
  }
}
