/** Requests for the custom emojis of guilds and of the application (resources/emoji). */
package dev.gloam.http.request.emoji;
