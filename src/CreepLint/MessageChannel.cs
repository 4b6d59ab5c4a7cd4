using System.Diagnostics.CodeAnalysis;

namespace CreepLint;

/// <summary>Where a message is shown; an engine may hold some channels to other thresholds (<c>channels:</c> in
/// <c>.creeplint.yaml</c>, <see cref="CreepLintEngineBuilder.WithChannelThresholds"/>).</summary>
public enum MessageChannel
{
    /// <summary>No channel given: the engine's own thresholds apply.</summary>
    Unspecified,

    /// <summary>An email subject line, read in the inbox list.</summary>
    Subject,

    /// <summary>An email preheader, the preview text beside the subject.</summary>
    Preheader,

    /// <summary>An email or in-app message body.</summary>
    Body,

    /// <summary>A text message, often shown on a lock screen.</summary>
    Sms,

    /// <summary>A push notification, shown on a lock screen.</summary>
    Push,

    /// <summary>An offer rationale shown beside a recommendation.</summary>
    Rationale,
}

/// <summary>Conversions between <see cref="MessageChannel"/> values and the ids <c>.creeplint.yaml</c> uses (<c>sms</c>, <c>push</c>).</summary>
public static class MessageChannels
{
    /// <summary>The ids of the channels, in declaration order: <c>subject</c>, <c>preheader</c>, <c>body</c>, <c>sms</c>, <c>push</c>, <c>rationale</c>.</summary>
    internal static readonly string[] Ids = ["subject", "preheader", "body", "sms", "push", "rationale"];

    /// <summary>The id of a channel, such as <c>sms</c>; empty for <see cref="MessageChannel.Unspecified"/>.</summary>
    public static string ToId(this MessageChannel channel) => channel == MessageChannel.Unspecified ? string.Empty : Ids[(int)channel - 1];

    /// <summary>Parses a channel id (case-insensitive).</summary>
    public static bool TryParse(string? id, [NotNullWhen(true)] out MessageChannel? channel)
    {
        var i = id is null ? -1 : Array.FindIndex(Ids, c => string.Equals(c, id, StringComparison.OrdinalIgnoreCase));
        channel = i < 0 ? null : (MessageChannel)(i + 1);
        return channel is not null;
    }
}
