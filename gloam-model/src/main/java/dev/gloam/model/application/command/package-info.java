/**
 * Application commands: slash, user, message and entry point commands, their options and choices,
 * and their permission overwrites. Maps Discord's interactions/application-commands section.
 */
package dev.gloam.model.application.command;
