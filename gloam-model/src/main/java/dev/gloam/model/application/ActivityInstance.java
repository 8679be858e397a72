package dev.gloam.model.application;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;

/**
 * A running instance of an application's Activity. Maps Discord's "Activity Instance Object"
 * (resources/application, "Get Application Activity Instance").
 *
 * @param applicationId the application whose Activity this is
 * @param instanceId the instance's id
 * @param launchId the id of the launch that started the instance
 * @param location where the instance runs
 * @param users the users connected to the instance
 */
public record ActivityInstance(
    Id<ApplicationMarker> applicationId,
    String instanceId,
    Id<GenericMarker> launchId,
    ActivityLocation location,
    List<Id<UserMarker>> users) {}
