/**
 * Requests on threads: start them (from a message, on their own, or as forum and media posts), join
 * and leave them, their members, and active, archived and searched threads (resources/channel,
 * topics/threads).
 */
package dev.gloam.http.request.channel.thread;
