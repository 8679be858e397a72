/**
 * Checks of thread fields: names, auto-archive durations, applied tags, the first message of a
 * forum or media post, and the paging of thread lists and searches (resources/channel,
 * topics/threads).
 */
package dev.gloam.validate.thread;
