/**
 * The maps the cache keeps its state in: keyed by Discord ids as plain {@code long}s, safe for many
 * writers and readers without a lock over the whole map.
 */
package dev.gloam.cache.inmemory.map;
