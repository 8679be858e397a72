/**
 * The forms the cache stores resources in: one interface per resource with the few methods the
 * cache reads, a compact {@code Standard} record for each, and {@link
 * dev.gloam.cache.inmemory.form.CachedForms}, which a program replaces to store its own forms.
 *
 * <p>The standard forms keep ids as {@code long}s (0 for none), times as epoch milliseconds where
 * there are many of them (members, messages), several booleans as one bit field, short repeated
 * names once ({@link String#intern()}), and reuse the immutable values the gateway parsed (image
 * hashes, permission overwrites, embeds) rather than copying them.
 */
package dev.gloam.cache.inmemory.form;
