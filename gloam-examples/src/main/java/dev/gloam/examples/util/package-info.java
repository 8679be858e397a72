/** gloam-util in a bot: builders, CDN URLs, snowflakes and links. */
package dev.gloam.examples.util;
