/** The ping bot: the walking skeleton from an event on the gateway to a message sent over REST. */
package dev.gloam.examples.ping;
