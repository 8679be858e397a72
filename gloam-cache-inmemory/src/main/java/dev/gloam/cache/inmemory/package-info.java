/**
 * gloam's in-process cache: {@link dev.gloam.cache.inmemory.InMemoryCache}, fed gateway events,
 * keeps the {@link dev.gloam.cache.inmemory.ResourceType}s it is built with in compact forms
 * ({@link dev.gloam.cache.inmemory.form}) and answers permission questions ({@link
 * dev.gloam.cache.inmemory.CachePermissions}).
 */
package dev.gloam.cache.inmemory;
