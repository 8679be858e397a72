/**
 * gloam's in-process cache of Discord state: {@link dev.gloam.cache.inmemory.InMemoryCache} keeps
 * what a program asks for, in compact forms it may replace, and answers permission questions
 * through gloam-util's calculator.
 */
module dev.gloam.cache.inmemory {
  requires transitive dev.gloam.model;
  requires transitive dev.gloam.util;

  exports dev.gloam.cache.inmemory;
  exports dev.gloam.cache.inmemory.form;
  exports dev.gloam.cache.inmemory.map;
}
