/**
 * The sharded bot: a group of shards pulled as one loop, their stats, and a restart that resumes
 * saved sessions.
 */
package dev.gloam.examples.shards;
