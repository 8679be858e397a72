/**
 * Requests that answer interactions (interactions/receiving-and-responding): the initial response
 * and follow-up messages. They authenticate with the interaction's token and are exempt from the
 * global rate limit; {@link dev.gloam.http.InteractionClient} makes them.
 */
package dev.gloam.http.request.interaction;
