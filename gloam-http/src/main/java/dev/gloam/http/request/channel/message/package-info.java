/** Requests for the messages of a channel (resources/message). */
package dev.gloam.http.request.channel.message;
