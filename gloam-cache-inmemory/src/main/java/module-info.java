/**
 * gloam's in-process cache of Discord state (issue 7, in progress). So far it holds the primitive
 * map its stores are built on, {@link dev.gloam.cache.inmemory.map.LongMap}; the cache, its cached
 * forms and its permission queries come next.
 */
module dev.gloam.cache.inmemory {
  exports dev.gloam.cache.inmemory.map;
}
