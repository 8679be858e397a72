/**
 * Discord's OpenAPI description as the testkit's routing table and validator: every REST operation
 * it lists is routed, each request is checked against its schemas (answering like Discord with
 * {@code 50035 Invalid Form Body}), and operations with no stateful handler answer with a response
 * generated from their success schema.
 */
package dev.gloam.testkit.internal.openapi;
