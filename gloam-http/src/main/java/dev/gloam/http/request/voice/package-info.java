/** Requests for voice states in guilds and voice regions (resources/voice). */
package dev.gloam.http.request.voice;
