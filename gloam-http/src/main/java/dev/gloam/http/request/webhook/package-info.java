/**
 * Requests of webhooks (resources/webhook): create, read, change and delete them, execute them and
 * edit the messages they sent. Requests with the webhook's token authenticate with it alone.
 */
package dev.gloam.http.request.webhook;
