/**
 * Requests about application commands, global and per guild, and their permissions
 * (interactions/application-commands).
 */
package dev.gloam.http.request.application.command;
