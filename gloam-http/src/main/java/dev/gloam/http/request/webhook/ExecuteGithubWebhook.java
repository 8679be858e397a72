package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.WebhookMarker;
import tools.jackson.databind.JsonNode;

/**
 * Posts a GitHub event through a webhook, formatted by Discord. gloam has no model of GitHub's
 * payloads, so the objects are JSON trees. It authenticates with the token in the path, without the
 * bot token. Maps "Execute GitHub-Compatible Webhook" ({@code POST
 * /webhooks/{webhook.id}/{webhook.token}/github}, resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#executeGithubWebhook}.
 *
 * <pre>{@code
 * client.executeGithubWebhook(webhookId, token)
 *     .event("issues")
 *     .action("opened")
 *     .sender(senderJson)
 *     .issue(issueJson)
 *     .send();
 * }</pre>
 */
public final class ExecuteGithubWebhook extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#executeGithubWebhook} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook
   * @param token the webhook's token
   */
  public ExecuteGithubWebhook(Transport transport, Id<WebhookMarker> webhookId, String token) {
    super(transport, Route.EXECUTE_GITHUB_COMPATIBLE_WEBHOOK, BodyReader.empty(), webhookId, token);
  }

  /**
   * Names the GitHub event the body describes, sent as the {@code X-GitHub-Event} header as GitHub
   * sends it; Discord picks how to format the message by it (for example {@code push}, {@code
   * issues}, {@code pull_request}).
   *
   * @param event the event's name
   * @return this request
   */
  public ExecuteGithubWebhook event(String event) {
    header("X-GitHub-Event", event);
    return this;
  }

  /**
   * Posts in a thread of the webhook's channel.
   *
   * @param threadId the thread
   * @return this request
   */
  public ExecuteGithubWebhook threadId(Id<ChannelMarker> threadId) {
    query().set("thread_id", threadId);
    return this;
  }

  /**
   * Sets whether Discord answers only once the message is stored, with the message.
   *
   * @param wait {@code true} to wait
   * @return this request
   */
  public ExecuteGithubWebhook wait(boolean wait) {
    query().set("wait", wait);
    return this;
  }

  /**
   * Sets GitHub's {@code action} (what happened).
   *
   * @param action the value
   * @return this request
   */
  public ExecuteGithubWebhook action(String action) {
    json().set("action", action);
    return this;
  }

  /**
   * Sets GitHub's {@code ref} (the branch or tag).
   *
   * @param ref the value
   * @return this request
   */
  public ExecuteGithubWebhook ref(String ref) {
    json().set("ref", ref);
    return this;
  }

  /**
   * Sets GitHub's {@code ref_type} (branch or tag).
   *
   * @param refType the value
   * @return this request
   */
  public ExecuteGithubWebhook refType(String refType) {
    json().set("ref_type", refType);
    return this;
  }

  /**
   * Sets GitHub's {@code comment} object (a comment), as JSON.
   *
   * @param comment the object
   * @return this request
   */
  public ExecuteGithubWebhook comment(JsonNode comment) {
    json().set("comment", comment);
    return this;
  }

  /**
   * Sets GitHub's {@code issue} object (an issue), as JSON.
   *
   * @param issue the object
   * @return this request
   */
  public ExecuteGithubWebhook issue(JsonNode issue) {
    json().set("issue", issue);
    return this;
  }

  /**
   * Sets GitHub's {@code pull_request} object (a pull request), as JSON.
   *
   * @param pullRequest the object
   * @return this request
   */
  public ExecuteGithubWebhook pullRequest(JsonNode pullRequest) {
    json().set("pull_request", pullRequest);
    return this;
  }

  /**
   * Sets GitHub's {@code repository} object (the repository), as JSON.
   *
   * @param repository the object
   * @return this request
   */
  public ExecuteGithubWebhook repository(JsonNode repository) {
    json().set("repository", repository);
    return this;
  }

  /**
   * Sets GitHub's {@code forkee} object (the new fork), as JSON.
   *
   * @param forkee the object
   * @return this request
   */
  public ExecuteGithubWebhook forkee(JsonNode forkee) {
    json().set("forkee", forkee);
    return this;
  }

  /**
   * Sets GitHub's {@code sender} object (who did it; required), as JSON.
   *
   * @param sender the object
   * @return this request
   */
  public ExecuteGithubWebhook sender(JsonNode sender) {
    json().set("sender", sender);
    return this;
  }

  /**
   * Sets GitHub's {@code member} object (a collaborator), as JSON.
   *
   * @param member the object
   * @return this request
   */
  public ExecuteGithubWebhook member(JsonNode member) {
    json().set("member", member);
    return this;
  }

  /**
   * Sets GitHub's {@code release} object (a release), as JSON.
   *
   * @param release the object
   * @return this request
   */
  public ExecuteGithubWebhook release(JsonNode release) {
    json().set("release", release);
    return this;
  }

  /**
   * Sets GitHub's {@code head_commit} object (the newest commit), as JSON.
   *
   * @param headCommit the object
   * @return this request
   */
  public ExecuteGithubWebhook headCommit(JsonNode headCommit) {
    json().set("head_commit", headCommit);
    return this;
  }

  /**
   * Sets GitHub's {@code commits} object (an array of commits), as JSON.
   *
   * @param commits the object
   * @return this request
   */
  public ExecuteGithubWebhook commits(JsonNode commits) {
    json().set("commits", commits);
    return this;
  }

  /**
   * Sets whether a push was forced.
   *
   * @param forced {@code true} for a forced push
   * @return this request
   */
  public ExecuteGithubWebhook forced(boolean forced) {
    json().set("forced", forced);
    return this;
  }

  /**
   * Sets GitHub's {@code compare} (the URL comparing the commits).
   *
   * @param compare the value
   * @return this request
   */
  public ExecuteGithubWebhook compare(String compare) {
    json().set("compare", compare);
    return this;
  }

  /**
   * Sets GitHub's {@code review} object (a review), as JSON.
   *
   * @param review the object
   * @return this request
   */
  public ExecuteGithubWebhook review(JsonNode review) {
    json().set("review", review);
    return this;
  }

  /**
   * Sets GitHub's {@code check_run} object (a check run), as JSON.
   *
   * @param checkRun the object
   * @return this request
   */
  public ExecuteGithubWebhook checkRun(JsonNode checkRun) {
    json().set("check_run", checkRun);
    return this;
  }

  /**
   * Sets GitHub's {@code check_suite} object (a check suite), as JSON.
   *
   * @param checkSuite the object
   * @return this request
   */
  public ExecuteGithubWebhook checkSuite(JsonNode checkSuite) {
    json().set("check_suite", checkSuite);
    return this;
  }

  /**
   * Sets GitHub's {@code discussion} object (a discussion), as JSON.
   *
   * @param discussion the object
   * @return this request
   */
  public ExecuteGithubWebhook discussion(JsonNode discussion) {
    json().set("discussion", discussion);
    return this;
  }

  /**
   * Sets GitHub's {@code answer} object (an answer of a discussion), as JSON.
   *
   * @param answer the object
   * @return this request
   */
  public ExecuteGithubWebhook answer(JsonNode answer) {
    json().set("answer", answer);
    return this;
  }
}
