/**
 * Checks the builders share: field paths relative to the builder, web URLs and attachment file
 * names. Not exported; nothing here is API.
 */
package dev.gloam.util.builder.internal;
