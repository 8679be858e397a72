/** Webhooks and the partial guild and channel of followed channels. Maps resources/webhook. */
package dev.gloam.model.webhook;
