package dev.gloam.http.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.InteractionClient;
import dev.gloam.http.interaction.InteractionTokens;
import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.channel.message.ReactionEmoji;
import dev.gloam.http.routing.Route;
import dev.gloam.model.application.interaction.InteractionCallbackResponse;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.message.MessageReference;
import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.poll.PollCreateRequest;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.webhook.Webhook;
import dev.gloam.testkit.GuildChannelType;
import dev.gloam.testkit.HumanInteraction;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** The messages, webhooks and interaction-answer routes. */
final class MessageRouteCalls implements RouteCalls {
  @Override
  public Set<Route> routes() {
    return EnumSet.of(
        Route.ADD_MY_MESSAGE_REACTION,
        Route.BULK_DELETE_MESSAGES,
        Route.CREATE_MESSAGE,
        Route.CREATE_PIN,
        Route.CROSSPOST_MESSAGE,
        Route.DELETE_ALL_MESSAGE_REACTIONS,
        Route.DELETE_ALL_MESSAGE_REACTIONS_BY_EMOJI,
        Route.DELETE_MESSAGE,
        Route.DELETE_MY_MESSAGE_REACTION,
        Route.DELETE_PIN,
        Route.DELETE_USER_MESSAGE_REACTION,
        Route.DEPRECATED_CREATE_PIN,
        Route.DEPRECATED_DELETE_PIN,
        Route.DEPRECATED_LIST_PINS,
        Route.GET_ANSWER_VOTERS,
        Route.GET_MESSAGE,
        Route.LIST_MESSAGES,
        Route.LIST_MESSAGE_REACTIONS_BY_EMOJI,
        Route.LIST_PINS,
        Route.POLL_EXPIRE,
        Route.TRIGGER_TYPING_INDICATOR,
        Route.UPDATE_MESSAGE,
        Route.CREATE_INTERACTION_RESPONSE,
        Route.CREATE_WEBHOOK,
        Route.DELETE_ORIGINAL_WEBHOOK_MESSAGE,
        Route.DELETE_WEBHOOK,
        Route.DELETE_WEBHOOK_BY_TOKEN,
        Route.DELETE_WEBHOOK_MESSAGE,
        Route.EXECUTE_GITHUB_COMPATIBLE_WEBHOOK,
        Route.EXECUTE_SLACK_COMPATIBLE_WEBHOOK,
        Route.EXECUTE_WEBHOOK,
        Route.GET_GUILD_WEBHOOKS,
        Route.GET_ORIGINAL_WEBHOOK_MESSAGE,
        Route.GET_WEBHOOK,
        Route.GET_WEBHOOK_BY_TOKEN,
        Route.GET_WEBHOOK_MESSAGE,
        Route.LIST_CHANNEL_WEBHOOKS,
        Route.UPDATE_ORIGINAL_WEBHOOK_MESSAGE,
        Route.UPDATE_WEBHOOK,
        Route.UPDATE_WEBHOOK_BY_TOKEN,
        Route.UPDATE_WEBHOOK_MESSAGE);
  }

  @Override
  public void run(Fixture fixture) throws Exception {
    messages(fixture);
    webhooks(fixture);
    interactions(fixture);
  }

  private static void messages(Fixture fixture) {
    Client client = fixture.client();
    Id<ChannelMarker> channel = fixture.channelId();
    Message first =
        client
            .createMessage(channel)
            .content("hello")
            .nonce("n-1")
            .embeds(embed("report"))
            .allowedMentions(AllowedMentions.none())
            .attachments(
                AttachmentFile.of("a.txt", "abc".getBytes(StandardCharsets.UTF_8))
                    .description("a file"))
            .send()
            .model();
    assertThat(first.content()).isEqualTo("hello");
    Message reply =
        client
            .createMessage(channel)
            .content("reply")
            .messageReference(MessageReference.reply(first.id()))
            .send()
            .model();
    assertThat(client.message(channel, reply.id()).send().model().content()).isEqualTo("reply");
    assertThat(client.messages(channel).limit(10).send().model())
        .extracting(Message::id)
        .contains(first.id(), reply.id());
    assertThat(client.updateMessage(channel, first.id()).content("edited").send().model().content())
        .isEqualTo("edited");

    ReactionEmoji thumbs = ReactionEmoji.unicode("\uD83D\uDC4D");
    client.addReaction(channel, first.id(), thumbs).send();
    assertThat(client.reactions(channel, first.id(), thumbs).limit(10).send().model()).isNotEmpty();
    client.deleteOwnReaction(channel, first.id(), thumbs).send();
    fixture.discord().humanReacts(channel.value(), first.id().value(), "\uD83D\uDC4D");
    client
        .deleteReaction(channel, first.id(), thumbs, Id.of(fixture.discord().humanUserId()))
        .send();
    client.addReaction(channel, first.id(), thumbs).send();
    client.deleteAllReactions(channel, first.id(), thumbs).send();
    client.addReaction(channel, first.id(), thumbs).send();
    client.deleteAllReactions(channel, first.id()).send();

    client.createPin(channel, first.id()).reason("keep").send();
    assertThat(client.pins(channel).limit(10).send().model().items()).isNotEmpty();
    client.deletePin(channel, first.id()).send();
    client.pinMessage(channel, reply.id()).send();
    assertThat(client.pinnedMessages(channel).send().model())
        .extracting(Message::id)
        .contains(reply.id());
    client.unpinMessage(channel, reply.id()).send();

    Message poll =
        client
            .createMessage(channel)
            .poll(PollCreateRequest.of("Lunch?", "Pizza", "Soup"))
            .send()
            .model();
    fixture.discord().humanVotes(channel.value(), poll.id().value(), 1);
    assertThat(client.answerVoters(channel, poll.id(), 1).send().model().users()).isNotEmpty();
    assertThat(client.expirePoll(channel, poll.id()).send().model().id()).isEqualTo(poll.id());

    client.triggerTyping(channel).send();

    Id<ChannelMarker> news =
        Id.of(
            fixture
                .discord()
                .addChannel(fixture.guildId().value(), "news", GuildChannelType.ANNOUNCEMENT));
    Message announcement = client.createMessage(news).content("release").send().model();
    assertThat(client.crosspostMessage(news, announcement.id()).send().model().id())
        .isEqualTo(announcement.id());

    client.deleteMessages(channel).messages(List.of(reply.id(), poll.id())).send();
    client.deleteMessage(channel, first.id()).reason("done").send();
  }

