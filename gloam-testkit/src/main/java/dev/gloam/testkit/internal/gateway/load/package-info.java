/**
 * The load mode: a realistic mix of guild events, serialized from byte templates with real ids of
 * the world, streamed to chosen gateway sessions at a set rate or as fast as the connection takes
 * them.
 */
package dev.gloam.testkit.internal.gateway.load;
