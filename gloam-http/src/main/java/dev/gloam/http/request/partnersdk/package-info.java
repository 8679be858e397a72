/**
 * Requests of the Social SDK's server side: provisional account tokens, unmerging and moderation
 * metadata of DMs (in Discord's OpenAPI description).
 */
package dev.gloam.http.request.partnersdk;
