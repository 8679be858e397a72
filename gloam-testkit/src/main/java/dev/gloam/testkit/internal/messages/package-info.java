/**
 * What happens to a stored message after it was sent (edits, deletes, reactions, pins, poll votes)
 * and the gateway events each change causes. Shared by the REST routes and the test controls that
 * act as a human, so both change the world the same way.
 */
package dev.gloam.testkit.internal.messages;
