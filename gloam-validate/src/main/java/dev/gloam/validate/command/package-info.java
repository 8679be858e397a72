/**
 * Checks of application commands and their options, choices and permissions
 * (interactions/application-commands).
 */
package dev.gloam.validate.command;
