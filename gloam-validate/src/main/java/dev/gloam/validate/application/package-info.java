/**
 * Checks of an application's settings and its role connection metadata (resources/application,
 * resources/application-role-connection-metadata).
 */
package dev.gloam.validate.application;
