/**
 * The cached bot: answers from an in-memory cache that keeps only the resources it needs, with
 * members in a slim form of its own.
 */
package dev.gloam.examples.cache;
