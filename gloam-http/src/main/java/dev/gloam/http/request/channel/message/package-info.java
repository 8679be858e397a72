/** Requests on messages. Maps Discord's resources/message section. */
package dev.gloam.http.request.channel.message;
