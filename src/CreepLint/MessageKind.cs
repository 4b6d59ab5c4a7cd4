namespace CreepLint;

/// <summary>What a linted text is.</summary>
public enum MessageKind
{
    /// <summary>A message or template sent to a reader (email, SMS, push, in-app).</summary>
    Message,

    /// <summary>An offer rationale: the "why you are seeing this" text attached to a recommendation.</summary>
    Rationale,
}

/// <summary>Which kinds of text a rule applies to.</summary>
[Flags]
public enum RuleTarget
{
    /// <summary>Messages and templates.</summary>
    Message = 1,

    /// <summary>Offer rationales.</summary>
    Rationale = 2,

    /// <summary>Both messages and rationales.</summary>
    Both = Message | Rationale,
}
