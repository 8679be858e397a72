/**
 * Requests on channels themselves: read, change and delete them, permission overwrites, followers,
 * group DM recipients, voice channel status and soundboard sounds (resources/channel). Messages are
 * in {@code request.channel.message}, threads in {@code request.channel.thread}.
 */
package dev.gloam.http.request.channel;
