/** Payloads a client sends to the gateway. Maps Discord's "Send Events" (events/gateway-events). */
package dev.gloam.model.gateway.command;
