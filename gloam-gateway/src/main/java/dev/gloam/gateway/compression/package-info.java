/** Transport compression of gateway connections. Maps events/gateway, "Transport Compression". */
package dev.gloam.gateway.compression;
