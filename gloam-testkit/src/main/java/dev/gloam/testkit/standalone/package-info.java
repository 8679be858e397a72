/**
 * The testkit as a program of its own: {@link dev.gloam.testkit.standalone.Main} serves the offline
 * Discord on a port for bots in any language.
 */
package dev.gloam.testkit.standalone;
