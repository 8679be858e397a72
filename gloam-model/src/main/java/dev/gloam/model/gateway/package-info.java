/**
 * The gateway's vocabulary: opcodes, close codes, intents and shard ids. Maps Discord's
 * events/gateway and topics/opcodes-and-status-codes sections.
 */
package dev.gloam.model.gateway;
