/**
 * Events the gateway sends, as a sealed hierarchy, and the flags that choose which of them are
 * deserialized. Maps Discord's "Receive Events" (events/gateway-events).
 */
package dev.gloam.model.gateway.event;
