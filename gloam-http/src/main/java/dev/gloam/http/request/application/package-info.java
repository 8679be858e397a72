/**
 * Requests about the application itself: its settings, Activity instances, attachments and role
 * connection metadata (resources/application, resources/application-role-connection-metadata).
 */
package dev.gloam.http.request.application;
