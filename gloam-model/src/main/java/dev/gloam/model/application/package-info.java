/**
 * Applications, their developer teams, install settings, role connection metadata and activity
 * instances. Maps Discord's resources/application, resources/application-role-connection-metadata
 * and topics/teams sections.
 */
package dev.gloam.model.application;
