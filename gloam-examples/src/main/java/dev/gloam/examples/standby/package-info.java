/** A menu that waits inline for a button press and a reaction, with gloam-standby. */
package dev.gloam.examples.standby;
