/**
 * Discord ids as what they are made of: {@link dev.gloam.util.snowflake.Snowflake} splits an id
 * into its time, worker, process and increment, and makes ids from times for pagination.
 */
package dev.gloam.util.snowflake;
