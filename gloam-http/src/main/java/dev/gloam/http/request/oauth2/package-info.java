/** Requests about OAuth2 grants, the bot's application and OpenID Connect (topics/oauth2). */
package dev.gloam.http.request.oauth2;
