/**
 * The command bot: prefix commands read by gloam-command-parser, answered over REST, with the bot's
 * own mention as a second prefix.
 */
package dev.gloam.examples.commands;