  private static void webhooks(Fixture fixture) {
    Client client = fixture.client();
    Id<ChannelMarker> channel = fixture.channelId();
    Webhook hook = client.createWebhook(channel, "alerts").reason("ci").send().model();
    assertThat(hook.name()).contains("alerts");
    String token = hook.token().orElseThrow();
    Id<WebhookMarker> id = hook.id();
    assertThat(client.channelWebhooks(channel).send().model()).extracting(Webhook::id).contains(id);
    assertThat(client.guildWebhooks(fixture.guildId()).send().model())
        .extracting(Webhook::id)
        .contains(id);
    assertThat(client.webhook(id).send().model().id()).isEqualTo(id);
    assertThat(client.webhook(id, token).send().model().id()).isEqualTo(id);
    assertThat(client.updateWebhook(id).name("deploys").send().model().name()).contains("deploys");
    assertThat(client.updateWebhook(id, token).name("builds").send().model().name())
        .contains("builds");

    Optional<Message> sent =
        client
            .executeWebhook(id, token)
            .content("from a hook")
            .username("CI")
            .wait(true)
            .send()
            .model();
    Id<MessageMarker> messageId = sent.orElseThrow().id();
    assertThat(client.webhookMessage(id, token, messageId).send().model().content())
        .isEqualTo("from a hook");
    assertThat(
            client
                .updateWebhookMessage(id, token, messageId)
                .content("edited")
                .send()
                .model()
                .content())
        .isEqualTo("edited");
    client.deleteWebhookMessage(id, token, messageId).send();

    ObjectNode sender = ModelJson.mapper().createObjectNode();
    sender.put("id", 1);
    sender.put("login", "octocat");
    sender.put("html_url", "https://github.com/octocat");
    sender.put("avatar_url", "https://github.com/octocat.png");
    client.executeGithubWebhook(id, token).action("opened").sender(sender).send();
    client.executeSlackWebhook(id, token).text("deployed").username("CI").send();

    Webhook second = client.createWebhook(channel, "second").send().model();
    client.deleteWebhook(second.id(), second.token().orElseThrow()).send();
    client.deleteWebhook(id).reason("done").send();
  }

  private static void interactions(Fixture fixture) throws Exception {
    Client client = fixture.client();
    Id<ChannelMarker> channel = fixture.channelId();
    Message withButton =
        client
            .createMessage(channel)
            .content("press")
            .components(
                new ActionRow(
                    Optional.empty(),
                    List.of(
                        new Button(
                            Optional.empty(),
                            ButtonStyle.PRIMARY,
                            Optional.of("Go"),
                            Optional.empty(),
                            Optional.of("go"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()))))
            .send()
            .model();
    InteractionClient interactions =
        client.interaction(Id.<ApplicationMarker>of(fixture.discord().applicationId()));
    try (InteractionTokens tokens = InteractionTokens.open(fixture.discord())) {
      HumanInteraction press =
          fixture.discord().humanPressesButton(channel.value(), withButton.id().value(), "go");
      String token = tokens.token(press.id());
      Optional<InteractionCallbackResponse> answer =
          interactions
              .createResponse(Id.of(press.id()), token)
              .message(m -> m.content("pressed"))
              .withResponse(true)
              .send()
              .model();
      assertThat(answer).isPresent();
      assertThat(interactions.response(token).send().model().content()).isEqualTo("pressed");
      assertThat(interactions.updateResponse(token).content("done").send().model().content())
          .isEqualTo("done");
      Message followup = interactions.createFollowup(token).content("more").send().model();
      assertThat(interactions.followup(token, followup.id()).send().model().content())
          .isEqualTo("more");
      assertThat(
              interactions
                  .updateFollowup(token, followup.id())
                  .content("less")
                  .send()
                  .model()
                  .content())
          .isEqualTo("less");
      interactions.deleteFollowup(token, followup.id()).send();
      interactions.deleteResponse(token).send();
    }
  }

  private static Embed embed(String title) {
    return new Embed(
        Optional.of(title),
        Optional.empty(),
        Optional.of("all good"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
