/** The table of Discord's REST routes that every request goes through. */
package dev.gloam.http.routing;
