/** How to connect to the gateway: {@code GET /gateway/bot}'s answer. */
package dev.gloam.model.gateway.connection;
