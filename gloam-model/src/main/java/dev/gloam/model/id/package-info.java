/** Typed snowflake ids. See Discord's reference, "Snowflakes". */
package dev.gloam.model.id;
