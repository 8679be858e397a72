/**
 * Transport compression of gateway connections (events/gateway, "Transport Compression").
 *
 * <p>{@link dev.gloam.gateway.compression.Compression} names what a connection asks for in the
 * gateway URL's {@code compress} parameter: nothing, {@code zlib-stream} (JDK only) or {@code
 * zstd-stream} (needs the optional {@code com.github.luben:zstd-jni}). Each connection then feeds
 * its binary messages to its own {@link dev.gloam.gateway.compression.Decompressor}, which hands
 * out whole payloads as UTF-8 bytes and keeps only small buffers between them.
 */
package dev.gloam.gateway.compression;
